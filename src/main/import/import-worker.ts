// The import worker's entry (a worker thread, one job at a time): reads and plans off the main process's event loop,
// so a hostile or huge spreadsheet costs this thread, which main can stop, and never the app.
import { parentPort } from 'node:worker_threads';
import { CaremapError } from '../../shared/errors';
import {
  runImportJob,
  runReadRestJob,
  runSplitReadJob,
  type ImportJob,
  type ImportJobResult,
  type WorkerJob,
} from './import-job';
import { splitResult } from './result-parts';
import type { WorkerReply } from './run-import-worker';

const port = parentPort;
if (!port) throw new Error('import-worker runs as a worker thread only');

async function resultOf(job: ImportJob): Promise<ImportJobResult> {
  return job.kind === 'read' && job.restFrom ? runSplitReadJob(job, job.restFrom) : runImportJob(job);
}

port.on('message', (job: WorkerJob) => {
  if (job.kind === 'read-rest') {
    runReadRestJob(job);
    port.postMessage({ done: true } satisfies WorkerReply);
    return;
  }
  void resultOf(job).then(
    (result) => {
      const { parts, rest } = splitResult(result);
      for (const part of parts) port.postMessage(part);
      port.postMessage({ ok: true, result: rest } satisfies WorkerReply);
    },
    (error: unknown) => {
      // A CaremapError is a refusal with its sentence; anything else is a fault main reports as one.
      port.postMessage(
        (error instanceof CaremapError
          ? { ok: false, error: error.toData() }
          : {
              ok: false,
              fault: error instanceof Error ? (error.stack ?? error.message) : String(error),
            }) satisfies WorkerReply,
      );
    },
  );
});
