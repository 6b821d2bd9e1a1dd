// Refuses an edit that would overwrite what someone else changed after the view it was made on, and lets the rest
// through: the command built its `after` from the record as it is now, so fields it does not touch are merged already.
import type { Actor, Tie } from '../../shared/domain';
import { CaremapError } from '../../shared/errors';
import { changedFields } from '../../shared/record-fields';
import type { MapStore, Patch, VersionedTable } from '../store';
import { describeFields, describeRecord } from './stale-words';

interface Clash {
  record: Actor | Tie;
  /** Fields changed since the view's version; for a delete, every field changed since. */
  fields: string[];
  deleting: boolean;
}

function clashesIn<T extends Actor | Tie>(
  store: MapStore,
  table: VersionedTable,
  before: readonly T[],
  after: readonly T[],
  base: number,
): Clash[] {
  if (before.length === 0) return [];
  const versions = store.recordVersions(
    table,
    before.map((r) => r.id),
  );
  const afterById = new Map(after.map((r) => [r.id, r]));
  const clashes: Clash[] = [];
  for (const record of before) {
    const known = versions.get(record.id);
    if (!known || known.version <= base) continue;
    const newer = Object.keys(known.fields).filter((f) => known.fields[f]! > base);
    const next = afterById.get(record.id);
    if (!next) {
      clashes.push({
        record,
        fields: newer.length > 0 ? newer : ['name' in record ? 'name' : 'notes'],
        deleting: true,
      });
      continue;
    }
    const touched = changedFields(record, next).filter((f) => (known.fields[f] ?? 0) > base);
    if (touched.length > 0) clashes.push({ record, fields: touched, deleting: false });
  }
  return clashes;
}

function sentence(store: MapStore, clash: Clash, others: number, withValues: boolean): string {
  const who = describeRecord(store, clash.record);
  const now = describeFields(store, clash.record, clash.fields, withValues);
  const more = others > 0 ? ` (and ${others} more of what you chose)` : '';
  const Who = who.charAt(0).toUpperCase() + who.slice(1);
  const details = 'name' in clash.record ? `${who}’s details` : `The details of ${who}`;
  return clash.deleting
    ? `${Who}${more} was changed on another device a moment ago, so it was not deleted — here is what it is now: ${now}. Delete it again if you still want to.`
    : `${details}${more} were changed on another device a moment ago — here is what they are now: ${now}. Your change was not made; make it again if you still want it.`;
}

/**
 * Throws `stale-edit` when the edit (`patch`: records as they are now → as the edit leaves them) changes a field that
 * was changed after `base`, or deletes a record changed after `base`. `withValues` false leaves private fields'
 * values out of the sentence (a joined device asked).
 */
export function refuseStaleEdit(store: MapStore, patch: Patch, base: number, withValues: boolean): void {
  const clashes = [
    ...clashesIn(store, 'actors', patch.before.actors, patch.after.actors, base),
    ...clashesIn(store, 'ties', patch.before.ties, patch.after.ties, base),
  ];
  const first = clashes[0];
  if (!first) return;
  const actors = clashes.map((c) => c.record).filter((r): r is Actor => 'name' in r);
  const ties = clashes.map((c) => c.record).filter((r): r is Tie => !('name' in r));
  throw new CaremapError('stale-edit', sentence(store, first, clashes.length - 1, withValues), undefined, {
    actors: withValues ? actors : [],
    ties: withValues ? ties : [],
  });
}

/** A command's "no longer in the map" for a view that based its edit on an older version: it was deleted elsewhere. */
export function deletedElsewhere(error: CaremapError): CaremapError {
  const what = error.where?.field === 'tieIds' ? 'tie' : 'actor';
  return new CaremapError(
    'stale-edit',
    `That ${what} was deleted on another device a moment ago, so your change was not made. Undo on that device brings it back.`,
    error.where,
    { actors: [], ties: [] },
  );
}
