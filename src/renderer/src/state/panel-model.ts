// What the Analysis panel shows, in the panel's own terms; analysis-to-panel.ts fills it from the analysis.
import type { ActorId } from '../../../shared/domain';
import type { KindCount, MixingMatrix } from '../../../shared/analysis/chart-data';

export type { KindCount, MixingMatrix } from '../../../shared/analysis/chart-data';

export interface RankedActor {
  actorId: ActorId;
  /** Why the actor is listed, e.g. "8 ties" or "links 3 groups". */
  detail: string;
}

export interface PanelModel {
  actors: number;
  ties: number;
  /** 0..1: the share of possible ties that exist. */
  density: number;
  groups: number;
  largestGroup: number;
  kinds: KindCount[];
  mixing: MixingMatrix;
  mostConnected: RankedActor[];
  brokers: RankedActor[];
  cutPoints: RankedActor[];
  isolated: RankedActor[];
  /** Most ties pointing in / out; null when no tie on the map has a direction. */
  mostIn: RankedActor[] | null;
  mostOut: RankedActor[] | null;
  /** Ties counted by strength; null when every tie has the same strength. */
  strongest: RankedActor[] | null;
  /** What the figures assume (undirected, unweighted structure; how in/out and weights are counted). */
  assumptions: string[];
  /** On big maps, e.g. "Estimated from 500 of 5,000 actors."; null when betweenness is exact. */
  estimateNote: string | null;
}
