// The ties as ScreenTieLayer draws them (curves stopping short of the actors, widths by strength) and their spatial
// index, built once per change of the ties, the actors' resting positions or the bends; never per pan frame. During
// a drag the index keeps the positions from before it, and the dragged actors' ties are looked up by actor.
import type { Tie, TieId } from '../../../../shared/domain';
import { tieCurve } from '../../../../shared/render/tie-bends';
import { STRENGTH_WIDTH } from '../../../../shared/render/tie-style';
import { TIE_CLEARANCE } from '../../state/node-geometry';
import type { ActorFlowNode, TieFlowEdge } from '../../state/flow-types';
import { bendsOf } from './bends';
import { positionsOf } from './positions';
import { TieIndex, type TieShape } from './tie-index';

export interface DrawnTies {
  index: TieIndex;
  /** The flow edge of each indexed tie, by the same position. */
  edges: readonly TieFlowEdge[];
  /** Positions in `edges` of each actor's ties. */
  byActor: ReadonlyMap<string, readonly number[]>;
}

let last: { edges: unknown; nodes: unknown; ties: unknown; drawn: DrawnTies } | null = null;

export function drawnTies(
  edges: readonly TieFlowEdge[],
  nodes: readonly ActorFlowNode[],
  ties: ReadonlyMap<TieId, Tie>,
): DrawnTies {
  if (last && last.edges === edges && last.nodes === nodes && last.ties === ties) return last.drawn;
  const positions = positionsOf(nodes);
  const bends = bendsOf(ties);
  const shapes: TieShape[] = [];
  const kept: TieFlowEdge[] = [];
  const byActor = new Map<string, number[]>();
  const note = (actor: string, i: number) => {
    const list = byActor.get(actor);
    if (list) list.push(i);
    else byActor.set(actor, [i]);
  };
  for (const edge of edges) {
    const from = positions.get(edge.source);
    const to = positions.get(edge.target);
    const curve = from && to ? tieCurve(from, to, bends.get(edge.id) ?? 0, TIE_CLEARANCE, TIE_CLEARANCE) : null;
    // Actors too close together draw no tie, but a drag may pull them apart: keep them for lookup by actor.
    const i = kept.length;
    kept.push(edge);
    note(edge.source, i);
    note(edge.target, i);
    shapes.push({
      id: edge.id,
      curve,
      width: STRENGTH_WIDTH[edge.data?.strength ?? 'medium'],
    });
  }
  const drawn = { index: new TieIndex(shapes), edges: kept, byActor };
  last = { edges, nodes, ties, drawn };
  return drawn;
}
