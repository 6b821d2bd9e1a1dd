// The drawn ties' index follows the map: after actors move, their ties are found where they are now (beside the
// unchanged tree); after a tie is added the index is rebuilt and holds it.
import { describe, expect, it } from 'vitest';
import { drawnTies } from '../../../src/renderer/src/canvas/ties/drawn-ties';
import type { ActorFlowNode, TieFlowEdge } from '../../../src/renderer/src/state/flow-types';
import type { KindId, Tie, TieId } from '../../../src/shared/domain';

const node = (id: string, x: number, y: number): ActorFlowNode => ({
  id,
  type: 'actor',
  position: { x, y },
  data: { name: id, kindId: 'k' as KindId },
});
const edge = (id: string, source: string, target: string): TieFlowEdge => ({ id, source, target, type: 'tie' });
const NO_TIES = new Map<TieId, Tie>();
const found = (d: ReturnType<typeof drawnTies>, r: { x0: number; y0: number; x1: number; y1: number }) =>
  d.index.inRect(r).map((i) => d.index.id(i));

describe('drawnTies', () => {
  const nodes = [node('a', 0, 0), node('b', 400, 0), node('c', 0, 2_000), node('d', 400, 2_000)];
  const edges = [edge('ab', 'a', 'b'), edge('cd', 'c', 'd')];

  it('moves a tie with its actors without rebuilding the tree', () => {
    const first = drawnTies(edges, nodes, NO_TIES);
    expect(found(first, { x0: -50, y0: -50, x1: 450, y1: 50 })).toEqual(['ab']);
    // 'c' and 'd' move 10,000 to the right: their tie goes with them.
    const moved = nodes.map((n) =>
      n.id === 'c' || n.id === 'd' ? { ...n, position: { x: n.position.x + 10_000, y: n.position.y } } : n,
    );
    const after = drawnTies(edges, moved, NO_TIES);
    expect(after.index.movedCount).toBe(1);
    expect(found(after, { x0: 9_900, y0: 1_900, x1: 10_500, y1: 2_100 })).toEqual(['cd']);
    expect(found(after, { x0: -50, y0: 1_900, x1: 450, y1: 2_100 })).toEqual([]);
    expect(found(after, { x0: -50, y0: -50, x1: 450, y1: 50 })).toEqual(['ab']);
  });

  it('rebuilds when a tie is added, and finds it', () => {
    const added = [...edges, edge('ad', 'a', 'd')];
    const after = drawnTies(added, nodes, NO_TIES);
    expect(after.index.movedCount).toBe(0);
    expect(after.index.size).toBe(3);
    expect(found(after, { x0: 150, y0: 900, x1: 250, y1: 1_100 })).toEqual(['ad']);
  });
});
