// Writes tests/fixtures/map-v3.caremap the way Caremap's schema version 3 wrote maps (before snapshots), through
// version 3's own store and commands: actors with details, custom field values, ties with statuses, and an undo
// history. Only meaningful at a checkout whose schema is at version 3 (main before migration 004, e.g. commit
// e457c52: `git archive e457c52 src | tar -x -C DIR`, copy this script to DIR/scripts, run it there); it refuses otherwise.
// Run with `npx tsx scripts/make-fixture-v3.ts [target]`; the file is committed and tests open copies of it.
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { createActor, createCustomField, createTie, moveActors, undo, updateActors } from '../src/main/commands';
import { createMapStore, CURRENT_SCHEMA_VERSION, seedTaxonomy, taxonomyOf } from '../src/main/store';

if (CURRENT_SCHEMA_VERSION !== 3) {
  console.error(
    `This checkout writes schema version ${CURRENT_SCHEMA_VERSION}, not 3; see the first lines of this script.`,
  );
  process.exit(1);
}

const target = process.argv[2] ?? join(import.meta.dirname, '..', 'tests', 'fixtures', 'map-v3.caremap');
if (existsSync(target)) rmSync(target);

const taxonomy = seedTaxonomy();
const store = createMapStore(target, {
  name: 'Fixture map v3',
  createdAt: '2026-11-01T10:00:00.000Z',
  ...taxonomyOf(taxonomy),
});
const kind = (key: string) => taxonomy.kindIdByKey.get(key)!;
const tieType = (key: string) => taxonomy.tieTypeIdByKey.get(key)!;
const workshop = { source: 'workshop' as const, label: 'Workshop 1', recordedOn: '2026-11-01' };

const add = (name: string, kindKey: string, x: number, y: number) =>
  createActor(store, { name, kindId: kind(kindKey), x, y, provenance: workshop }).changes.actorsPut[0]!;
const ada = add('Ada Okafor', 'individual', 0, 0);
const pantry = add('Maple Street Pantry', 'grassroots', 220, 0);
const gp = add('Millbrook Medical Practice', 'statutory', 440, 0);

const field = createCustomField(store, { name: 'Volunteers', type: 'number' }).changes.taxonomy!.customFields[0]!;
updateActors(store, {
  ids: [pantry.id],
  patch: { customValues: { [field.id]: 12 }, tags: ['food'], careOfferIds: [taxonomy.careOffers[2]!.id] },
});
const status = store.list('tieStatuses')[0]!;
createTie(store, {
  fromId: gp.id,
  toId: pantry.id,
  tieTypeId: tieType('referral'),
  direction: 'one-way',
  statusId: status.id,
  provenance: workshop,
});
createTie(store, { fromId: ada.id, toId: pantry.id, tieTypeId: tieType('volunteering'), direction: 'one-way' });
moveActors(store, { moves: [{ id: ada.id, x: 10, y: 40 }] });
undo(store); // the move, left redoable
store.close();
console.log(`Wrote ${target}`);
