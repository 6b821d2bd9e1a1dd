// The slim records a window receives on opening a map: what the canvas, legend, kind filter and analysis draw from.
// Every other field (description, contact, notes, consent, tags, care offers, custom values, provenance…) stays in
// main until a panel asks for it (`records.details`), so a 20,000-actor map opens without sending 27 MB, and a
// person's private fields reach a window only when someone looks at them.
import type { Actor, ActorId, MapDocument, Tie, TieId } from './domain';

/** The actor fields the canvas needs; kept as a list so the slim builder and its type cannot drift apart. */
export const CANVAS_ACTOR_FIELDS = [
  'id',
  'name',
  'kindId',
  'x',
  'y',
  'pinned',
] as const satisfies readonly (keyof Actor)[];
export const CANVAS_TIE_FIELDS = [
  'id',
  'fromId',
  'toId',
  'tieTypeId',
  'direction',
  'strength',
  'statusId',
] as const satisfies readonly (keyof Tie)[];

export type CanvasActor = Pick<Actor, (typeof CANVAS_ACTOR_FIELDS)[number]>;
export type CanvasTie = Pick<Tie, (typeof CANVAS_TIE_FIELDS)[number]>;

/** What `map.current`, `map.open` and `map.new` answer: the document with slim records. */
export interface CanvasDocument extends Omit<MapDocument, 'actors' | 'ties'> {
  actors: CanvasActor[];
  ties: CanvasTie[];
}

/** Full records for the ids a panel asked for; ids no longer on the map are simply absent. */
export interface RecordDetails {
  actors: Actor[];
  ties: Tie[];
}

export function canvasActor(actor: CanvasActor): CanvasActor {
  const { id, name, kindId, x, y, pinned } = actor;
  return { id, name, kindId, x, y, pinned };
}

export function canvasTie(tie: CanvasTie): CanvasTie {
  const { id, fromId, toId, tieTypeId, direction, strength, statusId } = tie;
  return { id, fromId, toId, tieTypeId, direction, strength, statusId };
}

/** The slim document of a full one (the snapshot view, tests); main reads the slim one straight from SQL. */
export function canvasDocument(doc: MapDocument): CanvasDocument {
  return { ...doc, actors: doc.actors.map(canvasActor), ties: doc.ties.map(canvasTie) };
}

export type { ActorId, TieId };
