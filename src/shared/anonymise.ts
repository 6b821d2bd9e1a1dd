// The anonymised copy of a map that every export can offer: individual citizens lose their names and personal
// details, organisations keep theirs (their names are public and are what partners need to read the map).
import type { Actor, Kind, KindId, MapDocument } from './domain';
import { kindClassOf } from './analysis/kind-classes';

/** Individuals are the seed's "individual active citizen" kind, or any kind named for a person (resident, neighbour…). */
export function isIndividualKind(kind: Pick<Kind, 'name'> | undefined): boolean {
  return kind !== undefined && kindClassOf(kind) === 'individual';
}

/** The name an individual gets in the n-th place (1-based). */
export const anonymousName = (n: number): string => `Individual ${n}`;

/**
 * Numbers individuals in the map's own order (by position, left to right, top to bottom) so the numbering does not
 * follow names and cannot be used to guess them; stable within one call.
 */
export function anonymiseDocument(doc: MapDocument): MapDocument {
  const kinds = new Map<KindId, Kind>(doc.kinds.map((k) => [k.id, k]));
  const individuals = doc.actors
    .filter((a) => isIndividualKind(kinds.get(a.kindId)))
    .sort((a, b) => a.y - b.y || a.x - b.x || (a.id < b.id ? -1 : 1));
  const number = new Map(individuals.map((a, i) => [a.id, i + 1]));
  const actors = doc.actors.map((actor): Actor => {
    const n = number.get(actor.id);
    if (n === undefined) return actor;
    return {
      ...actor,
      name: anonymousName(n),
      address: '',
      website: '',
      contact: { email: '', phone: '', other: '' },
      notes: '',
      // A description of a person often names them ("Maria, who runs…"); it goes too.
      description: '',
    };
  });
  // Tie notes may name the individual at either end.
  const ties = doc.ties.map((tie) => (number.has(tie.fromId) || number.has(tie.toId) ? { ...tie, notes: '' } : tie));
  return { ...doc, actors, ties };
}
