// The API's schemas for workshop mode: the last few steps, listed big on the projector with one-click undo.
import { z } from 'zod';

export const workshopSchemas = {
  /** The labels of the newest done steps (what Undo would take back, then the one before…), newest first. */
  'history.recent': z.object({ limit: z.number().int().min(1).max(20) }).strict(),
};
