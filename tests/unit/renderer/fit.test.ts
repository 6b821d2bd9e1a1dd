// Fit shows the whole map at any size: a borough register of 50,000 actors is wider than the usual least zoom (0.02)
// can show, so the least zoom follows the map's extent and the fitted view holds every actor.
import { describe, expect, it } from 'vitest';
import { actorBounds, fitViewport, MIN_ZOOM, minZoomFor } from '../../../src/renderer/src/canvas/fit';
import type { ActorFlowNode } from '../../../src/renderer/src/state/flow-types';
import type { KindId } from '../../../src/shared/domain';
import { NODE_HEIGHT, NODE_WIDTH, SHAPE_CENTRE_X, SHAPE_CENTRE_Y } from '../../../src/renderer/src/state/node-geometry';

/** The canvas bench's grid: `count` actors in ceil(√(2·count)) columns 220 apart, rows 110 apart. */
function grid(count: number): ActorFlowNode[] {
  const columns = Math.ceil(Math.sqrt(count * 2));
  return Array.from({ length: count }, (_, i) => ({
    id: `a${i}`,
    type: 'actor' as const,
    position: { x: (i % columns) * 220, y: Math.floor(i / columns) * 110 },
    data: { name: `Actor ${i}`, kindId: 'k' as KindId },
  }));
}

/** Every actor's whole node on screen inside `free` under the viewport. */
function allInside(nodes: readonly ActorFlowNode[], v: { x: number; y: number; zoom: number }, free: typeof FREE) {
  return nodes.every(({ position: p }) => {
    const left = v.x + (p.x - SHAPE_CENTRE_X) * v.zoom;
    const top = v.y + (p.y - SHAPE_CENTRE_Y) * v.zoom;
    return (
      left >= free.x - 1e-6 &&
      top >= free.y - 1e-6 &&
      left + NODE_WIDTH * v.zoom <= free.x + free.width + 1e-6 &&
      top + NODE_HEIGHT * v.zoom <= free.y + free.height + 1e-6
    );
  });
}

const FREE = { x: 64, y: 56, width: 1216, height: 744 };

describe('fit at any size', () => {
  it('fits every actor of a 50,000-actor map, which needs a zoom under 0.02', () => {
    const nodes = grid(50_000);
    const view = fitViewport(nodes, FREE);
    expect(view.zoom).toBeLessThan(MIN_ZOOM);
    expect(allInside(nodes, view, FREE)).toBe(true);
    // React Flow may zoom that far out: the least zoom for this map is at or below the fitted one.
    expect(minZoomFor(actorBounds(nodes))).toBeLessThanOrEqual(view.zoom);
  });

  it('fits a map 400,000 units wide, and keeps its least zoom showing it at 200 px or more', () => {
    const nodes = grid(2_000).map((n) => ({ ...n, position: { x: n.position.x * 30, y: n.position.y } }));
    const view = fitViewport(nodes, FREE);
    expect(allInside(nodes, view, FREE)).toBe(true);
    const bounds = actorBounds(nodes)!;
    const least = minZoomFor(bounds);
    expect(least).toBeLessThanOrEqual(view.zoom);
    expect(bounds.width * least).toBeGreaterThan(100);
    expect(bounds.width * least).toBeLessThanOrEqual(200);
  });

  it('keeps the usual least zoom for maps that fit at it, and does not move it for a small move', () => {
    expect(minZoomFor(actorBounds(grid(500)))).toBe(MIN_ZOOM);
    expect(minZoomFor(null)).toBe(MIN_ZOOM);
    const wide = grid(50_000);
    const moved = wide.map((n, i) => (i === 0 ? { ...n, position: { x: n.position.x - 300, y: n.position.y } } : n));
    expect(minZoomFor(actorBounds(moved))).toBe(minZoomFor(actorBounds(wide)));
  });
});
