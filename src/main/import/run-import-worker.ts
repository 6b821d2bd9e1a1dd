// Runs one import job in a worker thread with a memory and a time limit. Running out of time or memory, or
// crashing, there becomes a refusal with a sentence; main's event loop (every other request, and in Electron the
// whole app) stays free throughout, and a stopped worker takes its memory with it.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { MessageChannel, Worker } from 'node:worker_threads';
import { CaremapError, type CaremapErrorData } from '../../shared/errors';
import { limitMessages, READ_MEMORY_MB, READ_SECONDS } from '../../shared/import/import-limits';
import type { ImportJob, ImportJobResult, WorkerJob } from './import-job';
import { splitsWell } from '../../shared/import/read-workbook';
import { isResultPart, ResultAssembler, type ResultPart } from './result-parts';

export type WorkerReply =
  | { ok: true; result: ImportJobResult }
  | { ok: false; error: CaremapErrorData }
  | { ok: false; fault: string }
  /** A worker that read the other sheets of a split read has sent them to the planning worker. */
  | { done: true };

export interface WorkerLimits {
  seconds: number;
  memoryMb: number;
}

export const IMPORT_WORKER_LIMITS: WorkerLimits = { seconds: READ_SECONDS, memoryMb: READ_MEMORY_MB };

/**
 * The built worker (electron-vite writes out/main/import-worker.js beside the entries, which may import it from a
 * chunk one folder down), else the TypeScript source run through tsx (unit tests, the command line, benches).
 */
function startWorker(memoryMb: number): Worker {
  const here = dirname(fileURLToPath(import.meta.url));
  const resourceLimits = { maxOldGenerationSizeMb: memoryMb };
  // CAREMAP_IMPORT_WORKER: the benches run from source but time the built worker, as the app runs it.
  const candidates = [
    process.env.CAREMAP_IMPORT_WORKER ?? '',
    join(here, 'import-worker.js'),
    join(here, '..', 'import-worker.js'),
  ];
  const built = candidates.find((path) => path !== '' && existsSync(path));
  if (built) return new Worker(built, { resourceLimits });
  const entry = pathToFileURL(join(here, 'import-worker.ts')).href;
  const tsx = import.meta.resolve('tsx/esm/api');
  const boot = `import(${JSON.stringify(tsx)}).then(({ register }) => { register(); return import(${JSON.stringify(entry)}); })`;
  return new Worker(boot, { eval: true, resourceLimits });
}

const refuse = (fileName: string, message: string) => new CaremapError('bad-spreadsheet', message, { file: fileName });

const isOutOfMemory = (error: unknown) => (error as { code?: string } | null)?.code === 'ERR_WORKER_OUT_OF_MEMORY';

/**
 * Workers are kept between jobs (two: a big workbook is read by two at once), so the dialog's later previews find
 * their code loaded and compiled (a fresh worker planned 5,000 actors 2–3 times slower, cold); a job that finds none
 * idle starts its own. A worker that ran out of time or memory, or crashed, is stopped and never reused.
 */
const KEPT_IDLE = 2;
const idle: { worker: Worker; memoryMb: number }[] = [];

function takeWorker(memoryMb: number): Worker {
  const at = idle.findIndex((w) => w.memoryMb === memoryMb);
  if (at === -1) return startWorker(memoryMb);
  const { worker } = idle.splice(at, 1)[0]!;
  worker.ref();
  return worker;
}

function putBack(worker: Worker, memoryMb: number): void {
  if (idle.length >= KEPT_IDLE) {
    void worker.terminate();
    return;
  }
  // An idle worker must not keep the process (a test run, the command line) alive.
  worker.unref();
  idle.push({ worker, memoryMb });
}

/**
 * The job's result, or a CaremapError: the worker's own refusal, or one saying it ran out of time or memory or crashed.
 * A big workbook of several sheets (splitsWell) is read by two workers at once: one reads every sheet but the first
 * and sends them to the other, which reads the first meanwhile and then plans. Both are under the one time limit;
 * either failing stops both.
 */
export function runImportWorker(
  job: ImportJob,
  fileName: string,
  limits: WorkerLimits = IMPORT_WORKER_LIMITS,
): Promise<ImportJobResult> {
  return new Promise((resolve, reject) => {
    const [file] = job.kind === 'read' ? job.files : [];
    const split = job.kind === 'read' && job.files.length === 1 && file && splitsWell(file.fileName, file.bytes);
    const planner = takeWorker(limits.memoryMb);
    const helper = split ? takeWorker(limits.memoryMb) : null;
    const workers = helper ? [planner, helper] : [planner];
    let helperDone = false;
    let settled = false;
    const finish = (healthy: boolean, settle: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      for (const worker of workers) {
        worker.off('message', worker === planner ? onMessage : onHelperMessage);
        worker.off('error', onError);
        worker.off('exit', onExit);
        // The helper has finished once the planner has its sheets; if the planner stopped first, the helper may not have.
        const reusable = healthy && (worker === planner || helperDone);
        if (reusable) putBack(worker, limits.memoryMb);
        else void worker.terminate();
      }
      settle();
    };
    const assembler = new ResultAssembler();
    const onMessage = (reply: WorkerReply | ResultPart) => {
      if (isResultPart(reply)) return assembler.take(reply);
      if ('done' in reply) return;
      finish(true, () => {
        if (reply.ok) resolve(assembler.complete(reply.result));
        else if ('error' in reply) reject(CaremapError.fromData(reply.error));
        else {
          // Not a refusal of ours (SheetJS failing on a strange file, or a bug): log it for us, tell the facilitator.
          console.error(`Caremap: reading “${fileName}” for import failed:`, reply.fault);
          reject(refuse(fileName, limitMessages.crashed(fileName)));
        }
      });
    };
    const onHelperMessage = (reply: WorkerReply) => {
      if ('done' in reply) helperDone = true;
    };
    const onError = (error: unknown) =>
      finish(false, () => {
        if (!isOutOfMemory(error)) console.error(`Caremap: the import worker for “${fileName}” stopped:`, error);
        reject(
          refuse(
            fileName,
            isOutOfMemory(error) ? limitMessages.memory(fileName, limits.memoryMb) : limitMessages.crashed(fileName),
          ),
        );
      });
    const onExit = () => finish(false, () => reject(refuse(fileName, limitMessages.crashed(fileName))));
    const timer = setTimeout(
      () => finish(false, () => reject(refuse(fileName, limitMessages.timeout(fileName, limits.seconds)))),
      limits.seconds * 1000,
    );
    planner.on('message', onMessage);
    helper?.on('message', onHelperMessage);
    for (const worker of workers) {
      worker.on('error', onError);
      worker.on('exit', onExit);
    }
    if (job.kind !== 'read') {
      planner.postMessage(job);
      return;
    }
    // The file's bytes move to the worker rather than being copied (a fresh buffer, never Node's shared pool).
    const files = job.files.map((f) => ({ fileName: f.fileName, bytes: new Uint8Array(f.bytes) }));
    if (helper && files[0]) {
      const { port1, port2 } = new MessageChannel();
      const copy = { fileName: files[0].fileName, bytes: new Uint8Array(files[0].bytes) };
      helper.postMessage({ kind: 'read-rest', file: copy, to: port2 } satisfies WorkerJob, [port2, copy.bytes.buffer]);
      planner.postMessage({ ...job, files, restFrom: port1 } satisfies WorkerJob, [
        port1,
        ...files.map((f) => f.bytes.buffer),
      ]);
      return;
    }
    planner.postMessage(
      { ...job, files },
      files.map((f) => f.bytes.buffer),
    );
  });
}
