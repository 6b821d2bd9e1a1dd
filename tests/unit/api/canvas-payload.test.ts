// The slim document a window receives on opening: only the canvas's fields (so no person's private details leave
// main until a panel asks), packed in columns, and the same records as the full document once unpacked.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTempBackend, type TempBackend } from '../../../src/main/api/temp-backend';
import { packCanvasDocument, unpackCanvasDocument, type CanvasPayload } from '../../../src/shared/canvas-pack';
import { CANVAS_ACTOR_FIELDS, CANVAS_TIE_FIELDS, canvasActor, canvasTie } from '../../../src/shared/canvas-records';
import type { ActorId, KindId, TieId } from '../../../src/shared/domain';
import { parseRequest } from '../../../src/shared/validate';

let t: TempBackend;
const PRIVATE = [
  'ada@example.org',
  '07700 900123',
  'ask at the desk',
  'Lives alone since March',
  'Flat 3, 14 Maple Street',
  'Retired nurse who knows everyone',
  'adaokafor.example',
  'mobility: wheelchair',
  'referral notes: by the GP',
  'Workshop 2',
];

async function call(name: 'actors.update' | 'ties.update' | 'ties.create', raw: unknown): Promise<unknown> {
  const handler = t.backend.handlers[name] as (input: unknown) => unknown;
  return handler(parseRequest(name, raw));
}

beforeEach(async () => {
  t = createTempBackend();
  const doc = t.backend.openInitialMap(`${t.mapsFolder}/Private.caremap`);
  const field = (
    await t.backend.handlers['customFields.create'](
      parseRequest('customFields.create', { name: 'Needs', type: 'text', appliesTo: 'actor' }),
    )
  ).changes.taxonomy!.customFields[0]!;
  const kindId = doc.kinds[0]!.id;
  const [ada, bea] = await Promise.all(
    ['Ada Okafor', 'Bea'].map(
      async (name, i) =>
        (await t.backend.handlers['actors.create'](parseRequest('actors.create', { name, kindId, x: i * 100, y: 7.5 })))
          .changes.actorsPut[0]!,
    ),
  );
  await call('actors.update', {
    ids: [ada!.id],
    patch: {
      contact: { email: PRIVATE[0], phone: PRIVATE[1], other: PRIVATE[2] },
      notes: PRIVATE[3],
      address: PRIVATE[4],
      description: PRIVATE[5],
      website: PRIVATE[6],
      customValues: { [field.id]: PRIVATE[7] },
      consent: 'given',
      consentDate: '2026-03-14',
      tags: ['lunch club'],
      pinned: true,
      provenance: { source: 'workshop', label: PRIVATE[9] },
    },
  });
  await call('ties.create', { fromId: ada!.id, toId: bea!.id, direction: 'one-way', strength: 'strong' });
});
afterEach(() => t.dispose());

const current = () => t.backend.handlers['map.current'](undefined) as CanvasPayload;

describe('the slim document on opening', () => {
  it('holds none of a person’s private fields, nor provenance, in what it sends', () => {
    const sent = JSON.stringify(current());
    for (const text of [...PRIVATE, 'lunch club', '2026-03-14']) expect(sent).not.toContain(text);
    expect(sent).toContain('Ada Okafor');
  });

  it('unpacks to exactly the canvas fields of every record, equal to the full document’s', async () => {
    const slim = unpackCanvasDocument(current());
    const full = await t.backend.handlers['records.details']({ allActors: true, allTies: true });
    for (const a of slim.actors) expect(Object.keys(a).sort()).toEqual([...CANVAS_ACTOR_FIELDS].sort());
    for (const tie of slim.ties) expect(Object.keys(tie).sort()).toEqual([...CANVAS_TIE_FIELDS].sort());
    expect(slim.actors).toEqual(full.actors.map(canvasActor));
    expect(slim.ties).toEqual(full.ties.map(canvasTie));
    expect(slim.actors.find((a) => a.name === 'Ada Okafor')).toMatchObject({ pinned: true, y: 7.5 });
    expect(slim.ties[0]).toMatchObject({ direction: 'one-way', strength: 'strong', tieTypeId: null, statusId: null });
  });

  it('map.open answers the same slim document, and records.details the private fields for a panel that asks', async () => {
    const ada = unpackCanvasDocument(current()).actors.find((a) => a.name === 'Ada Okafor')!;
    const details = await t.backend.handlers['records.details']({ actorIds: [ada.id, 'gone' as ActorId] });
    expect(details.actors).toHaveLength(1);
    expect(details.actors[0]).toMatchObject({ notes: PRIVATE[3], contact: { email: PRIVATE[0] }, consent: 'given' });
    expect(details.ties).toEqual([]);
  });
});

describe('packing', () => {
  it('round-trips records whose ends or lists are missing from the document', () => {
    const doc = unpackCanvasDocument(current());
    const stray = {
      id: 't-stray' as TieId,
      fromId: 'nobody' as ActorId,
      toId: doc.actors[0]!.id,
      tieTypeId: null,
      direction: 'mutual' as const,
      strength: 'weak' as const,
      statusId: null,
    };
    const odd = { ...doc.actors[1]!, id: 'odd' as ActorId, kindId: 'no-such-kind' as KindId, x: -1e6, y: 0.125 };
    const given = { ...doc, actors: [...doc.actors, odd], ties: [...doc.ties, stray] };
    expect(unpackCanvasDocument(JSON.parse(JSON.stringify(packCanvasDocument(given))) as CanvasPayload)).toEqual(given);
  });
});
