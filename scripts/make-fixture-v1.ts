// Writes tests/fixtures/map-v1.caremap as Caremap's schema version 1 wrote maps: only migration 001, a few actors and
// ties, no history table. Run once with `npx tsx scripts/make-fixture-v1.ts`; the file is committed and tests open
// copies of it to prove the upgrade path. The SQL here stands in for version-1 code, so it is frozen on purpose.
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { migration001 } from '../src/main/store/migrations/001-core-tables';
import { applyMigrations } from '../src/main/store/migrate';

const target = join(import.meta.dirname, '..', 'tests', 'fixtures', 'map-v1.caremap');
if (existsSync(target)) rmSync(target);

const db = new Database(target);
db.pragma('journal_mode = WAL');
applyMigrations(db, target, [migration001]);

db.transaction(() => {
  db.prepare('INSERT INTO map_meta (id, name, created_at) VALUES (1, ?, ?)').run(
    'Fixture map v1',
    '2025-01-15T10:00:00.000Z',
  );
  const kind = db.prepare('INSERT INTO kinds (id, name, colour, shape, sort_order) VALUES (?, ?, ?, ?, ?)');
  kind.run('kind-individual', 'Individual active citizen', '#E69F00', 'circle', 0);
  kind.run('kind-grassroots', 'Grassroots or mutual aid group', '#009E73', 'hexagon', 1);
  kind.run('kind-statutory', 'Statutory service', '#D55E00', 'triangle', 2);
  const tieType = db.prepare('INSERT INTO tie_types (id, name, colour, sort_order) VALUES (?, ?, ?, ?)');
  tieType.run('type-peer', 'Peer support', '#E69F00', 0);
  tieType.run('type-referral', 'Referral', '#0072B2', 1);
  const actor = db.prepare('INSERT INTO actors (id, name, kind_id, x, y) VALUES (?, ?, ?, ?, ?)');
  actor.run('actor-ada', 'Ada Okafor', 'kind-individual', 0, 0);
  actor.run('actor-maple', 'Maple Street Mutual Aid', 'kind-grassroots', 220, 0);
  actor.run('actor-gp', 'Millbrook Medical Practice', 'kind-statutory', 440, 100.5);
  actor.run('actor-tomasz', 'Tomasz Nowak', 'kind-individual', 0, 100);
  const tie = db.prepare(
    'INSERT INTO ties (id, from_actor_id, to_actor_id, tie_type_id, direction) VALUES (?, ?, ?, ?, ?)',
  );
  tie.run('tie-1', 'actor-ada', 'actor-maple', 'type-peer', 'mutual');
  tie.run('tie-2', 'actor-gp', 'actor-maple', 'type-referral', 'one-way');
  tie.run('tie-3', 'actor-tomasz', 'actor-ada', null, 'none');
})();

db.close();
console.log(`Wrote ${target}`);
