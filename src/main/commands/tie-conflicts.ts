// Refuses an edit that would leave two ties of one type between the same two actors (the map allows several ties
// between a pair only when their types differ).
import type { Tie, TieId } from '../../shared/domain';
import { CaremapError } from '../../shared/errors';
import type { MapStore } from '../store';
import { quotedName } from './labels';
import { requireActors } from './lookups';

function pairKey(tie: Tie): string {
  const [a, b] = tie.fromId < tie.toId ? [tie.fromId, tie.toId] : [tie.toId, tie.fromId];
  return `${a}\u0000${b}\u0000${tie.tieTypeId ?? ''}`;
}

/** `changed` are ties as an edit would leave them; every other tie in the map stays as it is. */
export function requireNoDuplicateTies(store: MapStore, changed: readonly Tie[], field = 'tieTypeId'): void {
  const changedIds = new Set<TieId>(changed.map((t) => t.id));
  const seen = new Set<string>();
  const clashes: Tie[] = [];
  for (const tie of changed) {
    const key = pairKey(tie);
    // The unique index allows one tie per pair and type, so tieBetween finds the only one there could be.
    const existing = store.tieBetween(tie.fromId, tie.toId, tie.tieTypeId);
    if (seen.has(key) || (existing && !changedIds.has(existing.id))) clashes.push(tie);
    seen.add(key);
  }
  const first = clashes[0];
  if (!first) return;
  const [a, b] = requireActors(store, [first.fromId, first.toId]);
  const type = first.tieTypeId ? store.tieType(first.tieTypeId)?.name.toLowerCase() : undefined;
  const two = type ? `two ${type} ties` : 'two ties with no type';
  const between = `${quotedName(a!.name)} and ${quotedName(b!.name)}`;
  const message =
    clashes.length === 1
      ? `${between} would have ${two}. Choose another type, or delete one of the ties first.`
      : `${clashes.length} ties would duplicate another tie of the same type between the same actors (for example ${two} between ${between}). Choose another type, or delete the duplicates first.`;
  throw new CaremapError('invalid-input', message, { field });
}
