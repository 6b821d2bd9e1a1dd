// The taxonomy's five tables behind one interface (list, find, upsert, delete), so a change set writes any of them alike.
import type { Taxonomy, TaxonomyList } from '../../shared/domain';
import type { DbCareOffer, DbCustomField, DbKind, DbTieStatus, DbTieType } from './row-types';
import { columnsOf, rowWriter } from './row-writer';
import type { Connection } from './sql-connection';
import * as mapping from './taxonomy-row-mapping';

export interface TaxonomyTable<R extends { id: string }> {
  list(conn: Connection): R[];
  find(conn: Connection, id: string): R | undefined;
  upsert(conn: Connection, records: readonly R[]): void;
  delete(conn: Connection, ids: readonly string[]): void;
}

function table<R extends { id: string }, Row extends { id: string }>(
  name: string,
  columns: readonly (keyof Row & string)[],
  fromRow: (row: Row) => R,
  toRow: (record: R) => Row,
): TaxonomyTable<R> {
  const writer = rowWriter<Row>(name, columns);
  return {
    list: (conn) => conn.all<Row>(`SELECT * FROM ${name} ORDER BY sort_order, name`).map(fromRow),
    find: (conn, id) => {
      const row = conn.get<Row>(`SELECT * FROM ${name} WHERE id = ?`, id);
      return row ? fromRow(row) : undefined;
    },
    upsert: (conn, records) => {
      for (const record of records) writer.upsert(conn, toRow(record));
    },
    delete: (conn, ids) => {
      if (ids.length > 0)
        conn.run(`DELETE FROM ${name} WHERE id IN (SELECT value FROM json_each(?))`, JSON.stringify(ids));
    },
  };
}

export const TAXONOMY_TABLES: { [K in TaxonomyList]: TaxonomyTable<Taxonomy[K][number]> } = {
  kinds: table(
    'kinds',
    columnsOf<DbKind>()(['id', 'name', 'colour', 'shape', 'sort_order', 'people']),
    mapping.kindFromRow,
    mapping.kindToRow,
  ),
  tieTypes: table(
    'tie_types',
    columnsOf<DbTieType>()(['id', 'name', 'colour', 'sort_order']),
    mapping.tieTypeFromRow,
    mapping.tieTypeToRow,
  ),
  tieStatuses: table(
    'tie_statuses',
    columnsOf<DbTieStatus>()(['id', 'name', 'line_style', 'sort_order']),
    mapping.tieStatusFromRow,
    mapping.tieStatusToRow,
  ),
  careOffers: table(
    'care_offers',
    columnsOf<DbCareOffer>()(['id', 'name', 'sort_order']),
    mapping.careOfferFromRow,
    mapping.careOfferToRow,
  ),
  customFields: table(
    'custom_fields',
    columnsOf<DbCustomField>()(['id', 'name', 'type', 'options_json', 'sort_order', 'safe', 'applies_to']),
    mapping.customFieldFromRow,
    mapping.customFieldToRow,
  ),
};

/** Generic over the list's name, so callers keep the record type (a Kind stays a Kind). */
export function taxonomyTable<K extends TaxonomyList>(list: K): TaxonomyTable<Taxonomy[K][number]> {
  return TAXONOMY_TABLES[list];
}

export function readTaxonomy(conn: Connection): Taxonomy {
  return {
    kinds: TAXONOMY_TABLES.kinds.list(conn),
    tieTypes: TAXONOMY_TABLES.tieTypes.list(conn),
    tieStatuses: TAXONOMY_TABLES.tieStatuses.list(conn),
    careOffers: TAXONOMY_TABLES.careOffers.list(conn),
    customFields: TAXONOMY_TABLES.customFields.list(conn),
  };
}
