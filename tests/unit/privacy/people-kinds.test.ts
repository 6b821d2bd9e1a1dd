// "These actors are people" is a property of a kind, and "safe to share" one of a custom field: seeded, migrated,
// asked at creation and import, editable and undoable, and the only thing anonymising looks at.
import { describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { undo } from '../../../src/main/commands';
import { openMapStore } from '../../../src/main/store';
import { anonymiseDocument, isPeopleKind } from '../../../src/shared/anonymise';
import { join } from 'node:path';
import { applyMigrations } from '../../../src/main/store/migrate';
import { MIGRATIONS } from '../../../src/main/store/migrations';
import type { SnapshotId } from '../../../src/shared/history';
import { fixtureCopy, newMap, tempDir, track } from '../store/temp-maps';
import { run } from '../commands/run-operation';
import { importFile, workbookBytes } from '../import/import-helpers';

describe('people kinds', () => {
  it('a new map marks the seed’s individuals as people and its organisations not', () => {
    const store = newMap();
    const people = store
      .kinds()
      .filter((k) => k.people)
      .map((k) => k.name);
    expect(people).toEqual(['Individual active citizen']);
  });

  it('a kind made in Kinds & lists is people when said so (and when nothing is said), undoably editable', () => {
    const store = newMap();
    const club = run(store, 'kinds.create', {
      name: 'Lunch clubs',
      colour: '#117733',
      shape: 'hexagon',
      people: false,
    }).changes.taxonomy!.kinds.at(-1)!;
    expect(club.people).toBe(false);
    const carers = run(store, 'kinds.create', {
      name: 'Unpaid carers',
      colour: '#aa3377',
      shape: 'circle',
    }).changes.taxonomy!.kinds.at(-1)!;
    expect(carers.people).toBe(true);
    run(store, 'kinds.update', { id: club.id, people: true });
    expect(store.kind(club.id)?.people).toBe(true);
    undo(store);
    expect(store.kind(club.id)?.people).toBe(false);
  });

  it('anonymising follows the property, not the kind’s name', () => {
    const store = newMap();
    const volunteers = run(store, 'kinds.create', {
      name: 'Volunteers',
      colour: '#117733',
      shape: 'circle',
      people: true,
    }).changes.taxonomy!.kinds.at(-1)!;
    const citizen = store.kinds().find((k) => k.name === 'Individual active citizen')!;
    run(store, 'kinds.update', { id: citizen.id, people: false });
    run(store, 'actors.create', { name: 'Vera Volunteer', kindId: volunteers.id, x: 0, y: 0 });
    run(store, 'actors.create', { name: 'Citizens Advice Bureau', kindId: citizen.id, x: 10, y: 0 });
    const names = anonymiseDocument(store.document())
      .actors.map((a) => a.name)
      .sort();
    expect(names).toEqual(['Citizens Advice Bureau', 'Person 1']);
    expect(isPeopleKind({ people: false })).toBe(false);
  });

  it('an import asks for each new kind; unasked (the command line) a new kind counts as people', () => {
    const store = newMap();
    const bytes = workbookBytes({
      S: [
        ['Name', 'Type'],
        ['Vera', 'Unpaid carers'],
        ['St Mark’s', 'Faith group'],
      ],
    });
    importFile(store, 'kinds.xlsx', bytes, { kinds: { 'faith group': { newKind: 'Faith group', people: false } } });
    const byName = Object.fromEntries(store.kinds().map((k) => [k.name, k.people]));
    expect(byName['Faith group']).toBe(false);
    expect(byName['Unpaid carers']).toBe(true);
  });

  it('migration 006 marks the kinds the old name-guessing treated as people, and no others', () => {
    const path = fixtureCopy('map-v3.caremap');
    const db = new Database(path);
    db.prepare(
      "UPDATE kinds SET name = 'Local residents' WHERE id = (SELECT id FROM kinds ORDER BY sort_order LIMIT 1 OFFSET 1)",
    ).run();
    db.close();
    const store = track(openMapStore(path));
    const people = store
      .kinds()
      .filter((k) => k.people)
      .map((k) => k.name)
      .sort();
    expect(people).toContain('Local residents');
    expect(store.kinds().some((k) => !k.people)).toBe(true);
    for (const name of people)
      expect(name.toLowerCase()).toMatch(/individual|citizen|resident|neighbour|person|people/);
  });
});

/** A map as version 5 wrote it: a kind "Neighbours", an undo step that recoloured it, and a snapshot holding it. */
function versionFiveMap(): string {
  const path = join(tempDir(), 'v5.caremap');
  const db = new Database(path);
  applyMigrations(db, path, MIGRATIONS.slice(0, 5));
  db.prepare("INSERT INTO map_meta (id, name, created_at) VALUES (1, 'Old map', '2025-01-01')").run();
  const kind = { id: 'k-neighbours', name: 'Neighbours', colour: '#111111', shape: 'circle', sortOrder: 0 };
  db.prepare('INSERT INTO kinds (id, name, colour, shape, sort_order) VALUES (?, ?, ?, ?, 0)').run(
    kind.id,
    kind.name,
    kind.colour,
    kind.shape,
  );
  const set = (k: object) =>
    JSON.stringify({
      kinds: [k],
      tieTypes: [],
      tieStatuses: [],
      careOffers: [],
      customFields: [],
      actors: [],
      ties: [],
    });
  db.prepare(
    "INSERT INTO history (label, before_json, after_json, undone, created_at) VALUES ('Edit kind', ?, ?, 0, '2025-01-01')",
  ).run(set({ ...kind, colour: '#000000' }), set(kind));
  db.prepare(
    "INSERT INTO snapshots (id, name, created_at, content_json, actor_count, tie_count) VALUES ('snap', 'Old', '2025-01-01', ?, 0, 0)",
  ).run(set(kind));
  db.close();
  return path;
}

describe('migration 006 and what the file already stores', () => {
  it('undoing an old kind edit, or reading an old snapshot, keeps the kind marked as people', () => {
    const store = track(openMapStore(versionFiveMap()));
    expect(store.kinds()[0]).toMatchObject({ name: 'Neighbours', people: true });
    expect(store.snapshots.get('snap' as SnapshotId).content.kinds[0]?.people).toBe(true);
    undo(store);
    expect(store.kinds()[0]).toMatchObject({ colour: '#000000', people: true });
  });
});

describe('safe fields', () => {
  it('a new field is private unless marked safe; the mark is editable and undoable', () => {
    const store = newMap();
    const dob = run(store, 'customFields.create', { name: 'Date of birth', type: 'date' }).changes.taxonomy!
      .customFields[0]!;
    expect(dob.safe).toBe(false);
    const languages = run(store, 'customFields.create', { name: 'Languages', type: 'text', safe: true }).changes
      .taxonomy!.customFields[1]!;
    expect(languages.safe).toBe(true);
    run(store, 'customFields.update', { id: dob.id, safe: true });
    expect(store.find('customFields', dob.id)?.safe).toBe(true);
    undo(store);
    expect(store.find('customFields', dob.id)?.safe).toBe(false);
  });
});
