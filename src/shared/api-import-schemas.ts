// The API's schemas for importing partners' spreadsheets: read a file once, preview with choices, commit.
import { z } from 'zod';
import { ACTOR_TARGETS, MAX_IMPORT_BYTES, MAX_IMPORT_MB, RECIPROCAL_CHOICES, TIE_TARGETS } from './import/import-types';
import { MAX_IMPORT_FILES } from './import/read-import-files';
import { MAX_COLUMNS, MAX_KIND_VALUE, MAX_SHEET_NAME } from './import/import-limits';
import { kindId, requiredName, tieTypeId } from './api-fields';

/** base64 of the importer's largest file. */
const MAX_BASE64 = Math.ceil((MAX_IMPORT_BYTES * 4) / 3) + 4;

// The reader's own limits: whatever a preview shows, the commit accepts.
const sheetName = z.string().max(MAX_SHEET_NAME).nullable();
const kindChoice = z.union([
  z.object({ kindId }).strict(),
  z.object({ newKind: requiredName('A new kind'), people: z.boolean().optional() }).strict(),
]);
const tieTypeChoice = z.union([
  z.object({ tieTypeId }).strict(),
  z.object({ newTieType: requiredName('A new tie type') }).strict(),
  z.object({ none: z.literal(true) }).strict(),
]);

export const importChoices = z
  .object({
    actorSheet: sheetName,
    tieSheet: sheetName,
    actorColumns: z.array(z.enum(ACTOR_TARGETS)).max(MAX_COLUMNS),
    tieColumns: z.array(z.enum(TIE_TARGETS)).max(MAX_COLUMNS),
    kinds: z.record(z.string().max(MAX_KIND_VALUE), kindChoice),
    tieTypes: z.record(z.string().max(MAX_KIND_VALUE), tieTypeChoice),
    unknownActors: z.enum(['skip', 'create']),
    preferLater: z.array(z.string().max(300)).max(10_000),
    reciprocal: z.enum(RECIPROCAL_CHOICES),
  })
  .partial()
  .strict();

const importId = z.string().min(1).max(100);

const fileName = z
  .string()
  .trim()
  .min(1, 'Choose a file to import.')
  .max(500)
  .refine((s) => !s.includes('\0'), 'That is not a file name.');
const tooBig = `The file is larger than ${MAX_IMPORT_MB} MB, too big to import. Split it into smaller files, or save it as .csv.`;

export const importSchemas = {
  /** The file's bytes cross once; main keeps the parsed sheets under the returned importId. */
  'import.read': z
    .object({
      fileName,
      base64: z.string().max(MAX_BASE64, tooBig),
      /** Files chosen with it, read as one import (Gephi's nodes and edges tables); together under the same cap. */
      more: z
        .array(z.object({ fileName, base64: z.string().max(MAX_BASE64, tooBig) }).strict())
        .max(MAX_IMPORT_FILES - 1, `Caremap imports up to ${MAX_IMPORT_FILES} files together. Choose fewer.`)
        .optional(),
    })
    .strict()
    .refine((r) => r.base64.length + (r.more ?? []).reduce((sum, f) => sum + f.base64.length, 0) <= MAX_BASE64, {
      message: `Together, the files are larger than ${MAX_IMPORT_MB} MB, too big to import at once. Import them one at a time.`,
    }),
  'import.preview': z.object({ importId, choices: importChoices.optional() }).strict(),
  /** One transaction and one undo step. */
  'import.commit': z.object({ importId, choices: importChoices.optional() }).strict(),
  /** The import dialog has opened: get the reader ready for the file about to be chosen. */
  'import.prepare': z.object({}).strict(),
  /** Forgets a read file (the dialog was closed). */
  'import.discard': z.object({ importId }).strict(),
} as const;
