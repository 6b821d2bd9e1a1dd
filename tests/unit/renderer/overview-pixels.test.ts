// The overview's points written as pixels: each actor a square of its kind's colour at its place, nothing elsewhere.
import { describe, expect, it } from 'vitest';
import { writeOverviewPixels } from '../../../src/renderer/src/canvas/overview-pixels';
import { actorToNode } from '../../../src/renderer/src/state/flow-convert';
import type { ActorFlowNode } from '../../../src/renderer/src/state/flow-types';
import type { ActorId, KindId } from '../../../src/shared/domain';

const node = (id: string, x: number, y: number, kindId: string): ActorFlowNode =>
  actorToNode({ id: id as ActorId, name: id, kindId: kindId as KindId, x, y, pinned: false });
const COLOURS: Record<string, string> = { red: '#ff0000', blue: '#0000ff' };
const colourOf = (n: ActorFlowNode) => COLOURS[n.data.kindId] ?? '#8a94a3';

function lit(out: Uint8ClampedArray, width: number): Map<string, string> {
  const pixels = new Map<string, string>();
  for (let i = 0; i < out.length / 4; i++)
    if (out[i * 4 + 3]! > 0)
      pixels.set(`${i % width},${Math.floor(i / width)}`, [...out.slice(i * 4, i * 4 + 3)].join(' '));
  return pixels;
}

describe('writeOverviewPixels', () => {
  it('writes a square of each actor’s colour centred on its place, and nothing else', () => {
    const out = new Uint8ClampedArray(10 * 8 * 4);
    // Flow (100, 50) and (300, 150) at scale 0.02 from (0, 0): pixels (2, 1) and (6, 3), squares of 2.
    writeOverviewPixels(
      out,
      10,
      8,
      [node('a', 100, 50, 'red'), node('b', 300, 150, 'blue')],
      colourOf,
      { x: 0, y: 0, scale: 0.02 },
      2,
    );
    const pixels = lit(out, 10);
    expect([...pixels.keys()].sort()).toEqual(['1,0', '1,1', '2,0', '2,1', '5,2', '5,3', '6,2', '6,3']);
    expect(pixels.get('1,0')).toBe('255 0 0');
    expect(pixels.get('6,3')).toBe('0 0 255');
    expect(out[(0 * 10 + 1) * 4 + 3]).toBe(255);
  });

  it('clips squares at the edges, and a later actor covers an earlier one', () => {
    const out = new Uint8ClampedArray(4 * 4 * 4);
    const nodes = [node('a', 0, 0, 'red'), node('b', 0, 0, 'blue'), node('c', 1000, 1000, 'red')];
    writeOverviewPixels(out, 4, 4, nodes, colourOf, { x: 0, y: 0, scale: 0.01 }, 3);
    const pixels = lit(out, 4);
    expect([...pixels.keys()].sort()).toEqual(['0,0', '0,1', '1,0', '1,1']);
    expect(new Set(pixels.values())).toEqual(new Set(['0 0 255']));
  });
});
