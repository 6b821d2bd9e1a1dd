// The slim document's wire form: actors and ties as columns, ties' ends and every list id as numbers, so each tie
// costs its own id and a few digits instead of three 36-character ids and seven key names. Packed by main's
// map.current / map.open / map.new, unpacked once by the window.
import type { CanvasActor, CanvasDocument, CanvasTie } from './canvas-records';
import {
  TIE_DIRECTIONS,
  TIE_STRENGTHS,
  type ActorId,
  type KindId,
  type MapDocument,
  type TieId,
  type TieStatusId,
  type TieTypeId,
} from './domain';

export interface PackedCanvas {
  actorIds: ActorId[];
  names: string[];
  /** Index into `kindIds`. */
  kind: number[];
  x: number[];
  y: number[];
  /** Indexes (into actorIds) of the pinned actors: few are. */
  pinned: number[];
  tieIds: TieId[];
  /** Index into actorIds, or past its end into `otherEnds` (an end not among the actors, which the store forbids). */
  from: number[];
  to: number[];
  /** Index into `tieTypeIds` / `statusIds` (which may hold null). */
  type: number[];
  status: number[];
  /** Index into TIE_DIRECTIONS / TIE_STRENGTHS. */
  direction: number[];
  strength: number[];
  kindIds: KindId[];
  tieTypeIds: (TieTypeId | null)[];
  statusIds: (TieStatusId | null)[];
  otherEnds: ActorId[];
}

/** What map.current, map.open and map.new answer: the document's info, lists and history, and the packed records. */
export interface CanvasPayload extends Omit<MapDocument, 'actors' | 'ties'> {
  canvas: PackedCanvas;
}

/** Numbers each distinct value in order of first use. */
function dictionary<T>(): { list: T[]; index(value: T): number } {
  const list: T[] = [];
  const seen = new Map<T, number>();
  return {
    list,
    index(value) {
      let i = seen.get(value);
      if (i === undefined) {
        i = list.length;
        list.push(value);
        seen.set(value, i);
      }
      return i;
    },
  };
}

export function packCanvasDocument(doc: CanvasDocument): CanvasPayload {
  const { actors, ties, ...rest } = doc;
  const kinds = dictionary<KindId>();
  const types = dictionary<TieTypeId | null>();
  const statuses = dictionary<TieStatusId | null>();
  const position = new Map<ActorId, number>(actors.map((a, i) => [a.id, i]));
  const otherEnds = dictionary<ActorId>();
  const end = (id: ActorId) => position.get(id) ?? actors.length + otherEnds.index(id);
  const canvas: PackedCanvas = {
    actorIds: actors.map((a) => a.id),
    names: actors.map((a) => a.name),
    kind: actors.map((a) => kinds.index(a.kindId)),
    x: actors.map((a) => a.x),
    y: actors.map((a) => a.y),
    pinned: actors.flatMap((a, i) => (a.pinned ? [i] : [])),
    tieIds: ties.map((t) => t.id),
    from: ties.map((t) => end(t.fromId)),
    to: ties.map((t) => end(t.toId)),
    type: ties.map((t) => types.index(t.tieTypeId)),
    status: ties.map((t) => statuses.index(t.statusId)),
    direction: ties.map((t) => TIE_DIRECTIONS.indexOf(t.direction)),
    strength: ties.map((t) => TIE_STRENGTHS.indexOf(t.strength)),
    kindIds: kinds.list,
    tieTypeIds: types.list,
    statusIds: statuses.list,
    otherEnds: otherEnds.list,
  };
  return { ...rest, canvas };
}

export function unpackCanvasDocument(payload: CanvasPayload): CanvasDocument {
  const { canvas: c, ...rest } = payload;
  const pinned = new Set(c.pinned);
  const actors: CanvasActor[] = c.actorIds.map((id, i) => ({
    id,
    name: c.names[i]!,
    kindId: c.kindIds[c.kind[i]!]!,
    x: c.x[i]!,
    y: c.y[i]!,
    pinned: pinned.has(i),
  }));
  const endId = (i: number): ActorId => c.actorIds[i] ?? c.otherEnds[i - c.actorIds.length]!;
  const ties: CanvasTie[] = c.tieIds.map((id, i) => ({
    id,
    fromId: endId(c.from[i]!),
    toId: endId(c.to[i]!),
    tieTypeId: c.tieTypeIds[c.type[i]!] ?? null,
    direction: TIE_DIRECTIONS[c.direction[i]!] ?? 'none',
    strength: TIE_STRENGTHS[c.strength[i]!] ?? 'medium',
    statusId: c.statusIds[c.status[i]!] ?? null,
  }));
  return { ...rest, actors, ties };
}
