// Turns a patch (records before and after an edit) into the change set that reaches either side.
import type { ChangeSet } from '../../shared/domain';
import type { Patch, RecordSet } from '../store';

export type PatchSide = 'before' | 'after';

export const NO_RECORDS: RecordSet = { actors: [], ties: [] };

export function emptyChanges(): ChangeSet {
  return { actorsPut: [], actorsDeleted: [], tiesPut: [], tiesDeleted: [] };
}

/** Undo reaches `before`, redo (and the edit itself) `after`: put that side's records, delete what only the other has. */
export function changesToReach(patch: Patch, side: PatchSide): ChangeSet {
  const target = patch[side];
  const other = side === 'before' ? patch.after : patch.before;
  const keptActors = new Set(target.actors.map((a) => a.id));
  const keptTies = new Set(target.ties.map((t) => t.id));
  return {
    actorsPut: target.actors,
    actorsDeleted: other.actors.filter((a) => !keptActors.has(a.id)).map((a) => a.id),
    tiesPut: target.ties,
    tiesDeleted: other.ties.filter((t) => !keptTies.has(t.id)).map((t) => t.id),
  };
}

function sameRecord(a: object | undefined, b: object | undefined): boolean {
  return a !== undefined && b !== undefined && JSON.stringify(a) === JSON.stringify(b);
}

function pruneSide<T extends { id: string }>(before: readonly T[], after: readonly T[]): { before: T[]; after: T[] } {
  const afterById = new Map(after.map((r) => [r.id, r]));
  const beforeById = new Map(before.map((r) => [r.id, r]));
  return {
    before: before.filter((r) => !sameRecord(r, afterById.get(r.id))),
    after: after.filter((r) => !sameRecord(r, beforeById.get(r.id))),
  };
}

/** Drops records the edit left as they were, so "move to where it already is" writes nothing and records no step. */
export function withoutUnchanged(patch: Patch): Patch {
  const actors = pruneSide(patch.before.actors, patch.after.actors);
  const ties = pruneSide(patch.before.ties, patch.after.ties);
  return { before: { actors: actors.before, ties: ties.before }, after: { actors: actors.after, ties: ties.after } };
}

export function isEmptyPatch(patch: Patch): boolean {
  const { before, after } = patch;
  return before.actors.length + before.ties.length + after.actors.length + after.ties.length === 0;
}
