// What a snapshot is: a named, dated, frozen copy of a map's actors, ties and taxonomy, kept inside the map file.
import type { Actor, Branded, Taxonomy, Tie } from '../domain';

export type SnapshotId = Branded<string, 'SnapshotId'>;

/** A map's content at one moment: the taxonomy's lists, the actors and the ties (no file info, no undo history). */
export interface MapState extends Taxonomy {
  actors: Actor[];
  ties: Tie[];
}

/** One row of the History panel's list. */
export interface SnapshotInfo {
  id: SnapshotId;
  name: string;
  /** ISO date-time when it was saved. */
  createdAt: string;
  actorCount: number;
  tieCount: number;
}

export interface Snapshot extends SnapshotInfo {
  content: MapState;
}
