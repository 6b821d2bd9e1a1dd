// Version 3: what facilitators record on actors and ties (details, provenance), and the per-map lists they draw from.
import { randomUUID } from 'node:crypto';
import type { Migration } from './migration';

// Frozen copies of the seed lists as they were when this migration was written: a later change to the seed must not
// change what upgrading an old map produces.
const TIE_STATUSES_V3: readonly [name: string, lineStyle: string][] = [
  ['Generative', 'solid'],
  ['Engaged', 'long-dash'],
  ['Inactive', 'dashed'],
  ['Potential', 'dotted'],
];
const CARE_OFFERS_V3: readonly string[] = [
  'Peer support',
  'Emotional care',
  'Shared meals',
  'Mutual aid',
  'Community check-ins',
  'Wellbeing sessions',
  'Help with everyday tasks',
  'Advice',
  'Befriending',
  'Transport',
];

/** The provenance columns, the same on actors and ties; existing records were drawn by hand, so say so. */
const PROVENANCE_COLUMNS = [
  "source TEXT NOT NULL DEFAULT 'hand' CHECK (source IN ('hand', 'workshop', 'import'))",
  "source_label TEXT NOT NULL DEFAULT ''",
  'source_sheet TEXT',
  'source_row INTEGER',
  'recorded_on TEXT',
  "certainty TEXT NOT NULL DEFAULT 'confirmed' CHECK (certainty IN ('confirmed', 'reported', 'assumed'))",
];

const ACTOR_COLUMNS = [
  "description TEXT NOT NULL DEFAULT ''",
  // Care modes and tags are plain values with nothing to refer to, so a JSON list is enough; care offers and
  // custom values refer to the map's lists and get tables with foreign keys below.
  "care_modes_json TEXT NOT NULL DEFAULT '[]'",
  "role TEXT CHECK (role IN ('participant', 'collaborator', 'community-member'))",
  "address TEXT NOT NULL DEFAULT ''",
  "tags_json TEXT NOT NULL DEFAULT '[]'",
  "website TEXT NOT NULL DEFAULT ''",
  "email TEXT NOT NULL DEFAULT ''",
  "phone TEXT NOT NULL DEFAULT ''",
  "contact_other TEXT NOT NULL DEFAULT ''",
  "consent TEXT CHECK (consent IN ('given', 'not-asked', 'withdrawn'))",
  'consent_date TEXT',
  "notes TEXT NOT NULL DEFAULT ''",
  ...PROVENANCE_COLUMNS,
];

const TIE_COLUMNS = [
  "strength TEXT NOT NULL DEFAULT 'medium' CHECK (strength IN ('weak', 'medium', 'strong'))",
  // No ON DELETE action: deleting a status must say where its ties go (a command's job), never lose them silently.
  'status_id TEXT REFERENCES tie_statuses(id)',
  'since TEXT',
  "notes TEXT NOT NULL DEFAULT ''",
  ...PROVENANCE_COLUMNS,
];

export const migration003: Migration = {
  version: 3,
  name: '003-actor-details-and-taxonomy',
  up(db) {
    db.exec(`
      CREATE TABLE tie_statuses (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        line_style TEXT NOT NULL CHECK (line_style IN ('solid', 'long-dash', 'dashed', 'dotted')),
        sort_order INTEGER NOT NULL
      );
      CREATE TABLE care_offers (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        sort_order INTEGER NOT NULL
      );
      CREATE TABLE custom_fields (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        type TEXT NOT NULL CHECK (type IN ('text', 'number', 'boolean', 'choice', 'date')),
        options_json TEXT NOT NULL DEFAULT '[]',
        sort_order INTEGER NOT NULL
      );
    `);
    for (const column of ACTOR_COLUMNS) db.exec(`ALTER TABLE actors ADD COLUMN ${column}`);
    for (const column of TIE_COLUMNS) db.exec(`ALTER TABLE ties ADD COLUMN ${column}`);
    db.exec(`
      -- position keeps each actor's list in the order it was written, so a record reads back exactly as stored.
      CREATE TABLE actor_care_offers (
        actor_id TEXT NOT NULL REFERENCES actors(id) ON DELETE CASCADE,
        care_offer_id TEXT NOT NULL REFERENCES care_offers(id),
        position INTEGER NOT NULL,
        PRIMARY KEY (actor_id, care_offer_id)
      ) WITHOUT ROWID;
      CREATE INDEX actor_care_offers_by_offer ON actor_care_offers (care_offer_id);
      -- value_json holds the value with its JSON type (number, boolean or string).
      CREATE TABLE actor_field_values (
        actor_id TEXT NOT NULL REFERENCES actors(id) ON DELETE CASCADE,
        field_id TEXT NOT NULL REFERENCES custom_fields(id),
        value_json TEXT NOT NULL,
        position INTEGER NOT NULL,
        PRIMARY KEY (actor_id, field_id)
      ) WITHOUT ROWID;
      CREATE INDEX actor_field_values_by_field ON actor_field_values (field_id);
      CREATE INDEX ties_by_status ON ties (status_id);
      CREATE INDEX ties_by_type ON ties (tie_type_id);
    `);
    // A map made before this version gets the seeded lists now. A brand-new file has no map_meta row yet: its
    // creator writes its own lists next, and seeding here as well would give it every entry twice.
    if (db.prepare('SELECT 1 FROM map_meta').get() === undefined) return;
    const status = db.prepare('INSERT INTO tie_statuses (id, name, line_style, sort_order) VALUES (?, ?, ?, ?)');
    TIE_STATUSES_V3.forEach(([name, lineStyle], i) => status.run(randomUUID(), name, lineStyle, i));
    const offer = db.prepare('INSERT INTO care_offers (id, name, sort_order) VALUES (?, ?, ?)');
    CARE_OFFERS_V3.forEach((name, i) => offer.run(randomUUID(), name, i));
  },
};
