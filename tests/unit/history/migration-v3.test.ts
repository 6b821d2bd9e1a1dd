// Migrating a version-3 map (written by Caremap before snapshots, scripts/make-fixture-v3.ts): records and undo
// history intact, an empty History to start with, and snapshots that work on the upgraded file.
import { describe, expect, it } from 'vitest';
import { currentState, redo, restoreSnapshot, saveSnapshot, undo } from '../../../src/main/commands';
import { openMapStore } from '../../../src/main/store';
import { MIGRATIONS } from '../../../src/main/store/migrations';
import { fixtureCopy, track } from '../store/temp-maps';

describe('migrating a version-3 map', () => {
  it('keeps every record and the undo history, and starts with no snapshots', () => {
    const store = track(openMapStore(fixtureCopy('map-v3.caremap')));
    const doc = store.document();
    expect(doc.info).toMatchObject({ name: 'Fixture map v3', schemaVersion: MIGRATIONS.length });
    expect(doc.actors.map((a) => a.name)).toEqual(['Ada Okafor', 'Maple Street Pantry', 'Millbrook Medical Practice']);
    const pantry = doc.actors[1]!;
    const volunteers = doc.customFields.find((f) => f.name === 'Volunteers')!;
    expect(pantry).toMatchObject({
      tags: ['food'],
      customValues: { [volunteers.id]: 12 },
      provenance: { source: 'workshop', label: 'Workshop 1' },
    });
    expect(doc.ties).toHaveLength(2);
    expect(doc.history).toMatchObject({ canUndo: true, canRedo: true, redoLabel: 'Move “Ada Okafor”' });
    expect(store.snapshots.list()).toEqual([]);
    expect(store.sessionPrompts.all()).toEqual({});

    redo(store);
    expect(store.actors()[0]).toMatchObject({ x: 10, y: 40 });
  });

  it('saves and restores snapshots on the upgraded file', () => {
    const store = track(openMapStore(fixtureCopy('map-v3.caremap')));
    const saved = saveSnapshot(store, { name: 'After the upgrade' });
    const then = currentState(store);
    undo(store); // the second tie
    undo(store); // the first tie
    expect(store.ties()).toHaveLength(0);
    restoreSnapshot(store, { id: saved.id });
    expect(currentState(store)).toEqual(then);
  });
});
