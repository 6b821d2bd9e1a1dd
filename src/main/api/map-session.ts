// The map this backend has open (at most one): opening, creating and switching, with recents kept up to date.
import { basename, extname, resolve } from 'node:path';
import type { MapDocument } from '../../shared/domain';
import { CaremapError } from '../../shared/errors';
import { rememberOpenedMap } from '../settings';
import { openMapStore, seedTaxonomy, taxonomyOf, writeNewMapFile, type MapStore, type MapStoreOptions } from '../store';

export class MapSession {
  private store: MapStore | null = null;

  constructor(
    private readonly dataDir: string,
    private readonly storeOptions: MapStoreOptions = {},
  ) {}

  current(): MapStore | null {
    return this.store;
  }

  /** The open map, for operations that need one. */
  require(): MapStore {
    if (!this.store) throw new CaremapError('no-map-open', 'No map is open. Open a map or make a new one first.');
    return this.store;
  }

  /** Opens `path`; the previous map is closed only once the new one has opened, so a failure leaves it open. */
  open(path: string): MapDocument {
    const target = resolve(path);
    // This window already holds the map's lock; opening it again would report it as in use by "another window".
    if (this.store?.path === target) return this.store.document();
    const next = openMapStore(target, this.storeOptions);
    this.store?.close();
    this.store = next;
    const document = next.document();
    rememberOpenedMap(this.dataDir, { path: target, name: document.info.name });
    return document;
  }

  /** Makes a new map with the seed's lists (kinds, tie types, tie statuses, care offers) at `path` (refusing 'file-exists') and opens it. */
  create(path: string, name?: string): MapDocument {
    const target = resolve(path);
    const mapName = name ?? basename(target, extname(target));
    writeNewMapFile(target, { name: mapName, ...taxonomyOf(seedTaxonomy()) }, this.storeOptions);
    return this.open(target);
  }

  close(): void {
    this.store?.close();
    this.store = null;
  }
}
