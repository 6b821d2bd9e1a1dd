// The ties as ScreenTieLayer draws them (curves stopping short of the actors, widths by strength) and their spatial
// index, built once per change of the ties or their bends; never per pan frame. When only actors moved, their ties'
// new curves go beside the tree (TieIndex.withMoved) instead of rebuilding it. During a drag the layer keeps the
// index from before it, and the dragged actors' ties are looked up by actor.
import type { TieId } from '../../../../shared/domain';
import type { CanvasTie } from '../../../../shared/canvas-records';
import type { Point } from '../../../../shared/geometry-types';
import { tieCurve, type TieCurve } from '../../../../shared/render/tie-bends';
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

/** Moved ties kept beside the tree before it is rebuilt: testing these one by one stays cheaper than a rebuild. */
const MOST_MOVED = 2_000;

let last: {
  edges: readonly TieFlowEdge[];
  nodes: unknown;
  ties: unknown;
  drawn: DrawnTies;
  at: ReadonlyMap<string, Point>;
} | null = null;

const curveOf = (edge: TieFlowEdge, positions: ReadonlyMap<string, Point>, bends: ReadonlyMap<string, number>) => {
  const from = positions.get(edge.source);
  const to = positions.get(edge.target);
  return from && to ? tieCurve(from, to, bends.get(edge.id) ?? 0, TIE_CLEARANCE, TIE_CLEARANCE) : null;
};

/** The same ties between the same actors in the same order (a move or a selection, not an added or edited tie). */
function sameTies(a: readonly TieFlowEdge[], b: readonly TieFlowEdge[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (
      x !== y &&
      (x.id !== y.id || x.source !== y.source || x.target !== y.target || x.data?.strength !== y.data?.strength)
    )
      return false;
  }
  return true;
}

/** After moves only: the ties of actors whose positions changed get new curves beside the unchanged tree. */
function afterMoves(
  before: NonNullable<typeof last>,
  edges: readonly TieFlowEdge[],
  positions: ReadonlyMap<string, Point>,
  bends: ReadonlyMap<string, number>,
): DrawnTies | null {
  const curves = new Map<number, TieCurve | null>();
  for (const [id, at] of positions) {
    const was = before.at.get(id);
    if (was && was.x === at.x && was.y === at.y) continue;
    if (!was) return null;
    for (const i of before.drawn.byActor.get(id) ?? []) curves.set(i, curveOf(edges[i]!, positions, bends));
  }
  if (before.drawn.index.movedCount + curves.size > MOST_MOVED) return null;
  const index = curves.size > 0 ? before.drawn.index.withMoved(curves) : before.drawn.index;
  return { index, edges, byActor: before.drawn.byActor };
}

export function drawnTies(
  edges: readonly TieFlowEdge[],
  nodes: readonly ActorFlowNode[],
  ties: ReadonlyMap<TieId, CanvasTie>,
): DrawnTies {
  if (last && last.edges === edges && last.nodes === nodes && last.ties === ties) return last.drawn;
  const positions = positionsOf(nodes);
  const bends = bendsOf(ties);
  const moved =
    last && last.ties === ties && last.at.size === positions.size && sameTies(last.edges, edges)
      ? afterMoves(last, edges, positions, bends)
      : null;
  const drawn = moved ?? build(edges, positions, bends);
  last = { edges, nodes, ties, drawn, at: positions };
  return drawn;
}

function build(
  edges: readonly TieFlowEdge[],
  positions: ReadonlyMap<string, Point>,
  bends: ReadonlyMap<string, number>,
): DrawnTies {
  const shapes: TieShape[] = [];
  const byActor = new Map<string, number[]>();
  const note = (actor: string, i: number) => {
    const list = byActor.get(actor);
    if (list) list.push(i);
    else byActor.set(actor, [i]);
  };
  edges.forEach((edge, i) => {
    // Actors too close together draw no tie (null curve), but a drag may pull them apart: still listed by actor.
    note(edge.source, i);
    note(edge.target, i);
    shapes.push({
      id: edge.id,
      curve: curveOf(edge, positions, bends),
      width: STRENGTH_WIDTH[edge.data?.strength ?? 'medium'],
    });
  });
  return { index: new TieIndex(shapes), edges, byActor };
}
