// Force-directed layout with d3-force: ties pull, actors push apart and never overlap, pinned actors stay put.
// Stepped by the caller (a worker streams each step to the canvas; tests run it to the end), so it can be stopped.
import { forceCollide, forceLink, forceManyBody, forceSimulation, forceX, forceY, type SimulationNodeDatum } from 'd3-force';
import { ACTOR_BOX, BOX_GAP } from './actor-box';
import type { LayoutActor, LayoutTie, Placement } from './layout-types';
import { settleOnFreeCells } from './free-cells';

interface SimNode extends SimulationNodeDatum {
  index: number;
}

export interface ForceOptions {
  /** Only these actors move (a selection); the rest hold still but still push. Default: every actor. */
  only?: ReadonlySet<string> | null;
}

export interface ForceLayout {
  /** Runs up to `ticks` steps; true once the layout has settled. */
  step(ticks: number): boolean;
  /** Where every actor is now, in input order, as x0, y0, x1, y1… (cheap to send from a worker). */
  positions(): Float64Array;
  /** The actors that move, each settled on the nearest free spot so none overlap: what is saved as one undo step. */
  finish(): Placement[];
  readonly movable: readonly boolean[];
}

/** The simulation cools to its end in about this many steps (d3's default is 300; fewer keeps 2,000 actors under 5 s). */
const SETTLE_TICKS = 120;
const ALPHA_MIN = 0.001;
/** About half a box's width: keeps actors apart while the layout runs; settleOnFreeCells() makes it exact at the end. */
const COLLIDE_RADIUS = (ACTOR_BOX.width + BOX_GAP) / 2;
const LINK_DISTANCE = 220;
const COLLIDE_FROM_ALPHA = 0.05;

/** A small seeded generator, so the same map gives the same layout (d3 uses randomness to split coincident actors). */
function seeded(seed = 1): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

export function createForceLayout(actors: readonly LayoutActor[], ties: readonly LayoutTie[], options: ForceOptions = {}): ForceLayout {
  const only = options.only ?? null;
  const movable = actors.map((a) => !a.pinned && (only === null || only.has(a.id)));
  const nodes: SimNode[] = actors.map((a, index) => ({
    index,
    x: a.x,
    y: a.y,
    // Fixed actors still take part (they pull and push) but d3 never moves them.
    ...(movable[index] ? {} : { fx: a.x, fy: a.y }),
  }));
  const indexById = new Map(actors.map((a, i) => [a.id, i]));
  const links = ties
    .map((t) => ({ source: indexById.get(t.fromId), target: indexById.get(t.toId) }))
    .filter((l): l is { source: number; target: number } => l.source !== undefined && l.target !== undefined && l.source !== l.target);
  const cx = actors.reduce((sum, a) => sum + a.x, 0) / Math.max(1, actors.length);
  const cy = actors.reduce((sum, a) => sum + a.y, 0) / Math.max(1, actors.length);

  const simulation = forceSimulation<SimNode>(nodes)
    .randomSource(seeded())
    .alphaMin(ALPHA_MIN)
    .alphaDecay(1 - ALPHA_MIN ** (1 / SETTLE_TICKS))
    .force('link', forceLink<SimNode, { source: number; target: number }>(links).id((n) => n.index).distance(LINK_DISTANCE))
    // distanceMax keeps far-apart groups from pushing each other across the whole map, and keeps each step cheap.
    .force('charge', forceManyBody<SimNode>().strength(-400).distanceMax(600).theta(1.5))
    // A gentle pull to the middle keeps separate groups and lone actors from drifting off.
    .force('x', forceX<SimNode>(cx).strength(0.03))
    .force('y', forceY<SimNode>(cy).strength(0.03))
    .stop();

  let colliding = false;
  const positions = () => {
    const out = new Float64Array(nodes.length * 2);
    nodes.forEach((n, i) => {
      out[i * 2] = n.x ?? 0;
      out[i * 2 + 1] = n.y ?? 0;
    });
    return out;
  };

  return {
    movable,
    step(ticks) {
      for (let i = 0; i < ticks && simulation.alpha() >= ALPHA_MIN; i++) {
        // Collision only once the big moves are over (the last ~half of the steps): early on actors pass through
        // each other anyway, and collision is a third of each step's cost.
        if (!colliding && simulation.alpha() < COLLIDE_FROM_ALPHA) {
          colliding = true;
          simulation.force('collide', forceCollide<SimNode>(COLLIDE_RADIUS).strength(0.9));
        }
        simulation.tick();
      }
      return simulation.alpha() < ALPHA_MIN;
    },
    positions,
    finish() {
      const points = nodes.map((n) => ({ x: n.x ?? 0, y: n.y ?? 0 }));
      settleOnFreeCells(points, movable);
      const placements: Placement[] = [];
      points.forEach((p, i) => {
        if (movable[i]) placements.push({ id: actors[i]!.id, x: Math.round(p.x), y: Math.round(p.y) });
      });
      return placements;
    },
  };
}

/** Runs a force layout to the end in one go (tests, the command line). */
export function forceLayout(actors: readonly LayoutActor[], ties: readonly LayoutTie[], options: ForceOptions = {}): Placement[] {
  const layout = createForceLayout(actors, ties, options);
  while (!layout.step(50));
  return layout.finish();
}
