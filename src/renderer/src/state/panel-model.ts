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
  /** On big maps, e.g. "Estimated from 500 of 5,000 actors."; null when betweenness is exact. */
  estimateNote: string | null;
}
