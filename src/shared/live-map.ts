// The change stream's contract: how every open view of a map follows the file (events, sequence marks, call metadata).
import type { ChangeSet, HistoryState, LiveMark } from './domain';

export type { LiveMark };

/** One committed edit (any command, undo, import, restore, taxonomy change…) as every view must apply it. */
export interface MapChangedEvent extends LiveMark {
  /** The view that asked for the edit; null when main made it on its own (e.g. a native menu). */
  origin: string | null;
  changes: ChangeSet;
  /** The facilitator's own (the laptop's) undo history; a joined device's comes in the answers to its own edits. */
  history: HistoryState;
}

/** Another map took this one's place, or the map was closed (`mapId` null). */
export interface MapSwitchedEvent {
  mapId: string | null;
  name: string | null;
  path: string | null;
  previous: { mapId: string; name: string } | null;
  origin: string | null;
}

/** What a browser view hears first on connecting: the open map's mark, to compare with what it loaded. */
export type StreamHelloEvent = { mapId: string | null; seq: number };

/** What each API call says about the view making it; both transports carry it beside the input. */
export interface CallMeta {
  /** A random id per open view (tab or window), so a view can tell its own edits in the stream. */
  viewId?: string;
  /** The map the view believes it is editing: main refuses a map-bound call for any other. */
  mapId?: string;
  /**
   * Who is making the call: absent for the facilitator's own views on this laptop; a device that joined the room
   * (see room.ts) is set here by the share listener from its token, never from anything the device sends. Undo is
   * per person and provenance names them.
   */
  participant?: { id: string; name: string };
  /**
   * The map's version (its change count, `LiveMark.version`) the view's edit is based on: fields changed after it are
   * not overwritten (a `stale-edit` refusal); absent (the CLI, tests, old callers) means "as the map is now".
   */
  baseVersion?: number;
}

export const VIEW_HEADER = 'x-caremap-view';
export const MAP_HEADER = 'x-caremap-map';
export const BASE_HEADER = 'x-caremap-base';
export const EVENTS_PATH = '/events';

const ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;

/** Keeps only well-formed ids: metadata comes from outside and is never trusted to be a string. */
export function cleanCallMeta(raw: { viewId?: unknown; mapId?: unknown; baseVersion?: unknown } | undefined): CallMeta {
  const meta: CallMeta = {};
  if (typeof raw?.viewId === 'string' && ID_PATTERN.test(raw.viewId)) meta.viewId = raw.viewId;
  if (typeof raw?.mapId === 'string' && ID_PATTERN.test(raw.mapId)) meta.mapId = raw.mapId;
  const base =
    typeof raw?.baseVersion === 'string' && /^\d{1,15}$/.test(raw.baseVersion)
      ? Number(raw.baseVersion)
      : raw?.baseVersion;
  if (typeof base === 'number' && Number.isSafeInteger(base) && base >= 0) meta.baseVersion = base;
  return meta;
}
