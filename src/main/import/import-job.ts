// The work an import worker does, as plain functions: read the files' bytes into sheets and plan the import, or plan
// again with other choices; and, for a big workbook read by two workers, read all but its first sheet for the other.
// Pure apart from fresh ids and the port, so it runs the same in the worker and in a test.
import type { MessagePort } from 'node:worker_threads';
import { orderedIds } from '../../shared/import/ordered-ids';
import type { IsoDate } from '../../shared/domain';
import { CaremapError, type CaremapErrorData } from '../../shared/errors';
import { checkZipContents } from './zip-contents';
import type { ImportFileBytes } from '../../shared/import/read-import-files';
import { joinWorkbookParts, readWorkbookPart } from '../../shared/import/read-workbook';
import {
  planImport,
  readImportFiles,
  type ImportChoices,
  type ImportPlan,
  type MapSnapshot,
  type RawSheet,
  type RawWorkbook,
} from '../../shared/import';

export type ImportJob =
  | {
      kind: 'read';
      files: ImportFileBytes[];
      snapshot: MapSnapshot;
      today: IsoDate;
      /** Set when another worker reads all but the first sheet of the one file and sends them here (splitsWell). */
      restFrom?: MessagePort;
    }
  | { kind: 'plan'; workbook: RawWorkbook; snapshot: MapSnapshot; choices: Partial<ImportChoices>; today: IsoDate };

/** The other worker's half of a split read: read every sheet but the first and send them `to` the planning worker. */
export interface ReadRestJob {
  kind: 'read-rest';
  file: ImportFileBytes;
  to: MessagePort;
}

/** What a worker is sent. */
export type WorkerJob = ImportJob | ReadRestJob;

export interface ImportJobResult {
  /** The sheets read (a read job only): main keeps them for the dialog's later previews and the commit. */
  workbook: RawWorkbook | null;
  plan: ImportPlan;
}

/** What the worker reading the other sheets sends the planning one. */
export type RestOfWorkbook = { sheets: RawSheet[] } | { error: CaremapErrorData } | { fault: string };

export function runImportJob(job: ImportJob): ImportJobResult {
  if (job.kind === 'read') for (const file of job.files) checkZipContents(file.fileName, file.bytes);
  const workbook = job.kind === 'read' ? readImportFiles(job.files) : job.workbook;
  return planned(job, workbook);
}

function planned(job: ImportJob, workbook: RawWorkbook): ImportJobResult {
  const choices = job.kind === 'read' ? {} : job.choices;
  const plan = planImport(workbook, job.snapshot, choices, { today: job.today, newId: orderedIds() });
  return { workbook: job.kind === 'read' ? workbook : null, plan };
}

/** A read whose file's other sheets come from another worker: this one reads the first sheet meanwhile. */
export async function runSplitReadJob(job: Extract<ImportJob, { kind: 'read' }>, restFrom: MessagePort) {
  const rest = new Promise<RestOfWorkbook>((resolve) => restFrom.once('message', resolve));
  const [file] = job.files;
  if (!file || job.files.length !== 1) throw new Error('A split read is of one file');
  try {
    checkZipContents(file.fileName, file.bytes);
    const first = readWorkbookPart(file.fileName, file.bytes, 'first');
    const other = await rest;
    if ('error' in other) throw CaremapError.fromData(other.error);
    if ('fault' in other) throw new Error(other.fault);
    return planned(job, joinWorkbookParts(file.fileName, first, other.sheets));
  } finally {
    restFrom.close();
  }
}

/** The other worker's half of a split read: every sheet but the first, sent to the planning worker. */
export function runReadRestJob(job: ReadRestJob): void {
  let message: RestOfWorkbook;
  try {
    checkZipContents(job.file.fileName, job.file.bytes);
    message = { sheets: readWorkbookPart(job.file.fileName, job.file.bytes, 'rest') };
  } catch (error) {
    message =
      error instanceof CaremapError
        ? { error: error.toData() }
        : { fault: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  }
  job.to.postMessage(message);
  job.to.close();
}
