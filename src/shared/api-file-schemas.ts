// The API's schema for saving an exported file (report, picture, spreadsheet) where the facilitator chooses.
import { z } from 'zod';

/** A plain file name: the facilitator picks the folder in the save dialog, so the renderer never names a path. */
const fileName = z
  .string()
  .trim()
  .min(1, 'The file needs a name.')
  .max(200, 'A file name can be at most 200 characters.')
  .refine((s) => !/[\\/\0]/.test(s), 'A file name cannot contain / or \\.');

export const fileSchemas = {
  /** Electron only: a native save dialog, then a safe write. Browser mode answers supported: false and downloads. */
  'files.saveAs': z
    .object({
      suggestedName: fileName,
      /** The file's bytes, base64-encoded (JSON carries no binary). */
      base64: z
        .string()
        .max(200 * 1024 * 1024, 'That file is too big to save (over 150 MB).')
        .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'That is not base64.'),
      filterName: z.string().trim().min(1).max(100),
      extensions: z
        .array(z.string().regex(/^[a-z0-9]{1,8}$/, 'An extension is letters and digits only.'))
        .min(1)
        .max(5),
    })
    .strict(),
};
