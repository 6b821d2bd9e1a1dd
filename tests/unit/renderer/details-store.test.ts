// The window's details cache over a real backend: it fetches only what it lacks, change sets keep it fresh, and an
// answer that left main before an edit (or before another map was loaded) never puts old values back.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTempBackend, type TempBackend } from '../../../src/main/api/temp-backend';
import type { Request } from '../../../src/shared/api';
import type { RecordDetails } from '../../../src/shared/canvas-records';
import type { Actor, ActorId, EditResult } from '../../../src/shared/domain';
import { parseRequest } from '../../../src/shared/validate';
import {
  requestAllActors,
  requestDetails,
  setDetailsSource,
  useDetailsStore,
} from '../../../src/renderer/src/state/details-store';
import { applyChangeSet, loadDocument } from '../../../src/renderer/src/state/document-store';

let t: TempBackend;
let ada: Actor;
let bea: Actor;
const questions: Request<'records.details'>[] = [];
/** Answers held back until released: main has read the records, the answer is still on its way. */
let held: (() => void)[] = [];
let holding = false;

async function edit(name: 'actors.update' | 'actors.create' | 'elements.delete', raw: unknown): Promise<EditResult> {
  const result = (await (t.backend.handlers[name] as (input: unknown) => unknown)(
    parseRequest(name, raw),
  )) as EditResult;
  applyChangeSet(result.changes, result.history); // as the change stream does in the window
  return result;
}

const notesOf = (id: ActorId) => useDetailsStore.getState().actors.get(id)?.notes;

beforeEach(async () => {
  t = createTempBackend();
  const doc = t.backend.openInitialMap(`${t.mapsFolder}/Cache.caremap`);
  const kindId = doc.kinds[0]!.id;
  const make = async (name: string) =>
    (await t.backend.handlers['actors.create'](parseRequest('actors.create', { name, kindId, x: 0, y: 0 }))).changes
      .actorsPut[0]!;
  ada = await make('Ada');
  bea = await make('Bea');
  await t.backend.handlers['actors.update'](
    parseRequest('actors.update', { ids: [ada.id], patch: { notes: 'first' } }),
  );
  questions.length = 0;
  held = [];
  holding = false;
  setDetailsSource(async (question) => {
    questions.push(question);
    // Read now, as main would on receiving the question; delivered later if holding.
    const answer: RecordDetails = await t.backend.handlers['records.details'](
      parseRequest('records.details', question),
    );
    if (holding) await new Promise<void>((resolve) => held.push(resolve));
    return answer;
  });
  const current = t.backend.handlers['map.current'](undefined);
  const { unpackCanvasDocument } = await import('../../../src/shared/canvas-pack');
  loadDocument(unpackCanvasDocument((await current)!));
});
afterEach(() => t.dispose());

describe('the details cache', () => {
  it('fetches only the records it lacks, once', async () => {
    await requestDetails([ada.id]);
    expect(notesOf(ada.id)).toBe('first');
    await requestDetails([ada.id, bea.id]);
    await requestDetails([ada.id, bea.id]);
    expect(questions).toEqual([
      { actorIds: [ada.id], tieIds: [] },
      { actorIds: [bea.id], tieIds: [] },
    ]);
  });

  it('a second panel asking for the same actor waits for the first answer instead of asking again', async () => {
    holding = true;
    const first = requestDetails([ada.id]);
    let secondDone = false;
    const second = requestDetails([ada.id]).then(() => (secondDone = true));
    while (held.length === 0) await new Promise((resolve) => setTimeout(resolve, 0));
    expect(secondDone).toBe(false);
    held.forEach((release) => release());
    await second;
    expect(notesOf(ada.id)).toBe('first');
    await first;
    expect(questions).toHaveLength(1);
  });

  it('keeps an edit made after the question over the older answer', async () => {
    holding = true;
    const asked = requestDetails([ada.id]);
    await Promise.resolve();
    await edit('actors.update', { ids: [ada.id], patch: { notes: 'second' } });
    expect(notesOf(ada.id)).toBe('second');
    held.forEach((release) => release());
    await asked;
    expect(notesOf(ada.id)).toBe('second');
  });

  it('does not bring back an actor deleted while its details were on their way', async () => {
    holding = true;
    const asked = requestAllActors();
    await Promise.resolve();
    await edit('elements.delete', { actorIds: [bea.id], tieIds: [] });
    held.forEach((release) => release());
    await asked;
    const state = useDetailsStore.getState();
    expect(state.allActors).toBe(true);
    expect([...state.actors.keys()]).toEqual([ada.id]);
  });

  it('stays whole after every actor is fetched: new and changed records come with their change sets', async () => {
    await requestAllActors();
    const added = (await edit('actors.create', { name: 'Cy', kindId: ada.kindId, x: 5, y: 5 })).changes.actorsPut[0]!;
    await edit('actors.update', { ids: [ada.id], patch: { notes: 'third' } });
    expect(notesOf(ada.id)).toBe('third');
    expect(useDetailsStore.getState().actors.get(added.id)?.name).toBe('Cy');
    await requestDetails([added.id, ada.id]);
    expect(questions).toEqual([{ allActors: true }]);
  });

  it('drops an answer asked for before another map (or a reload) came in', async () => {
    holding = true;
    const asked = requestDetails([ada.id]);
    await Promise.resolve();
    loadDocument({
      ...(await import('../../../src/shared/canvas-pack')).unpackCanvasDocument(
        (await t.backend.handlers['map.current'](undefined))!,
      ),
    });
    held.forEach((release) => release());
    await asked;
    expect(useDetailsStore.getState().actors.size).toBe(0);
  });
});
