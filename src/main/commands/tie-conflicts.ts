// Refuses an edit that would leave two ties of one type between the same two actors, except A→B and B→A as two
// one-way ties (shared/tie-pairs.ts has the rule); several ties between a pair are otherwise allowed only when their
// types differ.
import type { Tie, TieId } from '../../shared/domain';
import { CaremapError } from '../../shared/errors';
import { tiesClash } from '../../shared/tie-pairs';
import type { MapStore } from '../store';
import { quotedName } from './labels';
import { requireActors } from './lookups';

function pairKey(tie: Tie): string {
  const [a, b] = tie.fromId < tie.toId ? [tie.fromId, tie.toId] : [tie.toId, tie.fromId];
  return `${a}\u0000${b}\u0000${tie.tieTypeId ?? ''}`;
}

/** Changed ties already seen, by unordered pair and type, to test each new one against. */
type Seen = Map<string, Tie[]>;

/** `changed` are ties as an edit would leave them; every other tie in the map stays as it is. */
export function requireNoDuplicateTies(store: MapStore, changed: readonly Tie[], field = 'tieTypeId'): void {
  const changedIds = new Set<TieId>(changed.map((t) => t.id));
  const seen: Seen = new Map();
  const clashes: Tie[] = [];
  for (const tie of changed) {
    const key = pairKey(tie);
    const earlier = seen.get(key) ?? [];
    const inMap = store.tiesBetweenOf(tie).filter((t) => !changedIds.has(t.id));
    if ([...earlier, ...inMap].some((other) => tiesClash(other, tie))) clashes.push(tie);
    seen.set(key, [...earlier, tie]);
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
