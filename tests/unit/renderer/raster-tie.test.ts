// One zoomed-out tie into pixels: straight ties run from dot edge to dot edge, each tie keeps its own colour and
// width however many alike came before it (the style is reused between alike ties), and taking a tie out undoes it.
import { describe, expect, it } from 'vitest';
import { rasterTie, type PixelTransform, type SceneTie } from '../../../src/renderer/src/canvas/far/far-scene';
import { TieRaster } from '../../../src/renderer/src/canvas/far/tie-raster';

const P: PixelTransform = { scale: 0.1, ox: 0, oy: 0, zoom: 0.1, radius: 30 };
const tie = (o: Partial<SceneTie> = {}): SceneTie => ({
  fx: 0,
  fy: 55,
  tx: 400,
  ty: 55,
  bend: 0,
  colour: '#5b6675',
  style: 'solid',
  strength: 'medium',
  alpha: 0.4,
  arrows: 0,
  ...o,
});

function pixels(raster: TieRaster): Uint8ClampedArray {
  const out = new Uint8ClampedArray(raster.width * raster.height * 4);
  raster.compose(out);
  return out;
}
const litColumns = (out: Uint8ClampedArray, width: number, row: number) =>
  Array.from({ length: width }, (_, x) => x).filter((x) => out[(row * width + x) * 4 + 3]! > 0);

describe('rasterTie', () => {
  it('draws a straight tie from one dot’s edge to the other’s, and takes it out exactly', () => {
    const raster = new TieRaster(45, 12);
    // Centres at x 0 and 40 pixels, dots 3 pixels in radius: the line runs from 3 to 37, on row 5.
    rasterTie(raster, tie(), P, 1);
    expect(litColumns(pixels(raster), 45, 5)).toEqual(Array.from({ length: 35 }, (_, i) => i + 3));
    rasterTie(raster, tie(), P, -1);
    expect(pixels(raster).every((v) => v === 0)).toBe(true);
  });

  it('gives each tie its own colour and strength after many alike ones', () => {
    const raster = new TieRaster(45, 40);
    for (let i = 0; i < 5; i++) rasterTie(raster, tie({ fy: 55 + i * 10, ty: 55 + i * 10 }), P, 1);
    rasterTie(raster, tie({ fy: 255, ty: 255, colour: '#ff0000' }), P, 1);
    rasterTie(raster, tie({ fy: 355, ty: 355, strength: 'strong' }), P, 1);
    const out = pixels(raster);
    const at = (x: number, y: number) => [...out.slice((y * 45 + x) * 4, (y * 45 + x) * 4 + 4)];
    expect(at(20, 5).slice(0, 3)).toEqual([91, 102, 117]);
    expect(at(20, 25).slice(0, 3)).toEqual([255, 0, 0]);
    // Strong at zoom 0.1: 3.5 × 0.6 / 0.1 = 21 units, 2.1 pixels: two strands half a pixel either side of the row's
    // centre, over three rows; medium (1.2 pixels) is one strand on its own row.
    const rows = (x: number) => Array.from({ length: 40 }, (_, y) => y).filter((y) => out[(y * 45 + x) * 4 + 3]! > 0);
    expect(rows(20).filter((y) => y >= 33)).toEqual([34, 35, 36]);
    expect(rows(20).filter((y) => y >= 24 && y < 33)).toEqual([25]);
  });
});
