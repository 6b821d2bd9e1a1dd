// The zoomed-out tie writer: lines land on the pixels they cross, overlapping ties build up as painting them one over
// another would, dimmed ties are lighter, dashes leave gaps, and a tie taken out leaves the pixels as they were.
import { describe, expect, it } from 'vitest';
import { TieRaster, type LineStyle } from '../../../src/renderer/src/canvas/far/tie-raster';

const GREY: LineStyle = { rgb: { r: 91, g: 102, b: 117 }, alpha: 0.4, width: 1, dash: [] };

function composed(raster: TieRaster): Uint8ClampedArray {
  const out = new Uint8ClampedArray(raster.width * raster.height * 4);
  raster.compose(out);
  return out;
}

const alphaAt = (out: Uint8ClampedArray, width: number, x: number, y: number) => out[(y * width + x) * 4 + 3]!;

function litPixels(out: Uint8ClampedArray, width: number): [number, number][] {
  const lit: [number, number][] = [];
  for (let i = 0; i < out.length / 4; i++) if (out[i * 4 + 3]! > 0) lit.push([i % width, Math.floor(i / width)]);
  return lit;
}

describe('TieRaster', () => {
  it('draws a horizontal line on exactly the pixels of its row, in its colour and opacity', () => {
    const raster = new TieRaster(10, 5);
    raster.line(1.5, 2.5, 7.5, 2.5, GREY);
    const out = composed(raster);
    expect(litPixels(out, 10)).toEqual([1, 2, 3, 4, 5, 6, 7].map((x) => [x, 2]));
    const o = (2 * 10 + 4) * 4;
    expect([out[o], out[o + 1], out[o + 2]]).toEqual([91, 102, 117]);
    expect(out[o + 3]).toBe(Math.round(0.4 * 255));
  });

  it('follows a steep line pixel by pixel, splitting coverage between the two nearest columns', () => {
    const raster = new TieRaster(6, 12);
    raster.line(1.5, 0.5, 3.5, 10.5, GREY);
    const out = composed(raster);
    for (let y = 0; y <= 10; y++) {
      const lit = litPixels(out, 6).filter(([, py]) => py === y);
      expect(lit.length).toBeGreaterThanOrEqual(1);
      expect(lit.length).toBeLessThanOrEqual(2);
      // The line's centre at this row: x = 1.5 + 0.2 y; every lit pixel is within a pixel of it.
      for (const [x] of lit) expect(Math.abs(x + 0.5 - (1.5 + 0.2 * y))).toBeLessThan(1);
    }
    expect(litPixels(out, 6).some(([, y]) => y === 11)).toBe(false);
  });

  it('builds overlapping ties up as painting one over another: two at 40% make 64%', () => {
    const raster = new TieRaster(8, 3);
    raster.line(0.5, 1.5, 7.5, 1.5, GREY);
    raster.line(0.5, 1.5, 7.5, 1.5, GREY);
    expect(alphaAt(composed(raster), 8, 3, 1)).toBe(Math.round((1 - 0.6 * 0.6) * 255));
  });

  it('mixes the colours of crossing ties by their weight', () => {
    const raster = new TieRaster(4, 1);
    raster.line(0.5, 0.5, 3.5, 0.5, { ...GREY, rgb: { r: 255, g: 0, b: 0 } });
    raster.line(0.5, 0.5, 3.5, 0.5, { ...GREY, rgb: { r: 0, g: 0, b: 255 } });
    const out = composed(raster);
    // Half red, half blue: 127.5 each, rounded either way by float error.
    expect(Math.abs(out[4]! - 127.5)).toBeLessThanOrEqual(0.5);
    expect(out[5]).toBe(0);
    expect(Math.abs(out[6]! - 127.5)).toBeLessThanOrEqual(0.5);
  });

  it('draws a dimmed tie lighter than one in full', () => {
    const raster = new TieRaster(8, 4);
    raster.line(0.5, 0.5, 7.5, 0.5, GREY);
    raster.line(0.5, 2.5, 7.5, 2.5, { ...GREY, alpha: 0.4 * 0.15 });
    const out = composed(raster);
    expect(alphaAt(out, 8, 4, 2)).toBeGreaterThan(0);
    expect(alphaAt(out, 8, 4, 2)).toBeLessThan(alphaAt(out, 8, 4, 0) / 4);
  });

  it('leaves gaps where a dashed tie is off', () => {
    const raster = new TieRaster(20, 1);
    raster.line(0.5, 0.5, 19.5, 0.5, { ...GREY, dash: [4, 3] });
    const lit = litPixels(composed(raster), 20).map(([x]) => x);
    expect(lit).toEqual([0, 1, 2, 3, 7, 8, 9, 10, 14, 15, 16, 17]);
  });

  it('draws a wide tie as parallel strands and a thin one fainter', () => {
    const wide = new TieRaster(8, 5);
    wide.line(0.5, 2.5, 7.5, 2.5, { ...GREY, width: 3 });
    expect(
      litPixels(composed(wide), 8)
        .filter(([x]) => x === 4)
        .map(([, y]) => y),
    ).toEqual([1, 2, 3]);
    const thin = new TieRaster(8, 1);
    thin.line(0.5, 0.5, 7.5, 0.5, { ...GREY, width: 0.5 });
    expect(alphaAt(composed(thin), 8, 4, 0)).toBe(Math.round(0.2 * 255));
  });

  it('takes a tie out again, leaving exactly the pixels the others made', () => {
    const raster = new TieRaster(12, 12);
    raster.line(0.5, 0.5, 11.5, 11.5, GREY);
    const before = composed(raster);
    const rect = raster.line(0.5, 11.5, 11.5, 0.3, { ...GREY, rgb: { r: 200, g: 30, b: 30 } });
    raster.line(0.5, 11.5, 11.5, 0.3, { ...GREY, rgb: { r: 200, g: 30, b: 30 } }, -1);
    expect(composed(raster)).toEqual(before);
    expect(rect).toEqual({ x0: 0, y0: 0, x1: 12, y1: 12 });
  });

  it('ignores the parts of a line outside the picture', () => {
    const raster = new TieRaster(5, 5);
    raster.line(-50.5, 2.5, 60.5, 2.5, GREY);
    expect(litPixels(composed(raster), 5)).toEqual([0, 1, 2, 3, 4].map((x) => [x, 2]));
  });

  it('fills an arrowhead on the pixels inside it, and takes it out again', () => {
    const raster = new TieRaster(10, 10);
    const style = { ...GREY, alpha: 0.6 };
    raster.triangle(1, 1, 9, 5, 1, 9, style);
    const lit = litPixels(composed(raster), 10);
    expect(lit).toContainEqual([2, 5]);
    expect(lit).toContainEqual([7, 5]);
    expect(lit).not.toContainEqual([8, 1]);
    expect(lit).not.toContainEqual([1, 0]);
    raster.triangle(1, 1, 9, 5, 1, 9, style, -1);
    expect(litPixels(composed(raster), 10)).toEqual([]);
  });

  it('mixes many colours by weight, whether a colour has a plane of its own or shares the mixed layer', () => {
    // Five colours over one pixel row: the first few get planes, the rest the mixed layer; the sum is the same.
    const colours = [
      { r: 250, g: 0, b: 0 },
      { r: 0, g: 250, b: 0 },
      { r: 0, g: 0, b: 250 },
      { r: 250, g: 250, b: 0 },
      { r: 0, g: 250, b: 250 },
    ];
    const raster = new TieRaster(6, 1);
    for (const rgb of colours) raster.line(0.5, 0.5, 5.5, 0.5, { ...GREY, rgb });
    const out = composed(raster);
    const mean = (k: 'r' | 'g' | 'b') => colours.reduce((sum, c) => sum + c[k], 0) / colours.length;
    expect(Math.abs(out[8]! - mean('r'))).toBeLessThanOrEqual(1);
    expect(Math.abs(out[9]! - mean('g'))).toBeLessThanOrEqual(1);
    expect(Math.abs(out[10]! - mean('b'))).toBeLessThanOrEqual(1);
    expect(out[11]).toBe(Math.round((1 - 0.6 ** 5) * 255));
    // Taking out a tie of the last colour (mixed layer) and one of the first (a plane) leaves the other three.
    raster.line(0.5, 0.5, 5.5, 0.5, { ...GREY, rgb: colours[4]! }, -1);
    raster.line(0.5, 0.5, 5.5, 0.5, { ...GREY, rgb: colours[0]! }, -1);
    const three = new TieRaster(6, 1);
    for (const rgb of colours.slice(1, 4)) three.line(0.5, 0.5, 5.5, 0.5, { ...GREY, rgb });
    const left = composed(raster);
    const expected = composed(three);
    for (let i = 0; i < left.length; i++) expect(Math.abs(left[i]! - expected[i]!)).toBeLessThanOrEqual(1);
  });

  it('empties every pixel on clear, whatever layer the ink was in', () => {
    const raster = new TieRaster(6, 2);
    for (const r of [10, 60, 110, 160, 210]) raster.line(0.5, 0.5, 5.5, 1.5, { ...GREY, rgb: { r, g: 0, b: 0 } });
    raster.triangle(0, 0, 5, 1, 0, 2, { ...GREY, rgb: { r: 1, g: 2, b: 3 } });
    raster.clear();
    expect(litPixels(composed(raster), 6)).toEqual([]);
  });
});
