// Where an actor added without a drop point goes: a free spot inside the view, even when panels leave it narrow.
import { describe, expect, it } from 'vitest';
import { freeSpotNear } from '../../../src/renderer/src/canvas/free-spot';
import { useFlowStore } from '../../../src/renderer/src/state/flow-store';
import type { ActorFlowNode } from '../../../src/renderer/src/state/flow-types';

const node = (id: string, x: number, y: number) =>
  ({ id, type: 'actor', position: { x, y }, data: {} }) as unknown as ActorFlowNode;

describe('free spot for a new actor', () => {
  it('in a narrow, tall view with its middle taken, finds a free spot still inside the view', () => {
    // The middle and a row either side of it are taken; above and below are free.
    useFlowStore.setState({
      nodes: [node('a', 0, 0), node('b', -180, 0), node('c', 180, 0), node('d', -360, 0), node('e', 360, 0)],
    });
    const view = { x: 0, y: 0, halfWidth: 120, halfHeight: 400 };
    const spot = freeSpotNear(view);
    expect(Math.abs(spot.x)).toBeLessThanOrEqual(120 - 80);
    // Above the taken row (below the middle is where the legend docks).
    expect(spot.y).toBeLessThanOrEqual(-100);
    expect(spot.y).toBeGreaterThanOrEqual(-(400 - 50));
  });

  it('takes the middle when it is free', () => {
    useFlowStore.setState({ nodes: [node('a', 500, 500)] });
    expect(freeSpotNear({ x: 10, y: 20, halfWidth: 600, halfHeight: 400 })).toEqual({ x: 10, y: 20 });
  });
});
