// The API's schemas for exporting the open map's data (spreadsheets, CSV, GraphML, GEXF, JSON).
import { z } from 'zod';
import { DATA_FORMATS } from './export/data-formats';

export const exportSchemas = {
  /** Builds the file(s) from the open map in main, which owns the data; the renderer saves them. */
  'export.data': z.object({ format: z.enum(DATA_FORMATS), anonymise: z.boolean() }).strict(),
};

/** One file to save: its suggested name, type and contents (base64, so it crosses IPC and HTTP as JSON). */
export interface ExportedFile {
  name: string;
  mime: string;
  base64: string;
}
