// The figures analyseMap returns: plain data, serialisable, so a worker can post them and the CLI can print them as JSON.
import type { ActorId, KindId, TieId, TieStatusId, TieTypeId } from '../domain';

/** Informal: individuals and grassroots groups. Formal: voluntary organisations and statutory services. */
export type KindClass = 'individual' | 'grassroots' | 'voluntary' | 'statutory';
export type Side = 'informal' | 'formal';

export interface KindFigure {
  kindId: KindId;
  name: string;
  kindClass: KindClass;
  side: Side;
  count: number;
  /** Of all actors, 0–1. */
  share: number;
}

export interface CountFigure<Id> {
  /** null: ties with no type (or no status) recorded. */
  id: Id | null;
  name: string;
  count: number;
  share: number;
}

export interface Totals {
  actors: number;
  ties: number;
  /** Distinct tied pairs over possible pairs, 0–1 (undirected, parallel ties counted once). */
  density: number;
  components: number;
  largestComponent: number;
  isolated: number;
  communities: number;
}

export interface ActorFigure {
  actorId: ActorId;
  name: string;
  kindId: KindId;
  side: Side;
  /** One-way ties count out for `from` and in for `to`; mutual ties count both ways; undirected ties count neither. */
  inTies: number;
  outTies: number;
  ties: number;
  /** Raw: the number of actor pairs whose shortest paths run through this actor (split among equal paths). */
  betweenness: number;
  /** Wasserman–Faust closeness: 0–1, scaled by how much of the map the actor can reach. */
  closeness: number;
  /** Louvain community, numbered 0… by size, largest first. */
  community: number;
  /** Index into `components`. */
  component: number;
}

export interface ComponentFigure {
  size: number;
  actorIds: ActorId[];
}

/** A tie whose loss would split its part of the map. */
export interface BridgeFigure {
  tieId: TieId;
  fromId: ActorId;
  toId: ActorId;
}

/** Ties between kinds, symmetric: cell [i][j] = [j][i] = ties joining a kind-i actor and a kind-j actor. */
export interface MixingFigure {
  kindIds: KindId[];
  observed: number[][];
  expected: number[][];
}

export interface GapFigure {
  kindA: KindId;
  kindB: KindId;
  observed: number;
  expected: number;
  /** observed / expected. */
  ratio: number;
  /** Statutory services on one side, individuals or grassroots groups on the other: the gap the seed names. */
  statutoryToInformal: boolean;
  /** Actors already tied to both kinds, best placed to close the gap, by betweenness. */
  brokerIds: ActorId[];
}

export interface LoadFigure {
  /** Shares of all tie ends held by informal and formal actors (each tie has two ends). */
  informalShare: number;
  formalShare: number;
  /** Of ties with an individual at one end, the share whose other end is informal or formal. */
  tiesToIndividuals: number;
  informalShareOfIndividualTies: number;
  formalShareOfIndividualTies: number;
}

export interface BrokerFigure {
  actorId: ActorId;
  betweenness: number;
  informalTies: number;
  formalTies: number;
}

/**
 * What the figures assume, said in the panel, the JSON and the report: the structure (groups, density, betweenness,
 * closeness, communities, cut points, mixing) treats every tie as undirected and unweighted; in/out counts use the
 * directions; weighted figures use tie strength (weak 1, medium 2, strong 3).
 */
export interface AssumptionsFigure {
  structure: 'undirected';
  weights: 'unweighted';
  /** Parallel ties between the same two actors count once in the structure. */
  parallelTiesCountOnce: true;
  /** Ties with a direction (one-way or mutual), and without ('none'): in/out figures mean something only with the first. */
  directedTies: number;
  undirectedTies: number;
  /** True when the map's ties do not all have the same strength, so the weighted figures differ from plain counts. */
  weighted: boolean;
  strengthWeights: { weak: number; medium: number; strong: number };
}

/** Per actor, the weighted variant of its tie counts: each tie counts its strength's weight instead of 1. */
export interface WeightedFigure {
  actorId: ActorId;
  /** Sum of the weights of all its ties. */
  strength: number;
  /** As inTies / outTies, weighted. */
  inStrength: number;
  outStrength: number;
}

/** Betweenness and closeness on a big map are estimated from searches that start at a sample of actors. */
export interface EstimateFigure {
  sources: number;
  actors: number;
}

export interface MapAnalysis {
  totals: Totals;
  /** null when betweenness and closeness are exact (every actor was a source). */
  estimate: EstimateFigure | null;
  kinds: KindFigure[];
  tieTypes: CountFigure<TieTypeId>[];
  tieStatuses: CountFigure<TieStatusId>[];
  components: ComponentFigure[];
  isolatedIds: ActorId[];
  actors: ActorFigure[];
  bridges: BridgeFigure[];
  articulationPointIds: ActorId[];
  mixing: MixingFigure;
  gaps: GapFigure[];
  load: LoadFigure;
  brokers: BrokerFigure[];
  assumptions: AssumptionsFigure;
  weighted: WeightedFigure[];
}
