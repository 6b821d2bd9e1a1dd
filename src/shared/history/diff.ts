// Compares two states of a map (two snapshots, or a snapshot and now): which actors and ties were added, removed or
// changed, which actors only moved, and how many actors of each kind there were before and after.
//
// Moving an actor is not a change: a layout run or a tidy-up moves every actor while the network stays the same,
// and comparing workshops is about who is in the network and how they are tied. Moves are listed apart
// (`moved`), so a facilitator can still see them, but they are not drawn as "changed" on the canvas.
import type { Actor, ActorId, CustomField, Kind, KindId, Tie, TieId } from '../domain';
import type { MapState } from './types';
import { sameContent } from '../equal';

export type ChangeKind = 'added' | 'removed' | 'changed';

export interface ActorChange {
  id: ActorId;
  change: ChangeKind;
  /** The name after (or, for a removed actor, before). */
  name: string;
  kindId: KindId;
  /** For a changed actor: what changed, in words ("name", "kind", "care offers", "Influence"). */
  fields: string[];
  /** For a changed actor whose name changed: the name before. */
  previousName?: string;
}

export interface TieChange {
  id: TieId;
  change: ChangeKind;
  /** "Ada Okafor → Maple Street Pantry", from the side the tie is on (after, or before for a removed tie). */
  fromName: string;
  toName: string;
  tieTypeName: string | null;
  fields: string[];
}

export interface KindCount {
  kindId: KindId;
  name: string;
  colour: string;
  before: number;
  after: number;
}

export interface MapDiff {
  actors: ActorChange[];
  ties: TieChange[];
  /** Actors that only moved (position changed, nothing else). */
  moved: ActorId[];
  kindCounts: KindCount[];
  totals: { actorsBefore: number; actorsAfter: number; tiesBefore: number; tiesAfter: number };
}

/** Lists whose order means nothing (care offers, tags) compare as sets. */
const sameSet = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && sameContent([...a].sort(), [...b].sort());

type ActorField = Exclude<keyof Actor, 'id' | 'x' | 'y' | 'customValues'>;
const ACTOR_FIELDS: [ActorField, string, 'set' | 'value'][] = [
  ['name', 'name', 'value'],
  ['kindId', 'kind', 'value'],
  ['description', 'description', 'value'],
  ['careOfferIds', 'care offers', 'set'],
  ['careModes', 'care modes', 'set'],
  ['role', 'role', 'value'],
  ['address', 'area or address', 'value'],
  ['tags', 'tags', 'set'],
  ['website', 'website', 'value'],
  ['contact', 'contact details', 'value'],
  ['consent', 'consent', 'value'],
  ['consentDate', 'consent date', 'value'],
  ['notes', 'notes', 'value'],
  ['provenance', 'source', 'value'],
];

type TieField = Exclude<keyof Tie, 'id' | 'fromId' | 'toId'>;
const TIE_FIELDS: [TieField, string][] = [
  ['tieTypeId', 'type'],
  ['direction', 'direction'],
  ['strength', 'strength'],
  ['statusId', 'status'],
  ['since', 'since'],
  ['notes', 'notes'],
  ['provenance', 'source'],
];

function actorFields(a: Actor, b: Actor, fieldNames: ReadonlyMap<string, string>): string[] {
  const fields: string[] = [];
  for (const [key, words, how] of ACTOR_FIELDS) {
    const x = a[key];
    const y = b[key];
    const equal = how === 'set' ? sameSet(x as string[], y as string[]) : sameContent(x, y);
    if (!equal) fields.push(words);
  }
  return [...fields, ...changedValues(a.customValues, b.customValues, fieldNames)];
}

/** Each of the facilitator's own fields by its name ("Influence"), so "what changed" reads as they wrote it. */
function changedValues(
  a: Actor['customValues'],
  b: Actor['customValues'],
  fieldNames: ReadonlyMap<string, string>,
): string[] {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...keys].filter((key) => a[key] !== b[key]).map((key) => fieldNames.get(key) ?? 'one of your fields');
}

function tieFields(a: Tie, b: Tie, fieldNames: ReadonlyMap<string, string>): string[] {
  const fields: string[] = [];
  // A tie redrawn between other actors (or turned round) is the same tie with new ends.
  if (a.fromId !== b.fromId || a.toId !== b.toId) fields.push('ends');
  for (const [key, words] of TIE_FIELDS) if (!sameContent(a[key], b[key])) fields.push(words);
  // Tie records from before version 8 have no values: read as none.
  return [...fields, ...changedValues(a.customValues ?? {}, b.customValues ?? {}, fieldNames)];
}

function kindCounts(before: MapState, after: MapState): KindCount[] {
  const count = (actors: readonly Actor[]) => {
    const counts = new Map<KindId, number>();
    for (const a of actors) counts.set(a.kindId, (counts.get(a.kindId) ?? 0) + 1);
    return counts;
  };
  const b = count(before.actors);
  const a = count(after.actors);
  // Kinds in the order the map lists them now, then kinds that existed only before (deleted since).
  const kinds: Kind[] = [...after.kinds, ...before.kinds.filter((k) => !after.kinds.some((n) => n.id === k.id))];
  return kinds
    .map((k) => ({ kindId: k.id, name: k.name, colour: k.colour, before: b.get(k.id) ?? 0, after: a.get(k.id) ?? 0 }))
    .filter((k) => k.before + k.after > 0);
}

function byId<T extends { id: string }>(records: readonly T[]): Map<string, T> {
  return new Map(records.map((r) => [r.id, r]));
}

export function diffMaps(before: MapState, after: MapState): MapDiff {
  const oldActors = byId(before.actors);
  const newActors = byId(after.actors);
  const fieldNames = new Map<string, string>(
    [...before.customFields, ...after.customFields].map((f: CustomField) => [f.id, f.name]),
  );
  const actors: ActorChange[] = [];
  const moved: ActorId[] = [];
  for (const actor of after.actors) {
    const old = oldActors.get(actor.id);
    if (!old) {
      actors.push({ id: actor.id, change: 'added', name: actor.name, kindId: actor.kindId, fields: [] });
      continue;
    }
    const fields = actorFields(old, actor, fieldNames);
    if (fields.length > 0) {
      const change: ActorChange = { id: actor.id, change: 'changed', name: actor.name, kindId: actor.kindId, fields };
      if (old.name !== actor.name) change.previousName = old.name;
      actors.push(change);
    } else if (old.x !== actor.x || old.y !== actor.y) moved.push(actor.id);
  }
  for (const old of before.actors) {
    if (!newActors.has(old.id))
      actors.push({ id: old.id, change: 'removed', name: old.name, kindId: old.kindId, fields: [] });
  }

  const oldTies = byId(before.ties);
  const newTies = byId(after.ties);
  const typeNames = new Map<string, string>([...before.tieTypes, ...after.tieTypes].map((t) => [t.id, t.name]));
  const describe = (tie: Tie, names: ReadonlyMap<string, Actor>, change: ChangeKind, fields: string[]): TieChange => ({
    id: tie.id,
    change,
    fromName: names.get(tie.fromId)?.name ?? 'an actor',
    toName: names.get(tie.toId)?.name ?? 'an actor',
    tieTypeName: tie.tieTypeId ? (typeNames.get(tie.tieTypeId) ?? null) : null,
    fields,
  });
  const ties: TieChange[] = [];
  for (const tie of after.ties) {
    const old = oldTies.get(tie.id);
    if (!old) ties.push(describe(tie, newActors, 'added', []));
    else {
      const fields = tieFields(old, tie, fieldNames);
      if (fields.length > 0) ties.push(describe(tie, newActors, 'changed', fields));
    }
  }
  for (const old of before.ties) if (!newTies.has(old.id)) ties.push(describe(old, oldActors, 'removed', []));

  return {
    actors,
    ties,
    moved,
    kindCounts: kindCounts(before, after),
    totals: {
      actorsBefore: before.actors.length,
      actorsAfter: after.actors.length,
      tiesBefore: before.ties.length,
      tiesAfter: after.ties.length,
    },
  };
}

/** "3 added, 1 removed, 2 changed" — the counts the list's heading and the legend show. */
export function countChanges(changes: readonly { change: ChangeKind }[]): Record<ChangeKind, number> {
  const counts: Record<ChangeKind, number> = { added: 0, removed: 0, changed: 0 };
  for (const c of changes) counts[c.change]++;
  return counts;
}
