// Keeping the recent-maps list: most recent first, each map once, at most ten.
import type { RecentMap } from '../../shared/domain';
import { MAX_RECENT_MAPS, type Settings } from './settings-types';

// Compare paths the way the file system does: Windows and macOS treat case as the same file.
function samePath(a: string, b: string): boolean {
  return process.platform === 'linux' ? a === b : a.toLowerCase() === b.toLowerCase();
}

export function withOpenedMap(settings: Settings, map: { path: string; name: string }, openedAt: Date): Settings {
  const entry: RecentMap = { path: map.path, name: map.name, openedAt: openedAt.toISOString() };
  const others = settings.recentMaps.filter((m) => !samePath(m.path, map.path));
  return { recentMaps: [entry, ...others].slice(0, MAX_RECENT_MAPS), lastMapPath: map.path };
}

export function withoutMissingMaps(settings: Settings, exists: (path: string) => boolean): Settings {
  const lastMapPath = settings.lastMapPath !== null && exists(settings.lastMapPath) ? settings.lastMapPath : null;
  return { recentMaps: settings.recentMaps.filter((m) => exists(m.path)).slice(0, MAX_RECENT_MAPS), lastMapPath };
}
