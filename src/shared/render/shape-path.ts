// Each kind's shape as an SVG path around a centre: the zoomed-out canvas and its overlay draw the same outlines.
import type { KindShape } from '../domain';

/** Corners of each polygon shape, as multiples of the half-width; the zoomed-out canvas draws them by calls. */
export const POLYGONS: Partial<Record<KindShape, [number, number][]>> = {
  diamond: [
    [0, -1],
    [1, 0],
    [0, 1],
    [-1, 0],
  ],
  hexagon: [
    [-0.5, -0.9],
    [0.5, -0.9],
    [1, 0],
    [0.5, 0.9],
    [-0.5, 0.9],
    [-1, 0],
  ],
  triangle: [
    [0, -1],
    [1, 0.85],
    [-1, 0.85],
  ],
  square: [
    [-0.9, -0.9],
    [0.9, -0.9],
    [0.9, 0.9],
    [-0.9, 0.9],
  ],
};

const f = (n: number) => Math.round(n * 10) / 10;

/** `r` is the shape's half-width in flow units. Rounded squares are drawn as squares: at dot size nobody can tell. */
export function shapePath(shape: KindShape, x: number, y: number, r: number): string {
  const points = POLYGONS[shape === 'rounded' ? 'square' : shape];
  if (!points)
    return `M${f(x + r)},${f(y)}A${f(r)},${f(r)} 0 1 0 ${f(x - r)},${f(y)}A${f(r)},${f(r)} 0 1 0 ${f(x + r)},${f(y)}Z`;
  return `M${points.map(([px, py]) => `${f(x + px * r)},${f(y + py * r)}`).join('L')}Z`;
}
