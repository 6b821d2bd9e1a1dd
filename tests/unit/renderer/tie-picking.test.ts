// Picking a tie drawn on a canvas (big maps): with two ties between the same actors, a click near either curve
// picks that tie, not the other.
import { describe, expect, it } from 'vitest';
import { tieNear } from '../../../src/renderer/src/canvas/ties/tie-geometry';
import type { TieFlowEdge } from '../../../src/renderer/src/state/flow-types';
import { tieBends, tieCurve } from '../../../src/shared/render/tie-bends';

const edge = (id: string, source: string, target: string): TieFlowEdge => ({ id, source, target, type: 'tie' });

describe('tieNear', () => {
  it('picks each of two opposite ties at the middle of its own curve', () => {
    const edges = [edge('there', 'a', 'b'), edge('back', 'b', 'a')];
    const positions = new Map([
      ['a', { x: 0, y: 0 }],
      ['b', { x: 400, y: 0 }],
    ]);
    const bends = tieBends(edges.map((e) => ({ id: e.id, fromId: e.source, toId: e.target })));
    for (const e of edges) {
      const mid = tieCurve(positions.get(e.source)!, positions.get(e.target)!, bends.get(e.id)!, 0, 0)!.mid;
      expect(tieNear(mid, edges, positions, 6, bends)).toBe(e.id);
    }
    // Without the bends both lie on one line: the same point is then nobody's.
    const mid = tieCurve(positions.get('a')!, positions.get('b')!, bends.get('there')!, 0, 0)!.mid;
    expect(tieNear(mid, edges, positions, 6)).toBeNull();
  });
});
