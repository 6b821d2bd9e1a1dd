// The API's schemas for the report kept in the map file: read it, keep the facilitator's edits, or let it go.
import { z } from 'zod';
import { xmlSafeText } from './xml-safe-text';
import { REPORT_SECTION_IDS } from './report-draft';

const empty = z.object({}).strict().optional();

const sectionDraft = z
  .object({
    id: z.enum(REPORT_SECTION_IDS),
    heading: z.string().max(500, 'A heading can be at most 500 characters.').transform(xmlSafeText),
    text: z.string().max(100_000, 'A section can be at most 100,000 characters.').transform(xmlSafeText),
  })
  .strict();

export const reportSchemas = {
  'report.get': empty,
  /**
   * `figures` is the analysis the words were first written from, as JSON (a 5,000-actor map's is a few MB): sent with
   * the first edit after the words were written, and left out after that, when the stored figures stay as they are.
   */
  'report.save': z
    .object({ sections: z.array(sectionDraft).max(20), figures: z.string().max(50_000_000).optional() })
    .strict(),
  /** "Write again from the map": the kept words go, and the report follows the map again. */
  'report.clear': empty,
};
