// The store's public face: open or create a map file, and the types other main-process code may hold.
export { openMapStore, type MapStoreOptions } from './open-map-file';
export { createMapStore, writeNewMapFile, type NewMapContent } from './create-map-file';
export { MapStore } from './map-store';
export { seedTaxonomy, type SeedTaxonomy } from './seed-taxonomy';
export { inspectMapFile } from './inspect-map-file';
export { DEFAULT_HISTORY_LIMIT } from './history-log';
export { CURRENT_SCHEMA_VERSION } from './migrations';
export { CAREMAP_APPLICATION_ID, MAP_FILE_EXTENSION } from './file-format';
export type { Patch, RecordSet, HistoryEntry } from './patch-types';
