// actors.paste: copied actors and the ties among them arrive as new records in one undo step, in this map or another.
import { describe, expect, it } from 'vitest';
import type { Request } from '../../../src/shared/api';
import { parseRequest } from '../../../src/shared/validate';
import { createActor, createCustomField, pasteActors, redo, undo } from '../../../src/main/commands';
import { freeNames } from '../../../src/main/commands/paste-names';
import type { MapStore } from '../../../src/main/store';
import { firstKind, newMap } from '../store/temp-maps';

type PasteRequest = Request<'actors.paste'>;
const paste = (store: MapStore, request: PasteRequest) => pasteActors(store, parseRequest('actors.paste', request));

function copied(
  name: string,
  ref: string,
  extra: Partial<PasteRequest['actors'][number]> = {},
): PasteRequest['actors'][number] {
  return {
    ref,
    name,
    kindName: 'Grassroots or mutual aid group',
    x: 10,
    y: 20,
    details: {},
    careOfferNames: [],
    customValues: [],
    ...extra,
  };
}
const tie = (from: string, to: string, tieTypeName: string | null = 'Referral') =>
  ({
    from,
    to,
    tieTypeName,
    statusName: null,
    direction: 'one-way',
    strength: 'strong',
    since: null,
    notes: 'weekly',
  }) as const;

describe('clashing names', () => {
  it('get the lowest free suffix, counting the map and earlier pasted names, capitals ignored', () => {
    expect(freeNames(['Chats & Chai'], ['Chats & Chai'])).toEqual(['Chats & Chai (2)']);
    expect(freeNames(['chats & chai', 'Chats & Chai (2)'], ['Chats & Chai', 'Chats & Chai'])).toEqual([
      'Chats & Chai (3)',
      'Chats & Chai (4)',
    ]);
    expect(freeNames(['Lunch Club', 'Lunch Club (2)'], ['Lunch Club (2)'])).toEqual(['Lunch Club (3)']);
    expect(freeNames(['Ada'], ['Ben'])).toEqual(['Ben']);
  });
});

describe('actors.paste', () => {
  it('adds the actors and the ties among them as one undo step, renaming clashes', () => {
    const store = newMap();
    createActor(store, { name: 'Chats & Chai', kindId: firstKind(store), x: 0, y: 0 });
    const steps = store.history.count();
    const result = paste(store, {
      actors: [
        copied('Chats & Chai', 'a', { details: { description: 'Tea on Tuesdays', tags: ['tea'] } }),
        copied('Food bank', 'b'),
      ],
      ties: [tie('a', 'b'), tie('a', 'left-behind')],
    });
    expect(result.renamed).toEqual([{ from: 'Chats & Chai', to: 'Chats & Chai (2)' }]);
    const names = store
      .actors()
      .map((a) => a.name)
      .sort();
    expect(names).toEqual(['Chats & Chai', 'Chats & Chai (2)', 'Food bank']);
    const pasted = store.actors().find((a) => a.name === 'Chats & Chai (2)')!;
    expect(pasted).toMatchObject({ description: 'Tea on Tuesdays', tags: ['tea'], x: 10, y: 20 });
    const ties = store.ties();
    expect(ties).toHaveLength(1);
    expect(ties[0]).toMatchObject({ fromId: pasted.id, strength: 'strong', notes: 'weekly', direction: 'one-way' });
    expect(store.list('tieTypes').find((t) => t.id === ties[0]!.tieTypeId)?.name).toBe('Referral');
    expect(store.history.count()).toBe(steps + 1);
    expect(store.history.state().undoLabel).toBe('Paste 2 actors and 1 tie');
    undo(store);
    expect(store.actors().map((a) => a.name)).toEqual(['Chats & Chai']);
    expect(store.ties()).toHaveLength(0);
    redo(store);
    expect(store.actors()).toHaveLength(3);
    expect(store.ties()).toHaveLength(1);
  });

  it('into another map finds kinds, care offers, tie types and fields by name, and says what it left out', () => {
    const target = newMap();
    createCustomField(target, parseRequest('customFields.create', { name: 'Influence', type: 'number' }));
    const result = paste(target, {
      actors: [
        copied('Ada', 'a', {
          kindId: 'id-from-the-other-map',
          kindName: 'individual active citizen',
          careOfferNames: ['Peer support', 'Dog walking'],
          customValues: [
            { field: 'Influence', value: 4 },
            { field: 'Ward', value: 'North' },
          ],
        }),
        copied('Lunch Club', 'b'),
      ],
      ties: [tie('a', 'b', 'Mentoring')],
    });
    const ada = target.actors().find((a) => a.name === 'Ada')!;
    expect(target.kind(ada.kindId)?.name).toBe('Individual active citizen');
    expect(ada.careOfferIds.map((id) => target.list('careOffers').find((o) => o.id === id)?.name)).toEqual([
      'Peer support',
    ]);
    expect(Object.values(ada.customValues)).toEqual([4]);
    expect(target.ties()[0]!.tieTypeId).toBeNull();
    expect(result.notes).toEqual([
      'This map has no care offer “Dog walking”; it was left out.',
      'This map has no field “Ward”; it was left out.',
      'This map has no tie type “Mentoring”; it was left out.',
    ]);
  });

  it('refuses, changing nothing, when this map has no such kind', () => {
    const store = newMap();
    const before = store.history.count();
    expect(() => paste(store, { actors: [copied('Ada', 'a', { kindName: 'Parish council' })], ties: [] })).toThrow(
      'This map has no kind called “Parish council”, so “Ada” cannot be pasted. Add that kind in Kinds & lists…, then paste again.',
    );
    expect(store.actors()).toHaveLength(0);
    expect(store.history.count()).toBe(before);
  });
});
