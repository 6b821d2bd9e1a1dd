// The history and guided-session operations through the backend, as a transport calls them: inputs checked at the
// boundary with sentences a facilitator can act on, and a refused request changes nothing.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { OperationName } from '../../../src/shared/api';
import { CaremapError } from '../../../src/shared/errors';
import { parseRequest } from '../../../src/shared/validate';
import { createTempBackend, type TempBackend } from '../../../src/main/api/temp-backend';

let t: TempBackend;

async function call(name: OperationName, raw: unknown): Promise<unknown> {
  const handler = t.backend.handlers[name] as (input: unknown) => unknown;
  return handler(parseRequest(name, raw));
}

async function refusal(name: OperationName, raw: unknown): Promise<CaremapError> {
  try {
    await call(name, raw);
  } catch (error) {
    if (error instanceof CaremapError) return error;
    throw error;
  }
  throw new Error(`${name} accepted ${JSON.stringify(raw)}`);
}

beforeEach(() => {
  t = createTempBackend();
  t.backend.openInitialMap(`${t.mapsFolder}/History.caremap`);
});

afterEach(() => t.dispose());

describe('history operations', () => {
  it('saves with a tidied name, lists, renames and deletes', async () => {
    const saved = (await call('snapshots.save', { name: '  Workshop 2  —  14 March ' })) as {
      id: string;
      name: string;
    };
    expect(saved.name).toBe('Workshop 2 — 14 March');
    expect(await call('snapshots.list', {})).toEqual([
      expect.objectContaining({ name: 'Workshop 2 — 14 March', actorCount: 0 }),
    ]);
    expect(await call('snapshots.rename', { id: saved.id, name: 'Spring workshop' })).toMatchObject({
      name: 'Spring workshop',
    });
    expect(await call('snapshots.delete', { id: saved.id })).toEqual([]);
  });

  it('refuses an empty new name, an unknown snapshot and a made-up prompt step, changing nothing', async () => {
    const saved = (await call('snapshots.save', {})) as { id: string; name: string };
    expect((await refusal('snapshots.rename', { id: saved.id, name: '   ' })).message).toContain(
      'A snapshot needs a name.',
    );
    expect((await refusal('snapshots.restore', { id: 'gone' })).code).toBe('not-found');
    expect((await refusal('snapshots.open', { id: 'gone' })).message).toBe(
      'That snapshot is no longer in this map. Another window may have deleted it.',
    );
    expect((await refusal('sessionPrompts.set', { step: 'DROP TABLE', text: 'x' })).message).toContain(
      'That is not a step of the guided session.',
    );
    expect(await call('snapshots.list', {})).toEqual([expect.objectContaining({ name: saved.name })]);
    expect(await call('sessionPrompts.get', {})).toEqual({});
  });

  it('keeps a rewritten prompt and gives the default back for an empty one', async () => {
    expect(
      await call('sessionPrompts.set', { step: 'ties:0b6f-referral', text: ' Who sends people to whom? ' }),
    ).toEqual({
      'ties:0b6f-referral': 'Who sends people to whom?',
    });
    expect(await call('sessionPrompts.set', { step: 'ties:0b6f-referral', text: '' })).toEqual({});
  });
});
