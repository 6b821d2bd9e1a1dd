// Runs one import job in a worker thread with a memory and a time limit. Running out of time or memory, or
// crashing, there becomes a refusal with a sentence; main's event loop (every other request, and in Electron the
// whole app) stays free throughout, and a stopped worker takes its memory with it.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { CaremapError, type CaremapErrorData } from '../../shared/errors';
import { limitMessages, READ_MEMORY_MB, READ_SECONDS } from '../../shared/import/import-limits';
import type { ImportJob, ImportJobResult } from './import-job';
import { isResultPart, ResultAssembler, type ResultPart } from './result-parts';

export type WorkerReply =
  | { ok: true; result: ImportJobResult }
  | { ok: false; error: CaremapErrorData }
  | { ok: false; fault: string }
  /** Sent once, when the worker's code has loaded. */
  | { ready: true };

export interface WorkerLimits {
  seconds: number;
  memoryMb: number;
}

export const IMPORT_WORKER_LIMITS: WorkerLimits = { seconds: READ_SECONDS, memoryMb: READ_MEMORY_MB };

/**
 * The built worker (electron-vite writes out/main/import-worker.js beside the entries, which may import it from a
 * chunk one folder down), else the TypeScript source run through tsx (unit tests, the command line, benches).
 */
/** Workers started so far (the tests check a prepared worker is the one a read then uses). */
export const importWorkerStats = { started: 0 };

/** Resolves once a worker's code has loaded (or it has stopped). */
const loaded = new WeakMap<Worker, Promise<void>>();

function startWorker(memoryMb: number): Worker {
  const worker = launchWorker(memoryMb);
  importWorkerStats.started++;
  loaded.set(
    worker,
    new Promise<void>((resolve) => {
      const onReady = (message: WorkerReply) => {
        if (!('ready' in message)) return;
        worker.off('message', onReady);
        resolve();
      };
      worker.on('message', onReady);
      worker.once('exit', () => resolve());
    }),
  );
  return worker;
}

function launchWorker(memoryMb: number): Worker {
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
 * One worker is kept between jobs, so the dialog's later previews find its code loaded and compiled (a fresh worker
 * planned 5,000 actors 2–3 times slower, cold); a job that finds it busy gets a worker of its own. A worker that ran
 * out of time or memory, or crashed, is stopped and never reused.
 */
let idle: { worker: Worker; memoryMb: number } | null = null;

function takeWorker(memoryMb: number): Worker {
  if (idle && idle.memoryMb === memoryMb) {
    const { worker } = idle;
    idle = null;
    worker.ref();
    return worker;
  }
  return startWorker(memoryMb);
}

function putBack(worker: Worker, memoryMb: number): void {
  if (idle) {
    void worker.terminate();
    return;
  }
  // An idle worker must not keep the process (a test run, the command line) alive.
  worker.unref();
  idle = { worker, memoryMb };
}

/**
 * Starts a worker ahead of a read, as the import dialog opens, so the file the facilitator then picks finds the
 * reader's code loaded (a cold worker's first read at 20,000 actors took 0.5–1 s longer). Resolves when it has loaded.
 */
export async function prepareImportWorker(limits: WorkerLimits = IMPORT_WORKER_LIMITS): Promise<void> {
  if (idle?.memoryMb !== limits.memoryMb) {
    if (idle) void idle.worker.terminate();
    const worker = startWorker(limits.memoryMb);
    worker.unref();
    idle = { worker, memoryMb: limits.memoryMb };
  }
  const worker = idle.worker;
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<void>((resolve) => (timer = setTimeout(resolve, limits.seconds * 1000)));
  await Promise.race([loaded.get(worker), late]);
  clearTimeout(timer);
}

/** The job's result, or a CaremapError: the worker's own refusal, or one saying it ran out of time or memory or crashed. */
export function runImportWorker(
  job: ImportJob,
  fileName: string,
  limits: WorkerLimits = IMPORT_WORKER_LIMITS,
): Promise<ImportJobResult> {
  return new Promise((resolve, reject) => {
    const worker = takeWorker(limits.memoryMb);
    let settled = false;
    const finish = (healthy: boolean, settle: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      worker.off('message', onMessage);
      worker.off('error', onError);
      worker.off('exit', onExit);
      if (healthy) putBack(worker, limits.memoryMb);
      else void worker.terminate();
      settle();
    };
    const assembler = new ResultAssembler();
    const onMessage = (reply: WorkerReply | ResultPart) => {
      if (isResultPart(reply)) return assembler.take(reply);
      if ('ready' in reply) return;
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
    worker.on('message', onMessage);
    worker.on('error', onError);
    worker.on('exit', onExit);
    // The file's bytes move to the worker rather than being copied (a fresh buffer, never Node's shared pool).
    if (job.kind === 'read') {
      const files = job.files.map((file) => ({ fileName: file.fileName, bytes: new Uint8Array(file.bytes) }));
      worker.postMessage(
        { ...job, files },
        files.map((file) => file.bytes.buffer),
      );
    } else worker.postMessage(job);
  });
}
