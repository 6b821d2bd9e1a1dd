// In the desktop app the main process owns file paths: a path reaches map.new, map.open, map.saveCopyAs (or any
// operation taking a path) only if main handed it to the renderer first (a native dialog's answer, the recent list,
// the open map). A compromised page can then neither open nor overwrite an arbitrary file. Browser mode keeps its
// own file browser and does not use this.
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

function pathIn(input: unknown): string | null {
  if (typeof input !== 'object' || input === null || !('path' in input)) return null;
  return typeof input.path === 'string' ? input.path : null;
}

/**
 * The handlers with every path the renderer sends checked against `grants`, and every path main hands out granted.
 * Any operation whose input has a `path` is checked, so an operation added later (a copy to share, say) is covered
 * without being listed here.
 */
export function guardPaths(handlers: Handlers, grants: PathGrants): Handlers {
  const checked: Record<string, (input: unknown) => unknown> = {};
  for (const [name, handler] of Object.entries(handlers) as [string, (input: unknown) => unknown][]) {
    checked[name] = (input) => {
      const path = pathIn(input);
      if (path !== null && !grants.has(path)) throw notGranted(path);
      return handler(input);
    };
  }
  const guarded = checked as unknown as Handlers;
  return {
    ...guarded,
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
