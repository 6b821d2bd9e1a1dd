// The ties an import has so far (from the file, or already on the map), found by their two actors and type, so each
// new row is checked against the map's rule for ties between the same two actors (shared/tie-pairs.ts).
import type { ActorId, Tie, TieTypeId } from '../domain';
import { tiesClash, type TieEnds } from '../tie-pairs';

export class TiePairIndex {
  private readonly byPair = new Map<string, Tie[]>();

  /** `numberOf` gives each id a small number, so keys stay short for 15,000 ties. */
  constructor(private readonly numberOf: (id: string | null) => number) {}

  private key(a: ActorId, b: ActorId, type: TieTypeId | null): string {
    const [x, y] = [this.numberOf(a), this.numberOf(b)];
    return x < y ? `${x},${y},${this.numberOf(type)}` : `${y},${x},${this.numberOf(type)}`;
  }

  add(tie: Tie): void {
    const key = this.key(tie.fromId, tie.toId, tie.tieTypeId);
    const list = this.byPair.get(key);
    if (list) list.push(tie);
    else this.byPair.set(key, [tie]);
  }

  /** Puts `tie` where the tie with its id was (an earlier row's tie changed by a later one). */
  replace(tie: Tie): void {
    const list = this.byPair.get(this.key(tie.fromId, tie.toId, tie.tieTypeId)) ?? [];
    const at = list.findIndex((t) => t.id === tie.id);
    if (at !== -1) list[at] = tie;
  }

  /** A tie that could not share the map with `ends`. */
  clash(ends: TieEnds): Tie | undefined {
    return this.byPair.get(this.key(ends.fromId, ends.toId, ends.tieTypeId))?.find((t) => tiesClash(t, ends));
  }

  /** A one-way tie of the same type the other way round: the other half of a reciprocal pair. */
  reverse(ends: TieEnds): Tie | undefined {
    return this.byPair
      .get(this.key(ends.fromId, ends.toId, ends.tieTypeId))
      ?.find((t) => t.direction === 'one-way' && t.fromId === ends.toId && t.toId === ends.fromId);
  }
}
