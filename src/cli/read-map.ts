// Reads a whole map for a command that only looks at it (analyse, info, export).
import type { MapDocument } from '../shared/domain';
import { openMapStore } from '../main/store';

/**
 * openMapStore takes the map's exclusive lock while we read (a map open in the app is refused as "open in another
 * Caremap window", not half-read), and brings an older map up to the current schema, as opening it in the app would.
 */
export function readMapDocument(file: string): MapDocument {
  const store = openMapStore(file);
  try {
    return store.document();
  } finally {
    store.close();
  }
}
