// Version 8: ties get custom fields like actors have, and A→B and B→A may be two one-way ties of the same type.
import type { Migration } from './migration';

export const migration008: Migration = {
  version: 8,
  name: '008-tie-fields-and-directed-pairs',
  up(db) {
    db.exec(`
      -- Existing fields were all made for actors, so they stay actors' fields.
      ALTER TABLE custom_fields ADD COLUMN applies_to TEXT NOT NULL DEFAULT 'actor' CHECK (applies_to IN ('actor', 'tie'));
      -- A tie's values as one JSON object keyed by field id, in the order written: ties are read whole and never
      -- searched by value inside SQL, and deleting a field clears its values in the same command.
      ALTER TABLE ties ADD COLUMN custom_values_json TEXT NOT NULL DEFAULT '{}';
      -- Version 2 allowed one tie of a type per unordered pair, so a directed source's A→B and B→A could not both be
      -- kept. Now: one tie per ordered pair and type, and a mutual or undirected tie still holds the pair both ways
      -- round (the command checks the mixed case, one-way against mutual, before writing).
      DROP INDEX ties_one_per_type_per_pair;
      CREATE UNIQUE INDEX ties_one_per_type_per_ordered_pair ON ties (from_actor_id, to_actor_id, ifnull(tie_type_id, ''));
      CREATE UNIQUE INDEX ties_one_undirected_per_type_per_pair
        ON ties (min(from_actor_id, to_actor_id), max(from_actor_id, to_actor_id), ifnull(tie_type_id, ''))
        WHERE direction <> 'one-way';
    `);
  },
};
