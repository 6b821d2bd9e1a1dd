// Writes tests/fixtures/map-v2.caremap the way Caremap's schema version 2 wrote maps, through version 2's own store and
// commands, so its undo history holds version-2 records. Only meaningful at a commit where the schema is at version 2
// (the commit that added this script: `git log --diff-filter=A -- scripts/make-fixture-v2.ts`); it refuses otherwise.
// Run with `npx tsx scripts/make-fixture-v2.ts`; the file is committed and tests open copies of it.
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import {
  createActor,
  createTie,
  deleteElements,
  moveActors,
  renameActor,
  setActorKind,
  undo,
} from '../src/main/commands';
import { createMapStore, CURRENT_SCHEMA_VERSION, seedTaxonomy } from '../src/main/store';

if (CURRENT_SCHEMA_VERSION !== 2) {
  console.error(
    `This checkout writes schema version ${CURRENT_SCHEMA_VERSION}, not 2; check out the commit that added this script.`,
  );
  process.exit(1);
}

const target = join(import.meta.dirname, '..', 'tests', 'fixtures', 'map-v2.caremap');
if (existsSync(target)) rmSync(target);

const taxonomy = seedTaxonomy();
const store = createMapStore(target, {
  name: 'Fixture map v2',
  createdAt: '2025-06-02T09:30:00.000Z',
  kinds: taxonomy.kinds,
  tieTypes: taxonomy.tieTypes,
});
const kind = (key: string) => taxonomy.kindIdByKey.get(key)!;
const tieType = (key: string) => taxonomy.tieTypeIdByKey.get(key)!;

const add = (name: string, kindKey: string, x: number, y: number) =>
  createActor(store, { name, kindId: kind(kindKey), x, y }).changes.actorsPut[0]!;
const ada = add('Ada Okafor', 'individual', 0, 0);
const maple = add('Maple Street Mutual Aid', 'grassroots', 220, 0);
const hub = add('Millbrook Community Hub', 'hub', 440, 0);
const gp = add('Millbrook Medical Practice', 'statutory', 440, 100);
const tomasz = add('Tomasz', 'individual', 0, 100);
const fridge = add('Community Fridge', 'charity', 220, 200);

createTie(store, { fromId: ada.id, toId: maple.id, tieTypeId: tieType('volunteering'), direction: 'one-way' });
createTie(store, { fromId: maple.id, toId: hub.id, tieTypeId: tieType('shared-space'), direction: 'mutual' });
createTie(store, { fromId: gp.id, toId: hub.id, tieTypeId: tieType('referral'), direction: 'one-way' });
createTie(store, { fromId: tomasz.id, toId: ada.id, tieTypeId: null, direction: 'none' });
createTie(store, { fromId: fridge.id, toId: maple.id, tieTypeId: tieType('supply'), direction: 'one-way' });

moveActors(store, { moves: [{ id: hub.id, x: 460, y: 20 }] });
renameActor(store, { id: tomasz.id, name: 'Tomasz Nowak' });
setActorKind(store, { ids: [fridge.id], kindId: kind('grassroots') });
// A delete whose undo (after the upgrade) must bring back a version-2 actor and its tie.
deleteElements(store, { actorIds: [fridge.id], tieIds: [] });
// One undone step, so the upgraded file also has something to redo.
moveActors(store, { moves: [{ id: ada.id, x: -20, y: 0 }] });
undo(store);

store.close();
console.log(`Wrote ${target}`);
