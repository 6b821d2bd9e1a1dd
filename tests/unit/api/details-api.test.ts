// The new operations through the backend, as a transport calls them: every operation wired, and details persisting
// across closing and reopening the map.
import { afterEach, describe, expect, it } from 'vitest';
import { OPERATION_NAMES, schemas, type OperationName } from '../../../src/shared/api';
import type { EditResult } from '../../../src/shared/domain';
import { parseRequest } from '../../../src/shared/validate';
import { createTempBackend, type TempBackend } from '../../../src/main/api/temp-backend';

let t: TempBackend | undefined;
afterEach(() => t?.dispose());

async function call(name: OperationName, raw: unknown): Promise<unknown> {
  const handler = t!.backend.handlers[name] as (input: unknown) => unknown;
  return handler(parseRequest(name, raw));
}

describe('the backend', () => {
  it('has a schema and a handler for every operation', () => {
    t = createTempBackend();
    expect(Object.keys(schemas).sort()).toEqual([...OPERATION_NAMES].sort());
    expect(Object.keys(t.backend.handlers).sort()).toEqual([...OPERATION_NAMES].sort());
  });

  it('keeps actor and tie details, custom fields and taxonomy edits across a reopen', async () => {
    t = createTempBackend();
    const path = `${t.mapsFolder}/Details.caremap`;
    let doc = t.backend.openInitialMap(path);
    const field = ((await call('customFields.create', { name: 'Budget', type: 'number' })) as EditResult).changes
      .taxonomy!.customFields[0]!;
    const kindId = doc.kinds[0]!.id;
    const ada = ((await call('actors.create', { name: 'Ada', kindId, x: 0, y: 0 })) as EditResult).changes
      .actorsPut[0]!;
    const maple = ((await call('actors.create', { name: 'Maple', kindId, x: 1, y: 0 })) as EditResult).changes
      .actorsPut[0]!;
    await call('actors.update', {
      ids: [ada.id],
      patch: {
        tags: ['lunch club'],
        careOfferIds: [doc.careOffers[0]!.id],
        consent: 'given',
        consentDate: '2025-03-14',
        customValues: { [field.id]: '250' },
      },
    });
    await call('ties.create', { fromId: ada.id, toId: maple.id, strength: 'strong', statusId: doc.tieStatuses[3]!.id });
    await call('kinds.update', { id: kindId, name: 'Neighbour' });
    // The window opens with slim records; every other field is fetched with records.details.
    const before = await t.backend.handlers['records.details']({ allActors: true, allTies: true });

    t.backend.close();
    doc = t.backend.openInitialMap(path);
    const after = await t.backend.handlers['records.details']({ allActors: true, allTies: true });
    expect(after.actors).toEqual(before.actors);
    expect(after.ties).toEqual(before.ties);
    expect(doc.kinds[0]!.name).toBe('Neighbour');
    expect(after.actors[0]).toMatchObject({
      tags: ['lunch club'],
      consent: 'given',
      customValues: { [field.id]: 250 },
    });
    expect(after.ties[0]).toMatchObject({ strength: 'strong', statusId: doc.tieStatuses[3]!.id });
  });
});
