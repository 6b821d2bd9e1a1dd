// Handlers for importing a partner's spreadsheet into the open map: read once, preview with choices, commit as one step.
import type { Handlers } from '../../shared/api';
import { readImportFiles } from '../../shared/import';
import { commitImport, previewImport, type PlanCache } from '../import/commit-import';
import { ImportFiles } from '../import/import-files';
import type { MapSession } from './map-session';

type ImportOperation = Extract<keyof Handlers, `import.${string}`>;

export function importHandlers(session: MapSession): Pick<Handlers, ImportOperation> {
  const files = new ImportFiles();
  const cacheFor = (importId: string): PlanCache => ({
    get: (key) => files.cachedPlan(importId, key),
    set: (key, plan) => files.rememberPlan(importId, key, plan),
  });
  return {
    'import.read': ({ fileName, base64, more = [] }) => {
      const store = session.require();
      const inputs = [{ fileName, base64 }, ...more].map((f) => ({ fileName: f.fileName, bytes: new Uint8Array(Buffer.from(f.base64, 'base64')) }));
      const workbook = readImportFiles(inputs);
      const importId = files.add(workbook);
      return previewImport(store, importId, workbook, {}, cacheFor(importId));
    },
    'import.preview': ({ importId, choices }) => previewImport(session.require(), importId, files.require(importId), choices, cacheFor(importId)),
    'import.commit': ({ importId, choices }) => {
      const result = commitImport(session.require(), files.require(importId), choices, cacheFor(importId));
      files.discard(importId);
      return result;
    },
    'import.discard': ({ importId }) => {
      files.discard(importId);
      return { discarded: true };
    },
  };
}
