// Separate groups of a map (connected components over its ties), and packing their boxes side by side into a block
// about as wide as a 16:9 screen, so groups never interleave and the whole map fills a projector.
import potpack from 'potpack';
import type { LayoutTie } from './layout-types';

/** Indices of actors in each separate group, biggest group first; actors with no ties each form their own. */
export function separateGroups(ids: readonly string[], ties: readonly LayoutTie[]): number[][] {
  const index = new Map(ids.map((id, i) => [id, i]));
  const parent = ids.map((_, i) => i);
  const root = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i]!]!;
      i = parent[i]!;
    }
    return i;
  };
  for (const t of ties) {
    const a = index.get(t.fromId);
    const b = index.get(t.toId);
    if (a === undefined || b === undefined) continue;
    const ra = root(a);
    const rb = root(b);
    if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
  }
  const groups = new Map<number, number[]>();
  ids.forEach((_, i) => {
    const r = root(i);
    const g = groups.get(r);
    if (g) g.push(i);
    else groups.set(r, [i]);
  });
  return [...groups.values()].sort((a, b) => b.length - a.length || a[0]! - b[0]!);
}

export interface PackBox {
  w: number;
  h: number;
}

/** The screen shape packed blocks aim at. */
export const SCREEN_ASPECT = 16 / 9;

/**
 * Top-left corners for boxes packed without overlap into a block near SCREEN_ASPECT wide (potpack fills a square,
 * so widths are squeezed by the aspect before packing and stretched back after). `gap` is kept between boxes.
 */
export function packBoxes(boxes: readonly PackBox[], gap: number): { x: number; y: number }[] {
  const squeeze = 1 / SCREEN_ASPECT;
  const items = boxes.map((b, i) => ({ i, w: (b.w + gap) * squeeze, h: b.h + gap, x: 0, y: 0 }));
  potpack(items);
  const out = boxes.map(() => ({ x: 0, y: 0 }));
  for (const it of items) out[it.i] = { x: it.x / squeeze, y: it.y };
  return out;
}
