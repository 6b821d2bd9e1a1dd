// The work an import worker does, as a plain function: read the files' bytes into sheets and plan the import, or plan
// again with other choices. Pure apart from fresh ids, so it runs the same in the worker and in a test.
import { orderedIds } from '../../shared/import/ordered-ids';
import type { IsoDate } from '../../shared/domain';
import { checkZipContents } from './zip-contents';
import type { ImportFileBytes } from '../../shared/import/read-import-files';
import {
  planImport,
  readImportFiles,
  type ImportChoices,
  type ImportPlan,
  type MapSnapshot,
  type RawWorkbook,
} from '../../shared/import';

export type ImportJob =
  | { kind: 'read'; files: ImportFileBytes[]; snapshot: MapSnapshot; today: IsoDate }
  | { kind: 'plan'; workbook: RawWorkbook; snapshot: MapSnapshot; choices: Partial<ImportChoices>; today: IsoDate };

export interface ImportJobResult {
  /** The sheets read (a read job only): main keeps them for the dialog's later previews and the commit. */
  workbook: RawWorkbook | null;
  plan: ImportPlan;
}

export function runImportJob(job: ImportJob): ImportJobResult {
  if (job.kind === 'read') for (const file of job.files) checkZipContents(file.fileName, file.bytes);
  const workbook = job.kind === 'read' ? readImportFiles(job.files) : job.workbook;
  const choices = job.kind === 'read' ? {} : job.choices;
  const plan = planImport(workbook, job.snapshot, choices, { today: job.today, newId: orderedIds() });
  return { workbook: job.kind === 'read' ? workbook : null, plan };
}
