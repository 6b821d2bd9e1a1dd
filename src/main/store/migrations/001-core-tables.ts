// Version 1: the map's metadata, its taxonomy (kinds, tie types), actors with positions, and ties.
import { CAREMAP_APPLICATION_ID } from '../file-format';
import type { Migration } from './migration';

export const migration001: Migration = {
  version: 1,
  name: '001-core-tables',
  up(db) {
    db.pragma(`application_id = ${CAREMAP_APPLICATION_ID}`);
    db.exec(`
      CREATE TABLE map_meta (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        name TEXT NOT NULL,
        created_at TEXT NOT NULL
      );
      CREATE TABLE kinds (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        colour TEXT NOT NULL,
        shape TEXT NOT NULL,
        sort_order INTEGER NOT NULL
      );
      CREATE TABLE tie_types (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        colour TEXT NOT NULL,
        sort_order INTEGER NOT NULL
      );
      CREATE TABLE actors (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        kind_id TEXT NOT NULL REFERENCES kinds(id),
        x REAL NOT NULL,
        y REAL NOT NULL
      );
      CREATE TABLE ties (
        id TEXT PRIMARY KEY,
        from_actor_id TEXT NOT NULL REFERENCES actors(id),
        to_actor_id TEXT NOT NULL REFERENCES actors(id),
        tie_type_id TEXT REFERENCES tie_types(id) ON DELETE SET NULL,
        direction TEXT NOT NULL CHECK (direction IN ('one-way', 'mutual', 'none')),
        CHECK (from_actor_id <> to_actor_id)
      );
    `);
  },
};
