// A folder nobody can write into, for failed-write tests: chmod for ordinary users; root ignores permissions, so
// there the folder is made immutable with chattr (ext4 and most Linux file systems).
import { spawnSync } from 'node:child_process';
import { chmodSync } from 'node:fs';

/** Returns a function that makes it writable again, or null when this system cannot make a folder read-only. */
export function makeReadOnly(dir: string): (() => void) | null {
  if (process.platform === 'win32') return null;
  if (process.getuid?.() !== 0) {
    chmodSync(dir, 0o555);
    return () => chmodSync(dir, 0o755);
  }
  const locked = spawnSync('chattr', ['+i', dir]);
  if (locked.status !== 0) return null;
  return () => void spawnSync('chattr', ['-i', dir]);
}
