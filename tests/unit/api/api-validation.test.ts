// Validation at the boundary: parseRequest refuses bad input with 'invalid-input', and a refused request changes nothing.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { OperationName } from '../../../src/shared/api';
import type { CanvasDocument } from '../../../src/shared/canvas-records';
import { CaremapError } from '../../../src/shared/errors';
import { parseRequest } from '../../../src/shared/validate';
import { createTempBackend, type TempBackend } from '../../../src/main/api/temp-backend';
import { unpackCanvasDocument, type CanvasPayload } from '../../../src/shared/canvas-pack';

let t: TempBackend;
let doc: CanvasDocument;

/** What a transport does: parse, then call the handler. */
async function call(name: string, raw: unknown): Promise<unknown> {
  const input = parseRequest(name as OperationName, raw);
  const handler = t.backend.handlers[name as OperationName] as (input: unknown) => unknown;
  return handler(input);
}

async function refusal(name: string, raw: unknown): Promise<CaremapError> {
  try {
    await call(name, raw);
  } catch (error) {
    if (error instanceof CaremapError) return error;
    throw error;
  }
  throw new Error(`${name} accepted ${JSON.stringify(raw)}`);
}

function state() {
  // map.current answers at once (no promise) in main; the window unpacks the slim records the same way.
  const current = unpackCanvasDocument(t.backend.handlers['map.current'](undefined) as CanvasPayload);
  return { actors: current.actors, ties: current.ties, history: current.history };
}

beforeEach(async () => {
  t = createTempBackend();
  doc = t.backend.openInitialMap(`${t.mapsFolder}/Validation.caremap`);
  const kindId = doc.kinds[0]!.id;
  await call('actors.create', { name: 'Ada', kindId, x: 0, y: 0 });
  await call('actors.create', { name: 'Maple', kindId, x: 200, y: 0 });
});

afterEach(() => t.dispose());

describe('invalid input', () => {
  const kind = () => doc.kinds[0]!.id;
  const actorId = () => state().actors[0]!.id;
  const cases: [string, string, () => unknown][] = [
    ['NaN coordinate', 'actors.create', () => ({ name: 'X', kindId: kind(), x: Number.NaN, y: 0 })],
    ['infinite coordinate', 'actors.create', () => ({ name: 'X', kindId: kind(), x: Number.POSITIVE_INFINITY, y: 0 })],
    ['huge coordinate', 'actors.create', () => ({ name: 'X', kindId: kind(), x: 1e308, y: 0 })],
    ['coordinate as text', 'actors.create', () => ({ name: 'X', kindId: kind(), x: '10', y: 0 })],
    ['null coordinate (what JSON makes of NaN)', 'actors.create', () => ({ name: 'X', kindId: kind(), x: null, y: 0 })],
    ['unknown field', 'actors.create', () => ({ name: 'X', kindId: kind(), x: 0, y: 0, colour: 'red' })],
    ['missing kind', 'actors.create', () => ({ name: 'X', x: 0, y: 0 })],
    ['name not text', 'actors.create', () => ({ name: 42, kindId: kind(), x: 0, y: 0 })],
    ['name too long', 'actors.create', () => ({ name: 'x'.repeat(201), kindId: kind(), x: 0, y: 0 })],
    ['no input at all', 'actors.create', () => undefined],
    ['input not an object', 'actors.rename', () => 'Ada'],
    ['empty id', 'actors.rename', () => ({ id: '', name: 'B' })],
    ['empty move list', 'actors.move', () => ({ moves: [] })],
    ['NaN in a move', 'actors.move', () => ({ moves: [{ id: actorId(), x: Number.NaN, y: 0 }] })],
    ['unknown field in a move', 'actors.move', () => ({ moves: [{ id: actorId(), x: 1, y: 1, z: 1 }] })],
    ['empty id list', 'actors.setKind', () => ({ ids: [], kindId: kind() })],
    ['ids not a list', 'actors.setKind', () => ({ ids: actorId(), kindId: kind() })],
    [
      'unknown direction',
      'ties.create',
      () => ({ fromId: actorId(), toId: state().actors[1]!.id, direction: 'sideways' }),
    ],
    ['nothing to delete', 'elements.delete', () => ({ actorIds: [], tieIds: [] })],
    ['missing tie list', 'elements.delete', () => ({ actorIds: [actorId()] })],
    ['input for an empty operation', 'history.undo', () => ({ steps: 2 })],
    ['not a .caremap path', 'map.open', () => ({ path: '/tmp/notes.txt' })],
    ['path with a NUL byte', 'map.new', () => ({ path: '/tmp/a\0b.caremap' })],
    ['empty path', 'map.saveCopyAs', () => ({ path: '' })],
  ];

  it.each(cases)('refuses %s and changes nothing', async (_what, operation, input) => {
    const before = state();
    const error = await refusal(operation, input());
    expect(error.code).toBe('invalid-input');
    // A program's mistake names the request; a person's gets a plain sentence.
    expect(error.message).toMatch(
      new RegExp(`^The request "${operation.replace('.', '\\.')}" was refused|^[A-Z“].*\\.$`),
    );
    expect(state()).toEqual(before);
    expect(t.backend.currentPath()).toBe(doc.info.path);
  });

  it('refuses an unknown operation', async () => {
    expect((await refusal('actors.explode', {})).code).toBe('unknown-operation');
    expect((await refusal('__proto__', {})).code).toBe('unknown-operation');
  });

  it('says which field was wrong', async () => {
    const error = await refusal('actors.move', { moves: [{ id: 'a', x: 'left', y: 0 }] });
    expect(error.where).toEqual({ field: 'moves.0.x' });
  });

  it('accepts good input after all that, tidying the name', async () => {
    const result = (await call('actors.create', { name: '  Ada   Okafor ', kindId: doc.kinds[0]!.id, x: 1, y: 2 })) as {
      changes: { actorsPut: { name: string }[] };
    };
    expect(result.changes.actorsPut[0]!.name).toBe('Ada Okafor');
    expect(state().actors).toHaveLength(3);
  });
});
