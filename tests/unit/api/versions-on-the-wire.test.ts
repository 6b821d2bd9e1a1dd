// Issue 16 through the transport: the base version travels as call metadata (cleaned like the ids), a stale edit is
// answered `stale-edit` with its sentence and current records, and the stream carries the laptop's own undo history.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { createTempBackend, type TempBackend } from '../../../src/main/api/temp-backend';
import { dispatch, statusForError } from '../../../src/main/transport/dispatch';
import type { ServerEvent } from '../../../src/shared/api';
import type { ActorId, EditResult } from '../../../src/shared/domain';
import type { CanvasDocument } from '../../../src/shared/canvas-records';
import { cleanCallMeta, type CallMeta } from '../../../src/shared/live-map';

let temp: TempBackend;
let doc: CanvasDocument;
let events: ServerEvent[];

beforeEach(() => {
  temp = createTempBackend();
  doc = temp.backend.openInitialMap(join(temp.mapsFolder, 'Wire.caremap'));
  events = [];
  temp.backend.events.subscribe((event) => events.push(event));
});
afterEach(() => temp.dispose());

const call = (op: string, input: unknown, meta: CallMeta = {}) =>
  dispatch(temp.backend.handlers, op, input, { mapId: doc.live!.mapId, ...meta });

async function edit(op: string, input: unknown, meta: CallMeta = {}): Promise<EditResult> {
  const result = await call(op, input, meta);
  if (!result.ok) throw new Error(result.error.message);
  return result.value as EditResult;
}

describe('versions on the wire', () => {
  it('keeps a well-formed base version from a header or IPC, and drops anything else', () => {
    expect(cleanCallMeta({ baseVersion: '42' })).toEqual({ baseVersion: 42 });
    expect(cleanCallMeta({ baseVersion: 7 })).toEqual({ baseVersion: 7 });
    for (const bad of ['-1', '1.5', 'abc', '', -3, 2.5, Number.NaN, ['1'], '9'.repeat(20)])
      expect(cleanCallMeta({ baseVersion: bad })).toEqual({});
  });

  it('answers a stale edit with stale-edit (409), its sentence and the record as it is now', async () => {
    const kindId = doc.kinds[0]!.id;
    const made = await edit('actors.create', { name: 'Ada', kindId, x: 0, y: 0 });
    const ada: ActorId = made.changes.actorsPut[0]!.id;
    const base = made.live!.version!;
    await edit('actors.rename', { id: ada, name: 'Ada Lovelace' }, { viewId: 'A' });
    const refused = await call('actors.rename', { id: ada, name: 'Ada O.' }, { viewId: 'B', baseVersion: base });
    expect(refused.ok).toBe(false);
    if (refused.ok) return;
    expect(refused.error.code).toBe('stale-edit');
    expect(statusForError(refused.error.code)).toBe(409);
    expect(refused.error.message).toContain('name “Ada Lovelace”');
    expect(refused.error.current?.actors.map((a) => a.name)).toEqual(['Ada Lovelace']);
  });

  it('publishes the facilitator’s own history when a joined device edits, and answers the device with its own', async () => {
    const kindId = doc.kinds[0]!.id;
    await edit('actors.create', { name: 'Ada', kindId, x: 0, y: 0 });
    const sams = await edit(
      'actors.create',
      { name: 'Bea', kindId, x: 0, y: 0 },
      { participant: { id: 'sam', name: 'Sam' } },
    );
    expect(sams.history).toMatchObject({ canUndo: true, undoLabel: 'Add “Bea”' });
    const published = events.filter((e): e is ServerEvent<'map.changed'> => e.name === 'map.changed').at(-1)!;
    expect(published.payload.history).toMatchObject({ canUndo: true, undoLabel: 'Add “Ada”' });
    const current = await call('map.current', {}, { participant: { id: 'sam', name: 'Sam' } });
    expect(current.ok && (current.value as CanvasDocument).history.undoLabel).toBe('Add “Bea”');
  });
});
