// Version 9: the "Analysis & Overview" report as the facilitator edited it, kept in the map so it can be written over
// several evenings, with the figures it was written from (to tell when the map has changed since).
import type { Migration } from './migration';

export const migration009: Migration = {
  version: 9,
  name: '009-report-draft',
  up(db) {
    db.exec(`
      -- One row at most: a map has one report. The sections (heading and text each) and the figures are JSON, read
      -- and written whole, never queried inside. No row means the report is written afresh from the map.
      CREATE TABLE report_draft (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        sections_json TEXT NOT NULL,
        figures_json TEXT NOT NULL,
        saved_at TEXT NOT NULL
      );
    `);
  },
};
