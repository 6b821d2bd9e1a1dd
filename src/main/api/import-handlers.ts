// Handlers for importing a partner's spreadsheet into the open map: read once, preview with choices, commit as one step.
// Reading and planning run in a worker thread (limited in time and memory), so no file can stop the app answering;
// committing writes the plan in main, in one transaction.
import type { Handlers } from '../../shared/api';
import type { ImportChoices, ImportPlan, RawWorkbook } from '../../shared/import';
import {
  cachedPlan,
  commitImport,
  planningPoint,
  previewOf,
  rememberPlan,
  type PlanCache,
} from '../import/commit-import';
import { ImportFiles } from '../import/import-files';
import {
  IMPORT_WORKER_LIMITS,
  prepareImportWorker,
  runImportWorker,
  type WorkerLimits,
} from '../import/run-import-worker';
import type { MapSession } from './map-session';
import { CaremapError } from '../../shared/errors';

type ImportOperation = Extract<keyof Handlers, `import.${string}`>;

export function importHandlers(
  session: MapSession,
  limits: WorkerLimits = IMPORT_WORKER_LIMITS,
): Pick<Handlers, ImportOperation> {
  const files = new ImportFiles();
  const cacheFor = (importId: string): PlanCache => ({
    get: (key) => files.cachedPlan(importId, key),
    set: (key, plan) => files.rememberPlan(importId, key, plan),
  });
  /** The kept plan for these choices on the map as it is, else one made in the worker (and kept). */
  const planFor = async (
    importId: string,
    workbook: RawWorkbook,
    choices: Partial<ImportChoices>,
  ): Promise<ImportPlan> => {
    const store = session.require();
    const cached = cachedPlan(store, choices, cacheFor(importId));
    if (cached) return cached;
    const point = planningPoint(store);
    const { plan } = await runImportWorker(
      { kind: 'plan', workbook, snapshot: point.snapshot, choices, today: point.today },
      workbook.fileName,
      limits,
    );
    rememberPlan(cacheFor(importId), point, choices, plan);
    return plan;
  };
  return {
    'import.read': async ({ fileName, base64, more = [] }) => {
      const point = planningPoint(session.require());
      const inputs = [{ fileName, base64 }, ...more].map((f) => ({
        fileName: f.fileName,
        bytes: new Uint8Array(Buffer.from(f.base64, 'base64')),
      }));
      const { workbook, plan } = await runImportWorker(
        { kind: 'read', files: inputs, snapshot: point.snapshot, today: point.today },
        fileName,
        limits,
      );
      const importId = files.add(workbook!);
      rememberPlan(cacheFor(importId), point, {}, plan);
      return previewOf(importId, workbook!, plan);
    },
    'import.preview': async ({ importId, choices = {} }) => {
      const workbook = files.require(importId);
      return previewOf(importId, workbook, await planFor(importId, workbook, choices));
    },
    'import.commit': async ({ importId, choices = {} }) => {
      const workbook = files.require(importId);
      // Planned in the worker first; the commit then reuses that plan unless the map was written meanwhile, in which
      // case it plans again inside its transaction (the file is within the limits, so that is quick).
      const store = session.require();
      await planFor(importId, workbook, choices);
      // Another window may have opened another map while the worker planned: never import into that one.
      if (session.current() !== store) {
        throw new CaremapError(
          'map-changed',
          'Nothing was imported: another map was opened while this import was being prepared. Open your map again and import once more.',
        );
      }
      const result = commitImport(store, files.require(importId), choices, cacheFor(importId));
      files.discard(importId);
      return result;
    },
    'import.prepare': async () => {
      await prepareImportWorker(limits);
      return { ready: true };
    },
    'import.discard': ({ importId }) => {
      files.discard(importId);
      return { discarded: true };
    },
  };
}
