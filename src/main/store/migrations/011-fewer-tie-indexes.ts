// Version 11: three indexes on ties go. Every tie written (an import of 60,000 ties above all) paid to keep them,
// and none is needed: looking ties up by their first actor, and the foreign key check when an actor is deleted, use
// the unique ordered-pair index, whose first column is that actor; ties of one type or status are only looked up when
// that type or status is renamed into another or deleted — rare, deliberate steps where reading the ties table once
// (milliseconds at 100,000 ties) costs less than every import and every new tie paying for two more indexes.
import type { Migration } from './migration';

export const migration011: Migration = {
  version: 11,
  name: '011-fewer-tie-indexes',
  up(db) {
    db.exec(`
      DROP INDEX ties_by_from;
      DROP INDEX ties_by_type;
      DROP INDEX ties_by_status;
    `);
  },
};
