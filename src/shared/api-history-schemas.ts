// The API's schemas for the map's history (snapshots) and the guided mapping session's prompts.
import { z } from 'zod';
import { xmlSafeText } from './xml-safe-text';
import type { SnapshotId } from './history';
import { optionalName, requiredName } from './api-fields';

const snapshotId = z
  .string()
  .min(1)
  .max(100)
  .transform((s) => s as SnapshotId);
const empty = z.object({}).strict().optional();

/** Step keys: "question", "actors:<kind id>", "ties:<tie type id>", "offers", "influence". */
const promptStep = z
  .string()
  .min(1)
  .max(200)
  .regex(/^[a-z]+(:[A-Za-z0-9_-]+)?$/, 'That is not a step of the guided session.');

export const historySchemas = {
  'snapshots.list': empty,
  /** An empty name gets "Snapshot — <day>, <time>". */
  'snapshots.save': z.object({ name: optionalName.optional() }).strict(),
  'snapshots.open': z.object({ id: snapshotId }).strict(),
  'snapshots.rename': z.object({ id: snapshotId, name: requiredName('A snapshot') }).strict(),
  'snapshots.delete': z.object({ id: snapshotId }).strict(),
  'snapshots.restore': z.object({ id: snapshotId }).strict(),
  'sessionPrompts.get': empty,
  /** An empty text puts Caremap's default prompt back. */
  'sessionPrompts.set': z
    .object({
      step: promptStep,
      text: z
        .string()
        .max(500, 'A prompt can be at most 500 characters.')
        .transform((s) => xmlSafeText(s).trim()),
    })
    .strict(),
};
