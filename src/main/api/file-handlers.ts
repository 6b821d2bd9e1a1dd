// Handlers for saving exported files: Electron asks where with its native dialog and writes safely; browser mode
// answers "not supported" and the renderer downloads the file instead.
import type { Handlers } from '../../shared/api';
import { writeFileAtomic } from '../files/write-file-atomic';
import type { BackendDeps } from './backend-types';

export function fileHandlers(deps: BackendDeps): Pick<Handlers, 'files.saveAs'> {
  return {
    'files.saveAs': async (input) => {
      if (!deps.dialogs) return { path: null, supported: false };
      const path = await deps.dialogs.chooseSavePath(input.suggestedName, input.filterName, input.extensions);
      if (path === null) return { path: null, supported: true };
      writeFileAtomic(path, Buffer.from(input.base64, 'base64'));
      return { path, supported: true };
    },
  };
}
