// Ties have custom fields like actors (migration 008): made, edited and undone; exported to xlsx and CSV and read back;
// filled from a partner's extra tie columns and from numeric weights, kept exactly beside the three-level strength.
import { describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli } from '../../../src/cli/caremap';
import { undo } from '../../../src/main/commands';
import { commitImport } from '../../../src/main/import/commit-import';
import { openMapStore, type MapStore } from '../../../src/main/store';
import { applyMigrations } from '../../../src/main/store/migrate';
import { MIGRATIONS } from '../../../src/main/store/migrations';
import type { CustomField, Tie } from '../../../src/shared/domain';
import { mapToCsv } from '../../../src/shared/export/csv';
import { mapToXlsx } from '../../../src/shared/export/xlsx';
import { readImportFiles } from '../../../src/shared/import';
import { run } from '../commands/run-operation';
import { newMap, tempDir, track } from '../store/temp-maps';
import { actorNamed, importFile, preview, utf8, workbookBytes } from './import-helpers';

const tieField = (store: MapStore, name: string): CustomField =>
  store.taxonomy().customFields.find((f) => f.name === name && f.appliesTo === 'tie')!;
const tieFrom = (store: MapStore, from: string, to: string): Tie => {
  const [a, b] = [actorNamed(store, from).id, actorNamed(store, to).id];
  return store.ties().find((t) => t.fromId === a && t.toId === b)!;
};

/** A map as version 6 (the last before 008 on this branch) wrote it: a field, an actor's value, ties and an undo step. */
function versionSevenMap(): string {
  const path = join(tempDir(), 'v7.caremap');
  const db = new Database(path);
  const before = MIGRATIONS.filter((m) => m.version < 8);
  applyMigrations(db, path, before);
  db.prepare("INSERT INTO map_meta (id, name, created_at) VALUES (1, 'Old map', '2025-01-01')").run();
  db.prepare(
    "INSERT INTO kinds (id, name, colour, shape, sort_order, people) VALUES ('k', 'Groups', '#111111', 'circle', 0, 0)",
  ).run();
  db.prepare(
    "INSERT INTO custom_fields (id, name, type, options_json, sort_order, safe) VALUES ('f', 'Budget', 'number', '[]', 0, 0)",
  ).run();
  const actor = db.prepare("INSERT INTO actors (id, name, kind_id, x, y) VALUES (?, ?, 'k', 0, 0)");
  actor.run('a', 'Ada');
  actor.run('b', 'Bea');
  db.prepare(
    "INSERT INTO actor_field_values (actor_id, field_id, value_json, position) VALUES ('a', 'f', '1200', 0)",
  ).run();
  db.prepare(
    "INSERT INTO ties (id, from_actor_id, to_actor_id, tie_type_id, direction, notes) VALUES ('t', 'a', 'b', NULL, 'one-way', 'weekly')",
  ).run();
  const oldTie = { id: 't', fromId: 'a', toId: 'b', tieTypeId: null, direction: 'one-way', notes: 'monthly' };
  const set = (ties: object[]) => JSON.stringify({ actors: [], ties });
  db.prepare(
    "INSERT INTO history (label, before_json, after_json, undone, created_at) VALUES ('Edit tie', ?, ?, 0, '2025-01-01')",
  ).run(set([oldTie]), set([{ ...oldTie, notes: 'weekly' }]));
  db.close();
  return path;
}

describe('tie fields in the store', () => {
  it('migration 008 keeps a version-7 map’s data: fields stay actors’, ties get no values, old undo steps still undo', () => {
    const store = track(openMapStore(versionSevenMap()));
    expect(store.taxonomy().customFields).toEqual([
      { id: 'f', name: 'Budget', type: 'number', options: [], sortOrder: 0, safe: false, appliesTo: 'actor' },
    ]);
    expect(actorNamed(store, 'Ada').customValues).toEqual({ f: 1200 });
    expect(store.ties()).toMatchObject([{ id: 't', notes: 'weekly', customValues: {} }]);
    undo(store);
    expect(store.ties()).toMatchObject([{ id: 't', notes: 'monthly', customValues: {} }]);
    // The pair rule changed with it: B→A is now a tie of its own beside A→B.
    run(store, 'ties.create', { fromId: 'b', toId: 'a' });
    expect(store.ties()).toHaveLength(2);
  });

  it('a field for ties is made, filled, converted, cleared with its delete and undone, and refused on actors', () => {
    const store = newMap();
    const [ada, bea] = ['Ada', 'Bea'].map(
      (name) => run(store, 'actors.create', { name, kindId: store.kinds()[0]!.id, x: 0, y: 0 }).changes.actorsPut[0]!,
    );
    const tie = run(store, 'ties.create', { fromId: ada!.id, toId: bea!.id }).changes.tiesPut[0]!;
    const hours = run(store, 'customFields.create', { name: 'Hours a week', type: 'text', appliesTo: 'tie' }).changes
      .taxonomy!.customFields[0]!;
    expect(hours.appliesTo).toBe('tie');
    run(store, 'ties.update', { ids: [tie.id], patch: { customValues: { [hours.id]: '4.5' } } });
    expect(store.ties()[0]!.customValues).toEqual({ [hours.id]: '4.5' });
    run(store, 'customFields.update', { id: hours.id, type: 'number' });
    expect(store.ties()[0]!.customValues).toEqual({ [hours.id]: 4.5 });
    // An actor cannot hold a ties' field.
    expect(() => run(store, 'actors.update', { ids: [ada!.id], patch: { customValues: { [hours.id]: 3 } } })).toThrow(
      /not in this map/,
    );
    run(store, 'customFields.delete', { id: hours.id });
    expect(store.ties()[0]!.customValues).toEqual({});
    undo(store);
    expect(store.ties()[0]!.customValues).toEqual({ [hours.id]: 4.5 });
  });

  it('A→B and B→A are two one-way ties; a mutual tie, or turning one of the two mutual, is refused', () => {
    const store = newMap();
    const [ada, bea] = ['Ada', 'Bea'].map(
      (name) => run(store, 'actors.create', { name, kindId: store.kinds()[0]!.id, x: 0, y: 0 }).changes.actorsPut[0]!,
    );
    const there = run(store, 'ties.create', { fromId: ada!.id, toId: bea!.id }).changes.tiesPut[0]!;
    run(store, 'ties.create', { fromId: bea!.id, toId: ada!.id });
    expect(() => run(store, 'ties.create', { fromId: ada!.id, toId: bea!.id })).toThrow(
      'There is already a tie from “Ada” to “Bea”.',
    );
    expect(() => run(store, 'ties.create', { fromId: bea!.id, toId: ada!.id, direction: 'mutual' })).toThrow(
      /There is already a tie/,
    );
    expect(() => run(store, 'ties.update', { ids: [there.id], patch: { direction: 'mutual' } })).toThrow(
      /would have two ties with no type/,
    );
    // Turned round onto its tie back, it would be a second B→A; turning both round would only swap them.
    expect(() => run(store, 'ties.update', { ids: [there.id], patch: { reverse: true } })).toThrow(
      /would have two ties with no type/,
    );
    expect(() => run(store, 'ties.update', { ids: store.ties().map((t) => t.id), patch: { reverse: true } })).toThrow(
      '“Ada” and “Bea” have a tie each way; turning both round would only swap them. Reverse one of them.',
    );
    expect(store.ties()).toHaveLength(2);
  });
});

/** Ada → Bea with a number, a text and a choice field of the ties, and Bea → Ada with only one of them. */
function mapWithTieFields(): MapStore {
  const store = newMap();
  const kindId = store.kinds()[0]!.id;
  const [ada, bea] = ['Ada', 'Bea'].map(
    (name) => run(store, 'actors.create', { name, kindId, x: 0, y: 0 }).changes.actorsPut[0]!,
  );
  const there = run(store, 'ties.create', { fromId: ada!.id, toId: bea!.id }).changes.tiesPut[0]!;
  const back = run(store, 'ties.create', { fromId: bea!.id, toId: ada!.id }).changes.tiesPut[0]!;
  const field = (name: string, type: 'number' | 'text' | 'choice', options?: string[]) =>
    run(store, 'customFields.create', { name, type, options, appliesTo: 'tie' }).changes.taxonomy!.customFields.at(-1)!;
  const [weight, how, often] = [
    field('Weight', 'number'),
    field('How they met', 'text'),
    field('How often', 'choice', ['Weekly', 'Monthly']),
  ];
  run(store, 'customFields.create', { name: 'Budget', type: 'number' });
  run(store, 'ties.update', {
    ids: [there.id],
    patch: { customValues: { [weight.id]: 17.25, [how.id]: 'At the lunch club, 2019', [often.id]: 'Weekly' } },
  });
  run(store, 'ties.update', { ids: [back.id], patch: { customValues: { [weight.id]: 3 } } });
  return store;
}

function expectSameTieValues(from: MapStore, to: MapStore, types: Record<string, string>) {
  for (const [a, b] of [
    ['Ada', 'Bea'],
    ['Bea', 'Ada'],
  ] as const) {
    const named = (store: MapStore, tie: Tie) =>
      Object.fromEntries(
        Object.entries(tie.customValues).map(([id, value]) => [
          store.taxonomy().customFields.find((f) => f.id === id)!.name,
          value,
        ]),
      );
    expect(named(to, tieFrom(to, a, b))).toEqual(named(from, tieFrom(from, a, b)));
  }
  for (const [name, type] of Object.entries(types)) expect(tieField(to, name).type).toBe(type);
  // Tie fields stay off the actors' sheet, and the actors' field off the ties'.
  expect(to.taxonomy().customFields.find((f) => f.name === 'Budget')?.appliesTo ?? 'actor').toBe('actor');
}

describe('tie fields through the spreadsheets', () => {
  it('round-trips through Caremap’s own xlsx: values, types and choices, and two ties between one pair', () => {
    const source = mapWithTieFields();
    const bytes = mapToXlsx(source.document(), { exportedOn: '2026-12-06', anonymised: false, appVersion: 'test' });
    const target = newMap();
    const result = importFile(target, 'export.xlsx', bytes);
    expect(result.summary.counts).toMatchObject({ actorsAdded: 2, tiesAdded: 2 });
    expect(result.summary.problems).toEqual([]);
    expectSameTieValues(source, target, { Weight: 'number', 'How they met': 'text', 'How often': 'choice' });
    expect(tieField(target, 'How often').options).toEqual(['Weekly', 'Monthly']);
  });

  it('round-trips through the two CSV files: values come back, numbers as number fields', () => {
    const source = mapWithTieFields();
    const csv = mapToCsv(source.document());
    expect(csv.ties.split('\r\n')[0]).toBe(
      '\uFEFFFrom,To,Tie type,Direction,Strength,Status,Since,Notes,Weight,How they met,How often',
    );
    const target = newMap();
    const workbook = readImportFiles([
      { fileName: 'actors.csv', bytes: utf8(csv.actors) },
      { fileName: 'ties.csv', bytes: utf8(csv.ties) },
    ]);
    const result = commitImport(target, workbook, {});
    expect(result.summary.counts).toMatchObject({ actorsAdded: 2, tiesAdded: 2 });
    // Without a Fields sheet a choice field comes back as text: its values are still exactly the same.
    expectSameTieValues(source, target, { Weight: 'number', 'How they met': 'text', 'How often': 'text' });
  });
});

describe('a partner’s tie columns and weights', () => {
  it('a Kumu-like workbook’s extra connection columns become typed tie fields, each listed with where it goes', () => {
    const store = newMap();
    const bytes = workbookBytes({
      Elements: [
        ['Label', 'Type'],
        ['Ada', 'Person'],
        ['Bea', 'Person'],
        ['Cafe', 'Organisation'],
      ],
      Connections: [
        ['From', 'To', 'Type', 'Amount (EUR bn)', 'Agreement', 'Year'],
        ['Ada', 'Bea', 'loan', '110', 'Bilateral', '2010'],
        ['Bea', 'Cafe', 'loan', '28.5', '', '2011'],
        ['Cafe', 'Ada', 'loan', '', 'EFSF', 'unknown'],
      ],
    });
    const shown = preview(store, 'euro.xlsx', bytes);
    const ties = shown.sheets.find((s) => s.name === 'Connections')!;
    expect(ties.columns.map((c) => [c.header, shown.choices.tieColumns[c.index]])).toEqual([
      ['From', 'from'],
      ['To', 'to'],
      ['Type', 'tieType'],
      ['Amount (EUR bn)', 'customNumber'],
      ['Agreement', 'custom'],
      ['Year', 'custom'],
    ]);
    expect(shown.problemCount).toBe(0);
    importFile(store, 'euro.xlsx', bytes);
    const [amount, agreement, year] = ['Amount (EUR bn)', 'Agreement', 'Year'].map((n) => tieField(store, n));
    expect([amount!.type, agreement!.type, year!.type]).toEqual(['number', 'text', 'text']);
    expect(tieFrom(store, 'Ada', 'Bea').customValues).toEqual({
      [amount!.id]: 110,
      [agreement!.id]: 'Bilateral',
      [year!.id]: '2010',
    });
    expect(tieFrom(store, 'Bea', 'Cafe').customValues).toEqual({ [amount!.id]: 28.5, [year!.id]: '2011' });
    expect(tieFrom(store, 'Cafe', 'Ada').customValues).toEqual({ [agreement!.id]: 'EFSF', [year!.id]: 'unknown' });
    // Actors' screens see only actors' fields: none were made from the tie sheet.
    expect(store.taxonomy().customFields.filter((f) => f.appliesTo === 'actor')).toEqual([]);
  });

  it('keeps a numeric weight exactly in a Weight field beside the three-level strength (Gephi, GEXF, Kumu numbers)', () => {
    const store = newMap();
    const edges = [
      'Source,Target,Type,Weight',
      'a,b,Directed,1',
      'b,c,Directed,31',
      'c,a,Directed,2.675',
      'a,d,Directed,0.1',
    ].join('\n');
    importFile(store, 'edges.csv', utf8(edges));
    const weight = tieField(store, 'Weight');
    expect(weight.type).toBe('number');
    const got = [
      ['a', 'b'],
      ['b', 'c'],
      ['c', 'a'],
      ['a', 'd'],
    ].map(([x, y]) => tieFrom(store, x!, y!));
    expect(got.map((t) => t.customValues[weight.id])).toEqual([1, 31, 2.675, 0.1]);
    expect(got.map((t) => t.strength)).toEqual(['weak', 'strong', 'weak', 'weak']);
    const gexf = `<?xml version="1.0" encoding="UTF-8"?><gexf xmlns="http://gexf.net/1.3" version="1.3"><graph defaultedgetype="undirected">
      <nodes><node id="1" label="P"/><node id="2" label="Q"/></nodes><edges><edge source="1" target="2" weight="12.5"/></edges></graph></gexf>`;
    const other = newMap();
    importFile(other, 'w.gexf', utf8(gexf));
    expect(other.ties()[0]!.customValues[tieField(other, 'Weight').id]).toBe(12.5);
  });
});

describe('the command line', () => {
  it('imports A→B and B→A as two ties, or as one mutual tie with --mutual', async () => {
    const dir = tempDir();
    const file = join(dir, 'links.csv');
    writeFileSync(file, 'From,To\nAda,Bea\nBea,Ada\nBea,Cy\n');
    const io = { out: () => {}, err: () => {} };
    const [apart, merged] = [join(dir, 'apart.caremap'), join(dir, 'merged.caremap')];
    expect(await runCli(['import', file, '--into', apart, '--create-missing'], io)).toBe(0);
    expect(await runCli(['import', file, '--into', merged, '--create-missing', '--mutual'], io)).toBe(0);
    const directions = (path: string) =>
      track(openMapStore(path))
        .ties()
        .map((t) => t.direction);
    expect(directions(apart)).toEqual(['one-way', 'one-way', 'one-way']);
    expect(directions(merged)).toEqual(['mutual', 'one-way']);
  });
});
