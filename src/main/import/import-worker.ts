// The import worker's entry (a worker thread, one job at a time): reads and plans off the main process's event loop,
// so a hostile or huge spreadsheet costs this thread, which main can stop, and never the app.
import { parentPort } from 'node:worker_threads';
import { CaremapError } from '../../shared/errors';
import { runImportJob, type ImportJob } from './import-job';
import { splitResult } from './result-parts';
import { useNodeZlibForSheetJs } from './sheetjs-zlib';
import type { WorkerReply } from './run-import-worker';

// zip-contents.ts has already measured what the file truly unpacks to, so no limit rests on SheetJS's inflate.
useNodeZlibForSheetJs();

const port = parentPort;
if (!port) throw new Error('import-worker runs as a worker thread only');
port.on('message', (job: ImportJob) => {
  let reply: WorkerReply;
  try {
    const { parts, rest } = splitResult(runImportJob(job));
    for (const part of parts) port.postMessage(part);
    reply = { ok: true, result: rest };
  } catch (error) {
    // A CaremapError is a refusal with its sentence; anything else is a fault main reports as one.
    reply =
      error instanceof CaremapError
        ? { ok: false, error: error.toData() }
        : { ok: false, fault: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  }
  port.postMessage(reply);
});
// Loaded (SheetJS and the planner compiled): a worker started ahead of a read says so (prepareImportWorker).
port.postMessage({ ready: true } satisfies WorkerReply);
