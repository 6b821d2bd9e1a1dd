// Force-directed layout: ForceAtlas2 gives each separate group its shape, boxes (shape and name) are then pulled
// apart without overlaps, and the groups are packed side by side, never interleaved; pinned actors stay put.
// Stepped by the caller (a worker streams each step to the canvas; tests run it to the end), so it can be stopped.
import Graph from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import noverlap from 'graphology-layout-noverlap';
import { actorExtent, BOX_GAP, boxAt, CLEAR_X, CLEAR_Y, type Box, type Extent } from './actor-box';
import { packBoxes, SCREEN_ASPECT, separateGroups } from './groups';
import type { LayoutActor, LayoutTie, Placement } from './layout-types';
import { removeOverlaps, type Point } from './separate';
import { clearTies } from './clear-ties';
import { countCrossings } from './layout-metrics';

export interface ForceOptions {
  /** Only these actors move (a selection); the rest hold still but still push. Default: every actor. */
  only?: ReadonlySet<string> | null;
  /** Separate groups that move are packed right of this box (the rest of a map not given to the layout). */
  besides?: Box | null;
  /** Steps to run instead of settleSteps() (fewer: quicker and rougher). */
  steps?: number;
  /** Sees every actor's position after each stage of finish() (bench/layout-stages-bench.ts measures them). */
  probe?: (stage: string, at: readonly Point[]) => void;
}

export interface ForceLayout {
  /** Runs up to `ticks` steps; true once the layout has settled. */
  step(ticks: number): boolean;
  /** Where every actor is now, in input order, as x0, y0, x1, y1… (cheap to send from a worker). */
  positions(): Float64Array;
  /** The actors that move, with every overlap removed: what is saved as one undo step. */
  finish(): Placement[];
  readonly movable: readonly boolean[];
}

/** Steps to settle: a workshop's map gets many (it costs ~0.1 s); big maps fewer, so 2,000 actors take seconds. */
export const settleSteps = (n: number) => (n <= 300 ? 800 : n <= 1000 ? 300 : 150);
/** The median tie's length on the canvas: room for a name between two tied actors. */
export const TIE_LENGTH = 200;
/**
 * ForceAtlas2 works in its own units (a tie settles 20–60 long); positions are divided by this on the way in and
 * multiplied on the way out. A free group is then scaled so its median tie is TIE_LENGTH.
 */
const UNIT = TIE_LENGTH / 35;
/** Above this many actors a group is settled with BIG_SETTINGS. */
const BIG_GROUP = 400;
/**
 * A big group: Barnes–Hut (approximate repulsion, coarse theta) so each step is cheap, and no slow-down, so actors
 * travel far enough in 150 steps to untangle. Measured on the 2,000-actor network (bench/layout-stages-bench.ts):
 * inferSettings' slowDown (1 + ln n ≈ 8.6) left 6,900 crossings after 150 steps, 4,100 after 300 exact ones;
 * slowDown 1 with theta 1 leaves ~2,800 after 150 steps in a fifth of the time.
 */
const BIG_SETTINGS = { barnesHutOptimize: true, barnesHutTheta: 1, slowDown: 1 };
/** How much more room than its boxes take a group's outline gets, at least (see read()). */
const DENSITY = 2.5;
/** Clear space between separate groups, so each reads as a group of its own. */
export const GROUP_GAP = 140;

interface Group {
  members: number[];
  graph: Graph;
  /** ForceAtlas2's settings for this group (inferred from its size). */
  settings: ReturnType<typeof forceAtlas2.inferSettings>;
  /** Anchored groups hold a pinned or unchosen actor, so they stay where they are and are not rescaled. */
  anchored: boolean;
  steps: number;
  /** The summed area of its actors' boxes, gap included. */
  boxArea: number;
}

/** The smallest box around the given actors' boxes. */
function boundsOf(members: readonly number[], at: readonly Point[], extents: readonly Extent[]): Box {
  const out = { x0: Infinity, y0: Infinity, x1: -Infinity, y1: -Infinity };
  for (const i of members) {
    const b = boxAt(at[i]!, extents[i]!);
    out.x0 = Math.min(out.x0, b.x0);
    out.y0 = Math.min(out.y0, b.y0);
    out.x1 = Math.max(out.x1, b.x1);
    out.y1 = Math.max(out.y1, b.y1);
  }
  return out;
}

function median(values: number[]): number {
  values.sort((a, b) => a - b);
  return values.length ? values[Math.floor(values.length / 2)]! : 0;
}

function groupGraph(
  actors: readonly LayoutActor[],
  members: readonly number[],
  ties: readonly LayoutTie[],
  movable: readonly boolean[],
): Graph {
  const graph = new Graph({ type: 'undirected', multi: false });
  const inGroup = new Set(members.map((i) => actors[i]!.id));
  for (const i of members) {
    const a = actors[i]!;
    graph.addNode(a.id, { x: a.x / UNIT, y: a.y / UNIT, fixed: !movable[i] });
  }
  for (const t of ties) {
    if (t.fromId !== t.toId && inGroup.has(t.fromId) && inGroup.has(t.toId) && !graph.hasEdge(t.fromId, t.toId))
      graph.addEdge(t.fromId, t.toId);
  }
  // Actors on one spot would stay on it (ForceAtlas2 has no randomness): spread them round a small circle.
  const seen = new Map<string, number>();
  graph.forEachNode((id, attr) => {
    const key = `${Math.round(attr.x as number)},${Math.round(attr.y as number)}`;
    const k = seen.get(key) ?? 0;
    seen.set(key, k + 1);
    if (k > 0 && !attr.fixed)
      graph.mergeNodeAttributes(id, {
        x: (attr.x as number) + Math.cos(k * 2.4) * Math.sqrt(k),
        y: (attr.y as number) + Math.sin(k * 2.4) * Math.sqrt(k),
      });
  });
  return graph;
}

/**
 * Gephi's noverlap on a free group, each actor a circle as wide as its box: it opens up the knots ForceAtlas2 leaves
 * round busy actors by spreading them outward, which keeps the group's shape (pushing pairs apart does not).
 */
function spreadKnots(
  graph: Graph,
  members: readonly number[],
  actors: readonly LayoutActor[],
  at: Point[],
  extents: readonly Extent[],
): void {
  for (const i of members) {
    const e = extents[i]!;
    graph.mergeNodeAttributes(actors[i]!.id, {
      x: at[i]!.x,
      y: at[i]!.y,
      size: Math.max(e.left + e.right, e.top + e.bottom) / 2,
    });
  }
  noverlap.assign(graph, { maxIterations: 300, settings: { margin: BOX_GAP / 2, ratio: 1, speed: 3, gridSize: 20 } });
  for (const i of members) {
    const attr = graph.getNodeAttributes(actors[i]!.id);
    at[i] = { x: attr.x as number, y: attr.y as number };
  }
}

/** Wider than tall, as a screen is: a group is turned so its long axis lies across and stretched by at most 20%. */
const MAX_STRETCH = 1.2;

/**
 * Turns a group (ForceAtlas2 units) so its longest spread lies across, then stretches it a little towards 16:9 (an
 * affine change: ties that did not cross still do not). Returns the new coordinates, their box and median tie.
 */
function screenShape(xs0: readonly number[], ys0: readonly number[], graph: Graph) {
  const n = xs0.length;
  const mx = xs0.reduce((a, b) => a + b, 0) / n;
  const my = ys0.reduce((a, b) => a + b, 0) / n;
  let sxx = 0;
  let syy = 0;
  let sxy = 0;
  for (let k = 0; k < n; k++) {
    const dx = xs0[k]! - mx;
    const dy = ys0[k]! - my;
    sxx += dx * dx;
    syy += dy * dy;
    sxy += dx * dy;
  }
  // The principal axis of the spread, from the covariance: turning by minus its angle lays it across.
  const angle = 0.5 * Math.atan2(2 * sxy, sxx - syy);
  const cos = Math.cos(-angle);
  const sin = Math.sin(-angle);
  let xs = xs0.map((x, k) => (x - mx) * cos - (ys0[k]! - my) * sin);
  let ys = xs0.map((x, k) => (x - mx) * sin + (ys0[k]! - my) * cos);
  const span = (v: number[]) => Math.max(...v) - Math.min(...v);
  const aspect = span(xs) / Math.max(1e-9, span(ys));
  const stretch = Math.min(MAX_STRETCH, Math.max(1, Math.sqrt(SCREEN_ASPECT / Math.max(aspect, 1e-9))));
  xs = xs.map((x) => x * stretch);
  ys = ys.map((y) => y / stretch);
  const index = new Map<string, number>();
  let k = 0;
  graph.forEachNode((id) => index.set(id, k++));
  const lengths: number[] = [];
  graph.forEachEdge((_e, _a, source, target) => {
    const i = index.get(source)!;
    const j = index.get(target)!;
    lengths.push(Math.hypot(xs[i]! - xs[j]!, ys[i]! - ys[j]!));
  });
  return { xs, ys, width: span(xs), height: span(ys), median: median(lengths) };
}

/** Crossings between a group's ties where its members are now. */
function crossingsOf(
  members: readonly number[],
  at: readonly Point[],
  graph: Graph,
  actors: readonly LayoutActor[],
): number {
  const drawn = members.map((i) => ({ id: actors[i]!.id, x: at[i]!.x, y: at[i]!.y }));
  const ties: LayoutTie[] = [];
  graph.forEachEdge((_e, _a, fromId, toId) => ties.push({ fromId, toId }));
  return countCrossings(drawn, ties);
}

/** The group's ties as pairs of indices into its members. */
function graphTies(graph: Graph, local: ReadonlyMap<string, number>): [number, number][] {
  const out: [number, number][] = [];
  graph.forEachEdge((_e, _a, source, target) => out.push([local.get(source)!, local.get(target)!]));
  return out;
}

export function createForceLayout(
  actors: readonly LayoutActor[],
  ties: readonly LayoutTie[],
  options: ForceOptions = {},
): ForceLayout {
  const only = options.only ?? null;
  const movable = actors.map((a) => !a.pinned && (only === null || only.has(a.id)));
  const extents = actors.map((a) => actorExtent(a.name));
  const at: Point[] = actors.map((a) => ({ x: a.x, y: a.y }));
  const indexById = new Map(actors.map((a, i) => [a.id, i]));
  const all = separateGroups(
    actors.map((a) => a.id),
    ties,
  );
  const isAnchored = (g: number[]) => g.some((i) => !movable[i]);
  const anchoredMembers = all.filter(isAnchored).flat();
  // Actors with no ties wait in a block of their own, in kind order, so they never sit among a group's ties.
  const loners = all
    .filter((g) => g.length === 1 && movable[g[0]!])
    .map((g) => g[0]!)
    .sort(
      (a, b) =>
        actors[a]!.kindId.localeCompare(actors[b]!.kindId) ||
        (actors[a]!.name ?? '').localeCompare(actors[b]!.name ?? '') ||
        a - b,
    );
  const total = options.steps ?? settleSteps(actors.length);
  const groups: Group[] = all
    .filter((g) => g.length > 1 && g.some((i) => movable[i]))
    .map((members) => {
      const graph = groupGraph(actors, members, ties, movable);
      const settings = { ...forceAtlas2.inferSettings(graph), ...(members.length > BIG_GROUP ? BIG_SETTINGS : {}) };
      const boxArea = members.reduce(
        (sum, i) =>
          sum + (extents[i]!.left + extents[i]!.right + BOX_GAP) * (extents[i]!.top + extents[i]!.bottom + BOX_GAP),
        0,
      );
      return { members, graph, settings, anchored: isAnchored(members), steps: 0, boxArea };
    });
  const freeGroups = groups.filter((g) => !g.anchored);
  const start = boundsOf(
    actors.map((_, i) => i),
    at,
    extents,
  );

  /** Reads ForceAtlas2's positions back; a free group is scaled about its middle so its median tie is TIE_LENGTH. */
  const read = () => {
    for (const g of groups) {
      const ids: string[] = [];
      const xs: number[] = [];
      const ys: number[] = [];
      g.graph.forEachNode((id, attr) => {
        ids.push(id);
        xs.push(attr.x as number);
        ys.push(attr.y as number);
      });
      if (g.anchored) {
        ids.forEach((id, k) => (at[indexById.get(id)!] = { x: xs[k]! * UNIT, y: ys[k]! * UNIT }));
        continue;
      }
      const shape = screenShape(xs, ys, g.graph);
      // A dense group (a hub with many actors round it) is spread further, so its boxes have room without pushing
      // each other about: its outline must hold DENSITY times the area of its boxes.
      // (A group in a line has no height: a tie's length stands in, so a pair is not blown up to fill an area.)
      const area = Math.max(shape.width, shape.median) * Math.max(shape.height, shape.median);
      const scale = Math.max(
        shape.median > 0 ? TIE_LENGTH / shape.median : UNIT,
        area > 0 ? Math.sqrt((DENSITY * g.boxArea) / area) : 0,
      );
      ids.forEach((id, k) => (at[indexById.get(id)!] = { x: shape.xs[k]! * scale, y: shape.ys[k]! * scale }));
    }
  };

  /** Places the free groups and the block of loners side by side, right of the anchored groups (or where the map was). */
  const pack = () => {
    const blocks: { members: number[]; box: Box }[] = freeGroups.map(({ members }) => ({
      members,
      box: boundsOf(members, at, extents),
    }));
    if (loners.length > 0) {
      const columns = Math.ceil(Math.sqrt(loners.length * 1.5));
      loners.forEach((i, k) => (at[i] = { x: (k % columns) * CLEAR_X, y: Math.floor(k / columns) * CLEAR_Y }));
      blocks.push({ members: loners, box: boundsOf(loners, at, extents) });
    }
    if (blocks.length === 0) return;
    const corners = packBoxes(
      blocks.map((b) => ({ w: b.box.x1 - b.box.x0, h: b.box.y1 - b.box.y0 })),
      GROUP_GAP,
    );
    const anchoredPart = anchoredMembers.length > 0 ? boundsOf(anchoredMembers, at, extents) : null;
    const besides = options.besides ?? null;
    const fixedPart =
      anchoredPart && besides
        ? { x1: Math.max(anchoredPart.x1, besides.x1), y0: Math.min(anchoredPart.y0, besides.y0) }
        : (anchoredPart ?? besides);
    const origin = fixedPart ? { x: fixedPart.x1 + GROUP_GAP, y: fixedPart.y0 } : { x: start.x0, y: start.y0 };
    blocks.forEach(({ members, box }, k) => {
      const dx = origin.x + corners[k]!.x - box.x0;
      const dy = origin.y + corners[k]!.y - box.y0;
      for (const i of members) at[i] = { x: at[i]!.x + dx, y: at[i]!.y + dy };
    });
  };

  return {
    movable,
    step(ticks) {
      for (const g of groups) {
        const n = Math.min(ticks, total - g.steps);
        if (n <= 0) continue;
        forceAtlas2.assign(g.graph, { iterations: n, settings: g.settings });
        g.steps += n;
      }
      return groups.every((g) => g.steps >= total);
    },
    positions() {
      read();
      pack();
      const out = new Float64Array(actors.length * 2);
      at.forEach((p, i) => {
        out[i * 2] = p.x;
        out[i * 2 + 1] = p.y;
      });
      return out;
    },
    finish() {
      read();
      const probe = options.probe ?? null;
      // The probe sees a packed copy (groups side by side, not on each other); the stages work on unpacked positions.
      const show = (stage: string) => {
        if (!probe) return;
        const kept = at.map((p) => ({ ...p }));
        pack();
        probe(stage, at);
        kept.forEach((p, i) => (at[i] = p));
      };
      show('ForceAtlas2');
      // Each group is made overlap-free on its own before packing, so clearing a knot never pushes into a neighbour.
      for (const { members, graph, anchored } of groups) {
        if (anchored) continue;
        // Noverlap may pull a tie across another; then a small group keeps ForceAtlas2's shape and separate() alone
        // clears its overlaps (measured: on the 60-actor network noverlap turned 2 crossings into 3). A big group
        // always keeps noverlap's spreading: without it separate() has hundreds of knots to push apart, which
        // doubled the 2,000-actor layout's time and left more ties through actors.
        if (members.length > BIG_GROUP) {
          spreadKnots(graph, members, actors, at, extents);
          continue;
        }
        const before = members.map((i) => at[i]!);
        const crossed = crossingsOf(members, at, graph, actors);
        spreadKnots(graph, members, actors, at, extents);
        if (crossingsOf(members, at, graph, actors) > crossed) members.forEach((i, k) => (at[i] = before[k]!));
      }
      show('noverlap');
      for (const { members } of groups) {
        const points = members.map((i) => ({ ...at[i]! }));
        const ext = members.map((i) => extents[i]!);
        const moves = members.map((i) => movable[i]!);
        removeOverlaps(points, ext, moves, BOX_GAP + 1);
        members.forEach((i, k) => (at[i] = points[k]!));
      }
      show('separate');
      for (const { members, graph } of groups) {
        const points = members.map((i) => ({ ...at[i]! }));
        const ext = members.map((i) => extents[i]!);
        const moves = members.map((i) => movable[i]!);
        const local = new Map(members.map((i, k) => [actors[i]!.id, k]));
        clearTies(points, ext, moves, graphTies(graph, local), BOX_GAP + 1);
        members.forEach((i, k) => (at[i] = points[k]!));
      }
      pack();
      probe?.('clear ties', at);
      // Last, everything together: a moved actor of an anchored group may have come near another anchored group.
      removeOverlaps(at, extents, movable, BOX_GAP + 1);
      probe?.('final', at);
      const placements: Placement[] = [];
      at.forEach((p, i) => {
        if (movable[i]) placements.push({ id: actors[i]!.id, x: Math.round(p.x), y: Math.round(p.y) });
      });
      return placements;
    },
  };
}

/** Runs a force layout to the end in one go (tests, the command line, the demo map, imports). */
export function forceLayout(
  actors: readonly LayoutActor[],
  ties: readonly LayoutTie[],
  options: ForceOptions = {},
): Placement[] {
  const layout = createForceLayout(actors, ties, options);
  while (!layout.step(25));
  return layout.finish();
}
