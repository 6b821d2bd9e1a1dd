// history.recent: the newest done steps, newest first, without the undone ones; its input checked at the boundary.
import { describe, expect, it } from 'vitest';
import { CaremapError } from '../../../src/shared/errors';
import { parseRequest } from '../../../src/shared/validate';
import { undo } from '../../../src/main/commands';
import { firstKind, newMap } from '../store/temp-maps';
import { run } from '../commands/run-operation';

describe('history.recent', () => {
  it('lists the last steps newest first, leaves out what was undone, and stops at the limit', () => {
    const store = newMap();
    for (const name of ['Ada', 'Ben', 'Cleo'])
      run(store, 'actors.create', { name, kindId: firstKind(store), x: 0, y: 0 });
    expect(store.history.recentLabels(5)).toEqual(['Add “Cleo”', 'Add “Ben”', 'Add “Ada”']);
    undo(store);
    expect(store.history.recentLabels(5)).toEqual(['Add “Ben”', 'Add “Ada”']);
    expect(store.history.recentLabels(1)).toEqual(['Add “Ben”']);
  });

  it('refuses a limit outside 1–20', () => {
    expect(() => parseRequest('history.recent', { limit: 0 })).toThrow(CaremapError);
    expect(() => parseRequest('history.recent', { limit: 500 })).toThrow(CaremapError);
    expect(parseRequest('history.recent', { limit: 5 })).toEqual({ limit: 5 });
  });
});
