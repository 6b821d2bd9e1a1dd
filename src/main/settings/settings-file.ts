// The settings file in the data folder: read forgivingly (a damaged file means starting fresh), written atomically.
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { withOpenedMap, withoutMissingMaps } from './recent-maps';
import { emptySettings, settingsSchema, type Settings } from './settings-types';

export const SETTINGS_FILE_NAME = 'settings.json';

export function settingsPath(dataDir: string): string {
  return join(dataDir, SETTINGS_FILE_NAME);
}

function readRaw(file: string): Settings {
  try {
    const parsed = settingsSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
    return parsed.success ? parsed.data : emptySettings();
  } catch {
    // Missing, unreadable or not JSON: settings are a convenience, never a reason not to start.
    return emptySettings();
  }
}

/** The settings, with maps that no longer exist left out. */
export function readSettings(dataDir: string): Settings {
  return withoutMissingMaps(readRaw(settingsPath(dataDir)), existsSync);
}

/** Writes a temp file then renames it over, so a crash mid-write leaves the old settings, not half a file. */
export function writeSettings(dataDir: string, settings: Settings): void {
  mkdirSync(dataDir, { recursive: true });
  const file = settingsPath(dataDir);
  const temp = `${file}.${randomUUID()}.tmp`;
  try {
    // Owner only: the recent list names maps and their folders, which can name the people mapped.
    writeFileSync(temp, JSON.stringify(settings, null, 2) + '\n', { encoding: 'utf8', mode: 0o600 });
    renameSync(temp, file);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
}

/** Records that a map was opened: first in the recent list, and the one to reopen next time. */
export function rememberOpenedMap(dataDir: string, map: { path: string; name: string }, now = new Date()): Settings {
  const next = withOpenedMap(readSettings(dataDir), map, now);
  try {
    writeSettings(dataDir, next);
  } catch {
    // A read-only data folder costs the recent list, not the map the person just opened.
  }
  return next;
}
