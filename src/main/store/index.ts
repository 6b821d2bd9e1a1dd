// The store's public face: open or create a map file, and the types other main-process code may hold.
export { openMapStore, type MapStoreOptions } from './open-map-file';
export { createMapStore, writeNewMapFile, type NewMapContent } from './create-map-file';
export { MapStore, type KnownRecords } from './map-store';
export { writeShareCopy } from './share-copy';
export { FORGOTTEN_NAME } from './forget-person';
export { seedTaxonomy, taxonomyOf, type SeedTaxonomy } from './seed-taxonomy';
export { inspectMapFile } from './inspect-map-file';
export { DEFAULT_HISTORY_LIMIT } from './history-log';
export { CURRENT_SCHEMA_VERSION } from './migrations';
export { CAREMAP_APPLICATION_ID, MAP_FILE_EXTENSION } from './file-format';
export type { Patch, RecordSet, RecordCollection, RecordIds, RecordChanges, HistoryEntry } from './patch-types';
export { RECORD_COLLECTIONS, recordSet, recordChanges, noIds } from './record-sets';
export type { RecordVersion, VersionedTable } from './record-versions';
