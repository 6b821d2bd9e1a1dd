// What undo (or redo) of one person's step writes when others have edited since: each field goes back only if it is
// still as the step left it, so undoing my last step never takes back someone else's (issue 16).
import type { Actor, Tie } from '../../shared/domain';
import { sameContent } from '../../shared/equal';
import { changedFields, fieldValue, withFieldValue } from '../../shared/record-fields';
import {
  RECORD_COLLECTIONS,
  noIds,
  recordSet,
  type MapStore,
  type Patch,
  type RecordChanges,
  type RecordCollection,
  type RecordIds,
  type RecordSet,
} from '../store';
import type { PatchSide } from './patch';

type Entry = { id: string };

export interface Reach {
  changes: RecordChanges;
  /** Fields or records left as someone else made them (0 when the step went back whole). */
  kept: number;
  /** The step's actors and ties as the file holds them now (read here, so the write need not read them again). */
  now: { actors: Actor[]; ties: Tie[] };
}

function currentRecords(store: MapStore, k: RecordCollection, ids: string[]): Map<string, Entry> {
  if (ids.length === 0) return new Map();
  let found: Entry[];
  if (k === 'actors') found = store.actorsByIds(ids as never);
  else if (k === 'ties') found = store.tiesByIds(ids as never);
  else found = ids.map((id) => store.find(k, id as never)).filter((r): r is NonNullable<typeof r> => r !== undefined);
  return new Map(found.map((r) => [r.id, r]));
}

/** One record: from `left` (as the step left it) towards `target`, given what the file holds now. */
function reachRecord(
  left: Entry | undefined,
  target: Entry | undefined,
  now: Entry | undefined,
): { put?: Entry; remove?: boolean; kept: number } {
  if (left && target) {
    if (!now) return { kept: 1 }; // deleted by someone since: it stays deleted
    let merged: Entry = now;
    let kept = 0;
    for (const field of changedFields(left, target)) {
      if (sameContent(fieldValue(now, field), fieldValue(left, field)))
        merged = withFieldValue(merged, field, fieldValue(target, field));
      else kept += 1;
    }
    return sameContent(merged, now) ? { kept } : { put: merged, kept };
  }
  if (target) return now ? { kept: 1 } : { put: target, kept: 0 }; // brought back, unless someone made it again
  if (!now) return { kept: 0 };
  // The step made it: take it away only if nobody has changed it since.
  return changedFields(now, left!).length > 0 ? { kept: 1 } : { remove: true, kept: 0 };
}

/** The write that takes `patch` to `side` as far as others' later edits allow. */
export function reachSide(store: MapStore, patch: Patch, side: PatchSide): Reach {
  const target = patch[side];
  const left = side === 'before' ? patch.after : patch.before;
  const put = recordSet();
  const deleted = noIds();
  let kept = 0;
  const found: Reach['now'] = { actors: [], ties: [] };
  for (const k of RECORD_COLLECTIONS) {
    const targetById = new Map((target[k] as Entry[]).map((r) => [r.id, r]));
    const leftById = new Map((left[k] as Entry[]).map((r) => [r.id, r]));
    const ids = [...new Set([...targetById.keys(), ...leftById.keys()])];
    const now = currentRecords(store, k, ids);
    if (k === 'actors') found.actors = [...now.values()] as Actor[];
    if (k === 'ties') found.ties = [...now.values()] as Tie[];
    for (const id of ids) {
      const step = reachRecord(leftById.get(id), targetById.get(id), now.get(id));
      kept += step.kept;
      if (step.put) (put[k] as Entry[]).push(step.put);
      if (step.remove) (deleted[k] as string[]).push(id);
    }
  }
  kept += keepActorsOthersTied(store, deleted);
  kept += dropTiesWithoutEnds(store, put, deleted);
  return { changes: { put, deleted }, kept, now: found };
}

/** A tie the step would bring back whose actor someone has since deleted stays gone (it could not be drawn). */
function dropTiesWithoutEnds(store: MapStore, put: RecordSet, deleted: RecordIds): number {
  if (put.ties.length === 0) return 0;
  const ends = [...new Set(put.ties.flatMap((t) => [t.fromId, t.toId]))];
  const there = new Set<string>([...store.actorsByIds(ends).map((a) => a.id), ...put.actors.map((a) => a.id)]);
  for (const id of deleted.actors) there.delete(id);
  const before = put.ties.length;
  put.ties = put.ties.filter((t) => there.has(t.fromId) && there.has(t.toId));
  return before - put.ties.length;
}

/** An actor the step added that someone has since tied to stays: removing it would take their tie with it. */
function keepActorsOthersTied(store: MapStore, deleted: RecordIds): number {
  if (deleted.actors.length === 0) return 0;
  const goingTies = new Set<string>(deleted.ties);
  const tiedByOthers = new Set<string>();
  for (const tie of store.tiesTouching(deleted.actors)) {
    if (goingTies.has(tie.id)) continue;
    tiedByOthers.add(tie.fromId);
    tiedByOthers.add(tie.toId);
  }
  const before = deleted.actors.length;
  deleted.actors = deleted.actors.filter((id) => !tiedByOthers.has(id));
  return before - deleted.actors.length;
}

export function isEmptyChanges(changes: RecordChanges): boolean {
  return RECORD_COLLECTIONS.every((k) => changes.put[k].length === 0 && changes.deleted[k].length === 0);
}
