// What a joined contributor or viewer may see of the map, built field by field (an allow-list): names, kinds,
// positions, offers and tie ends. Nothing else of a record is ever read here, so a field added later stays out.
import type { Actor, ChangeSet, Kind, Taxonomy, Tie } from '../../shared/domain';
import type { RoomActor, RoomChangedEvent, RoomKind, RoomTie, RoomTieType } from '../../shared/room';

export interface ProjectionRules {
  /** Off: names of actors whose kind is marked people reach devices as initials. */
  showPeopleNames: boolean;
}

/** "Ada Okafor" → "A. O."; a name with no letters → "A person". At most four initials. */
export function initialsOf(name: string): string {
  const words = name.split(/\s+/).filter((w) => /\p{L}|\p{N}/u.test(w));
  if (words.length === 0) return 'A person';
  const letters = words.slice(0, 4).map((w) => Array.from(w.replace(/^[^\p{L}\p{N}]+/u, ''))[0]?.toUpperCase());
  return letters.map((l) => `${l}.`).join(' ');
}

/** The lookups a projection needs from the taxonomy, made once per event rather than once per actor. */
export class RoomProjection {
  private readonly people: ReadonlySet<string>;
  private readonly offerNames: ReadonlyMap<string, string>;

  constructor(
    private readonly taxonomy: Taxonomy,
    private readonly rules: ProjectionRules,
  ) {
    this.people = new Set(taxonomy.kinds.filter((k) => k.people).map((k) => k.id));
    this.offerNames = new Map(taxonomy.careOffers.map((o) => [o.id, o.name]));
  }

  actor(a: Actor): RoomActor {
    const hideName = !this.rules.showPeopleNames && this.people.has(a.kindId);
    return {
      id: a.id,
      name: hideName ? initialsOf(a.name) : a.name,
      kindId: a.kindId,
      x: a.x,
      y: a.y,
      offers: a.careOfferIds.flatMap((id) => this.offerNames.get(id) ?? []),
    };
  }

  tie(t: Tie): RoomTie {
    return { id: t.id, fromId: t.fromId, toId: t.toId, tieTypeId: t.tieTypeId, direction: t.direction };
  }

  kinds(): RoomKind[] {
    return this.taxonomy.kinds.map((k: Kind) => ({ id: k.id, name: k.name, colour: k.colour, shape: k.shape }));
  }

  tieTypes(): RoomTieType[] {
    return this.taxonomy.tieTypes.map((t) => ({ id: t.id, name: t.name, colour: t.colour }));
  }

  offers(): string[] {
    return this.taxonomy.careOffers.map((o) => o.name);
  }

  changed(seq: number, changes: ChangeSet): RoomChangedEvent {
    return {
      seq,
      actorsPut: changes.actorsPut.map((a) => this.actor(a)),
      actorsDeleted: changes.actorsDeleted.map(String),
      tiesPut: changes.tiesPut.map((t) => this.tie(t)),
      tiesDeleted: changes.tiesDeleted.map(String),
      reload: changes.taxonomy !== undefined,
    };
  }
}
