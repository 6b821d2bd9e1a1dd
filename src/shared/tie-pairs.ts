// The map's rule for ties between the same two actors: one tie per ordered pair and type for one-way ties (so A→B and
// B→A may be two ties), while a mutual or undirected tie holds the pair both ways round. Used by the commands, the
// import and (as a safety net) the store's unique indexes of migration 008.
import type { Tie } from './domain';

export type TieEnds = Pick<Tie, 'fromId' | 'toId' | 'tieTypeId' | 'direction'>;

/** Whether two ties (of any ids) could not both be on the map. */
export function tiesClash(a: TieEnds, b: TieEnds): boolean {
  if (a.tieTypeId !== b.tieTypeId) return false;
  const sameOrder = a.fromId === b.fromId && a.toId === b.toId;
  const reversed = a.fromId === b.toId && a.toId === b.fromId;
  if (!sameOrder && !reversed) return false;
  return sameOrder || a.direction !== 'one-way' || b.direction !== 'one-way';
}
