// The map this backend has open (at most one): opening, creating and switching, with recents kept up to date.
import { randomUUID } from 'node:crypto';
import { basename, extname, resolve } from 'node:path';
import type { CanvasDocument } from '../../shared/canvas-records';
import type { CanvasPayload } from '../../shared/canvas-pack';
import type { LiveMark } from '../../shared/domain';
import { CaremapError } from '../../shared/errors';
import { rememberOpenedMap } from '../settings';
import { CanvasPayloadCache } from './canvas-payload-cache';
import { currentCallMeta } from './call-context';
import { openMapStore, seedTaxonomy, taxonomyOf, writeNewMapFile, type MapStore, type MapStoreOptions } from '../store';

export class MapSession {
  private store: MapStore | null = null;
  /** This opening's identity and edit count in the change stream (see in-step.ts). */
  private mark: LiveMark | null = null;
  /** The open map's packed canvas, read once per state of the file. */
  private readonly packed = new CanvasPayloadCache();

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

  /** The open map's place in the change stream; null when none is open. */
  live(): LiveMark | null {
    return this.mark ? { ...this.mark } : null;
  }

  /** Counts one published edit and returns its mark. */
  nextSeq(): LiveMark {
    if (!this.mark) throw new CaremapError('no-map-open', 'No map is open. Open a map or make a new one first.');
    this.mark.seq += 1;
    return { ...this.mark };
  }

  /** The open map with slim records, and its place in the stream, so a view can follow from there. */
  document(): CanvasDocument | null {
    if (!this.store || !this.mark) return null;
    // Undo is per person: the caller's own history (the laptop's when main asks for itself).
    const history = this.store.history.state(currentCallMeta().participant?.id ?? null);
    return { ...this.store.canvasDocument(), history, live: { ...this.mark, version: this.store.changeCount() } };
  }

  /** What map.current, map.open and map.new answer: the packed canvas (cached per state of the file), this caller's history and the stream mark. */
  payload(): CanvasPayload | null {
    if (!this.store || !this.mark) return null;
    const history = this.store.history.state(currentCallMeta().participant?.id ?? null);
    const live = { ...this.mark, version: this.store.changeCount() };
    return { ...this.packed.canvasOf(this.store), history, live };
  }

  /** Opens `path`; the previous map is closed only once the new one has opened, so a failure leaves it open. */
  open(path: string): CanvasDocument {
    const target = resolve(path);
    // This window already holds the map's lock; opening it again would report it as in use by "another window".
    if (this.store?.path === target) return this.document()!;
    const next = openMapStore(target, this.storeOptions);
    this.store?.close();
    this.store = next;
    // Short and URL-safe: it travels in a header on every call.
    this.mark = { mapId: randomUUID().replaceAll('-', ''), seq: 0 };
    const document = this.document()!;
    // The same read answers the window's first map.current, which at 20,000 actors would otherwise read it again.
    this.packed.remember(next, document);
    rememberOpenedMap(this.dataDir, { path: target, name: document.info.name });
    return document;
  }

  /** Makes a new map with the seed's lists (kinds, tie types, tie statuses, care offers) at `path` (refusing 'file-exists') and opens it. */
  create(path: string, name?: string): CanvasDocument {
    const target = resolve(path);
    const mapName = name ?? basename(target, extname(target));
    writeNewMapFile(target, { name: mapName, ...taxonomyOf(seedTaxonomy()) }, this.storeOptions);
    return this.open(target);
  }

  close(): void {
    this.packed.forget();
    this.store?.close();
    this.store = null;
    this.mark = null;
  }
}
