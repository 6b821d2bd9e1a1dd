// One map, one writer: a second connection or a second process is told the map is open elsewhere.
import { describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { createActor } from '../../../src/main/commands';
import { openMapStore } from '../../../src/main/store';
import { firstKind, newMap, snapshot, tempDir, track } from './temp-maps';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const CHILD = join(ROOT, 'tests', 'fixtures', 'map-child.ts');

interface Child {
  /** Resolves with the child's first line of output. */
  firstLine: Promise<string>;
  /** Closes the child's stdin (a holding child then closes the map) and waits for it to end. */
  finish(): Promise<void>;
}

function runChild(mode: 'hold' | 'try-open' | 'edit-and-crash', path: string): Child {
  const child = spawn(process.execPath, ['--import', 'tsx', CHILD, mode, path], {
    cwd: ROOT,
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let output = '';
  let errors = '';
  child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
  const ended = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const firstLine = new Promise<string>((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('\n')) resolve(output.split('\n')[0]!);
    });
    child.once('exit', () => (output.includes('\n') ? undefined : reject(new Error(`child said nothing: ${errors}`))));
  });
  return {
    firstLine,
    finish: () => {
      child.stdin.end();
      return ended;
    },
  };
}

function codeOfOpening(path: string): string {
  try {
    track(openMapStore(path));
    return 'opened';
  } catch (error) {
    return (error as { code?: string }).code ?? String(error);
  }
}

describe('a map open in this process', () => {
  it('cannot be opened again by a second connection, and the first keeps working', () => {
    const store = newMap(tempDir(), 'Shared');
    expect(() => openMapStore(store.path)).toThrow(
      expect.objectContaining({
        code: 'map-in-use',
        message: '“Shared.caremap” is open in another Caremap window. Close it there first.',
      }),
    );
    createActor(store, { name: 'Still editable', kindId: firstKind(store), x: 0, y: 0 });
    store.close();
    expect(
      track(openMapStore(store.path))
        .actors()
        .map((a) => a.name),
    ).toEqual(['Still editable']);
  });

  it('is refused to another process', async () => {
    const store = newMap();
    const child = runChild('try-open', store.path);
    expect(await child.firstLine).toBe('map-in-use');
    await child.finish();
    createActor(store, { name: 'Unharmed', kindId: firstKind(store), x: 0, y: 0 });
    expect(store.actors()).toHaveLength(1);
  });
});

describe('a map open in another process', () => {
  it('is refused here until that process closes it, and is not modified by the attempt', async () => {
    const store = newMap();
    store.close();
    const child = runChild('hold', store.path);
    expect(await child.firstLine).toBe('opened');
    const before = snapshot(store.path);
    expect(codeOfOpening(store.path)).toBe('map-in-use');
    expect(snapshot(store.path)).toEqual(before);
    await child.finish();
    expect(codeOfOpening(store.path)).toBe('opened');
  });

  it('keeps every committed edit when that process crashes', async () => {
    const store = newMap();
    store.close();
    const child = runChild('edit-and-crash', store.path);
    expect(await child.firstLine).toBe('edited');
    await child.finish();
    const reopened = track(openMapStore(store.path));
    expect(reopened.actors().map((a) => a.name)).toEqual(['Written before the crash']);
  });
});
