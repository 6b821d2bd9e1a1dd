// Migrating a version-2 map (written by Caremap's version-2 code, with undo history): records intact with migration
// 003's defaults, the seeded lists added, and the old history still undoable and redoable.
import { describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { blankActorDetails, blankTieDetails, handProvenance } from '../../../src/shared/record-defaults';
import { redo, undo, updateActors } from '../../../src/main/commands';
import { openMapStore } from '../../../src/main/store';
import { MIGRATIONS } from '../../../src/main/store/migrations';
import { fixtureCopy, track } from './temp-maps';

const ACTORS = [
  ['Ada Okafor', 'Individual active citizen', 0, 0],
  ['Maple Street Mutual Aid', 'Grassroots or mutual aid group', 220, 0],
  ['Millbrook Community Hub', 'Community hub or voluntary organisation', 460, 20],
  ['Millbrook Medical Practice', 'Statutory service', 440, 100],
  ['Tomasz Nowak', 'Individual active citizen', 0, 100],
] as const;

describe('migrating a version-2 map', () => {
  it('finds every actor and tie intact, with defaults for what version 2 did not record', () => {
    const store = track(openMapStore(fixtureCopy('map-v2.caremap')));
    const doc = store.document();
    expect(doc.info).toMatchObject({
      name: 'Fixture map v2',
      createdAt: '2025-06-02T09:30:00.000Z',
      schemaVersion: MIGRATIONS.length,
    });
    const kindName = new Map(doc.kinds.map((k) => [k.id, k.name]));
    expect(doc.actors.map((a) => [a.name, kindName.get(a.kindId), a.x, a.y])).toEqual(ACTORS);
    for (const actor of doc.actors) {
      expect(actor).toEqual({
        id: actor.id,
        name: actor.name,
        kindId: actor.kindId,
        x: actor.x,
        y: actor.y,
        ...blankActorDetails(handProvenance(null)),
      });
    }
    const typeName = new Map(doc.tieTypes.map((t) => [t.id, t.name]));
    const actorName = new Map(doc.actors.map((a) => [a.id, a.name]));
    expect(
      doc.ties.map((t) => [
        actorName.get(t.fromId),
        actorName.get(t.toId),
        t.tieTypeId && typeName.get(t.tieTypeId),
        t.direction,
      ]),
    ).toEqual([
      ['Ada Okafor', 'Maple Street Mutual Aid', 'Volunteering', 'one-way'],
      ['Maple Street Mutual Aid', 'Millbrook Community Hub', 'Shared space', 'mutual'],
      ['Millbrook Medical Practice', 'Millbrook Community Hub', 'Referral', 'one-way'],
      ['Tomasz Nowak', 'Ada Okafor', null, 'none'],
    ]);
    for (const tie of doc.ties) {
      expect(tie).toEqual({
        id: tie.id,
        fromId: tie.fromId,
        toId: tie.toId,
        tieTypeId: tie.tieTypeId,
        direction: tie.direction,
        ...blankTieDetails(handProvenance(null)),
      });
    }
    expect(doc.tieStatuses.map((s) => [s.name, s.lineStyle])).toEqual([
      ['Generative', 'solid'],
      ['Engaged', 'long-dash'],
      ['Inactive', 'dashed'],
      ['Potential', 'dotted'],
    ]);
    expect(doc.careOffers.map((o) => o.name)).toContain('Help with everyday tasks');
    expect(doc.careOffers).toHaveLength(10);
    expect(doc.history).toEqual({
      canUndo: true,
      canRedo: true,
      undoLabel: 'Delete 1 actor and 1 tie',
      redoLabel: 'Move “Ada Okafor”',
    });
  });

  it('redoes and undoes version-2 history steps, bringing back a deleted actor as a whole record', () => {
    const store = track(openMapStore(fixtureCopy('map-v2.caremap')));
    const ada = store.actors().find((a) => a.name === 'Ada Okafor')!;
    expect(redo(store).changes.actorsPut).toEqual([{ ...ada, x: -20 }]);
    undo(store); // the move again
    const restored = undo(store); // the delete: the Community Fridge and its tie come back
    expect(restored.changes.actorsPut.map((a) => a.name)).toEqual(['Community Fridge']);
    expect(restored.changes.actorsPut[0]).toMatchObject(blankActorDetails(handProvenance(null)));
    expect(restored.changes.tiesPut).toHaveLength(1);
    expect(restored.changes.tiesPut[0]).toMatchObject(blankTieDetails(handProvenance(null)));
    expect(store.actors()).toHaveLength(6);
    expect(store.ties()).toHaveLength(5);
    // And new version-3 edits work on top of the old history.
    const fridge = store.actors().find((a) => a.name === 'Community Fridge')!;
    updateActors(store, {
      ids: [fridge.id],
      patch: { addTags: ['food'], careOfferIds: [store.document().careOffers[2]!.id] },
    });
    expect(store.actorsByIds([fridge.id])[0]).toMatchObject({
      tags: ['food'],
      careOfferIds: [store.document().careOffers[2]!.id],
    });
    undo(store);
    expect(store.actorsByIds([fridge.id])[0]).toEqual(restored.changes.actorsPut[0]);
  });

  it('records the upgrade in the file', () => {
    const path = fixtureCopy('map-v2.caremap');
    track(openMapStore(path)).close();
    const db = new Database(path, { readonly: true });
    expect(db.prepare('SELECT version FROM schema_version ORDER BY version').all()).toEqual(
      MIGRATIONS.map(({ version }) => ({ version })),
    );
    db.close();
  });
});
