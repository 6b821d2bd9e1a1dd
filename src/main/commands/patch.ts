// Turns a patch (records before and after an edit) into the write that reaches either side, and into the change set
// the renderer applies; one generic path for actors, ties and every taxonomy list.
import type { ChangeSet, Taxonomy } from '../../shared/domain';
import { TAXONOMY_LISTS } from '../../shared/domain';
import { sameContent } from '../../shared/equal';
import {
  recordSet,
  type Patch,
  type RecordChanges,
  type RecordCollection,
  type RecordIds,
  type RecordSet,
} from '../store';

export type PatchSide = 'before' | 'after';

export const NO_RECORDS: RecordSet = recordSet();

type Entry = { id: string };

/** Builds a RecordSet (or RecordIds) one collection at a time, keeping each collection's own record type. */
function perCollection<T extends { [K in RecordCollection]: unknown[] }>(
  fn: <K extends RecordCollection>(k: K) => T[K],
): T {
  const result = {} as T;
  for (const k of ['kinds', 'tieTypes', 'tieStatuses', 'careOffers', 'customFields', 'actors', 'ties'] as const)
    result[k] = fn(k);
  return result;
}

export function emptyChanges(): ChangeSet {
  return { actorsPut: [], actorsDeleted: [], tiesPut: [], tiesDeleted: [] };
}

/** Undo reaches `before`, redo (and the edit itself) `after`: put that side's records, delete what only the other has. */
export function changesToReach(patch: Patch, side: PatchSide): RecordChanges {
  const target = patch[side];
  const other = side === 'before' ? patch.after : patch.before;
  const deleted = perCollection<RecordIds>((k) => {
    const kept = new Set((target[k] as Entry[]).map((r) => r.id));
    return (other[k] as Entry[]).filter((r) => !kept.has(r.id)).map((r) => r.id) as RecordIds[typeof k];
  });
  return { put: target, deleted };
}

export function touchesTaxonomy(changes: RecordChanges): boolean {
  return TAXONOMY_LISTS.some((list) => changes.put[list].length + changes.deleted[list].length > 0);
}

/** What the renderer applies: actors and ties record by record, the taxonomy whole (it is small) when it changed. */
export function toChangeSet(changes: RecordChanges, taxonomy: () => Taxonomy): ChangeSet {
  const result: ChangeSet = {
    actorsPut: changes.put.actors,
    actorsDeleted: changes.deleted.actors,
    tiesPut: changes.put.ties,
    tiesDeleted: changes.deleted.ties,
  };
  if (touchesTaxonomy(changes)) result.taxonomy = taxonomy();
  return result;
}

function sameRecord(a: object | undefined, b: object | undefined): boolean {
  return a !== undefined && b !== undefined && sameContent(a, b);
}

function pruneSide<T extends Entry>(mine: readonly T[], theirs: readonly T[]): T[] {
  const theirsById = new Map(theirs.map((r) => [r.id, r]));
  return mine.filter((r) => !sameRecord(r, theirsById.get(r.id)));
}

/** Drops records the edit left as they were, so "move to where it already is" writes nothing and records no step. */
export function withoutUnchanged(patch: Patch): Patch {
  return {
    before: perCollection<RecordSet>(
      (k) => pruneSide(patch.before[k] as Entry[], patch.after[k] as Entry[]) as RecordSet[typeof k],
    ),
    after: perCollection<RecordSet>(
      (k) => pruneSide(patch.after[k] as Entry[], patch.before[k] as Entry[]) as RecordSet[typeof k],
    ),
  };
}

export function isEmptyPatch(patch: Patch): boolean {
  return (Object.keys(patch.before) as RecordCollection[]).every(
    (k) => patch.before[k].length === 0 && patch.after[k].length === 0,
  );
}
