// In the desktop app the main process owns file paths: a path reaches map.new, map.open or map.saveCopyAs only if
// main handed it to the renderer first (a native dialog's answer, the recent list, the open map). A compromised page
// can then neither open nor overwrite an arbitrary file. Browser mode keeps its own file browser and does not use this.
import { resolve } from 'node:path';
import type { Handlers } from '../../shared/api';
import { CaremapError } from '../../shared/errors';

export class PathGrants {
  private readonly granted = new Set<string>();

  /** Windows and macOS file names ignore case; a grant for one spelling is a grant for the file. */
  private key(path: string): string {
    const full = resolve(path);
    return process.platform === 'linux' ? full : full.toLowerCase();
  }

  grant(path: string | null | undefined): void {
    if (path) this.granted.add(this.key(path));
  }

  has(path: string): boolean {
    return this.granted.has(this.key(path));
  }
}

function notGranted(path: string): CaremapError {
  return new CaremapError(
    'unauthorised',
    'Caremap only opens and saves maps chosen in its own Open and Save dialogs or from Open recent. Choose the file again from the File menu.',
    { file: path },
  );
}

/** The handlers with every path the renderer sends checked against `grants`, and every path main hands out granted. */
export function guardPaths(handlers: Handlers, grants: PathGrants): Handlers {
  const require = (path: string) => {
    if (!grants.has(path)) throw notGranted(path);
  };
  return {
    ...handlers,
    'map.new': (input) => {
      require(input.path);
      return handlers['map.new'](input);
    },
    'map.open': (input) => {
      require(input.path);
      return handlers['map.open'](input);
    },
    'map.saveCopyAs': (input) => {
      require(input.path);
      return handlers['map.saveCopyAs'](input);
    },
    'map.browse': () => {
      throw new CaremapError('unauthorised', 'In the desktop app, maps are chosen with the Open and Save dialogs.');
    },
    'map.current': async (input) => {
      const doc = await handlers['map.current'](input);
      grants.grant(doc?.info.path);
      return doc;
    },
    'map.recent': async (input) => {
      const recent = await handlers['map.recent'](input);
      for (const map of recent) grants.grant(map.path);
      return recent;
    },
    'dialog.chooseMapToOpen': async (input) => {
      const answer = await handlers['dialog.chooseMapToOpen'](input);
      grants.grant(answer.path);
      return answer;
    },
    'dialog.chooseNewMapPath': async (input) => {
      const answer = await handlers['dialog.chooseNewMapPath'](input);
      grants.grant(answer.path);
      return answer;
    },
  };
}
