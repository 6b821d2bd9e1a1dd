// What Caremap remembers between runs (not the maps themselves): recent maps and the last one open.
import { z } from 'zod';
import type { RecentMap } from '../../shared/domain';

export const MAX_RECENT_MAPS = 10;

export interface Settings {
  recentMaps: RecentMap[];
  lastMapPath: string | null;
}

export const settingsSchema = z.object({
  recentMaps: z.array(z.object({ path: z.string().min(1), name: z.string(), openedAt: z.string() })).catch([]),
  lastMapPath: z.string().min(1).nullable().catch(null),
});

export function emptySettings(): Settings {
  return { recentMaps: [], lastMapPath: null };
}
