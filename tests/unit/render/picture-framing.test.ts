// Whole-map pictures are framed to what is drawn: far-flung lone actors and separate groups are packed for the picture
// (never on the map), so the drawn area fills at least half the image, measured from the rasterised pixels.
import { describe, expect, it } from 'vitest';
import { Resvg } from '@resvg/resvg-js';
import type { MapDocument } from '../../../src/shared/domain';
import { mapToSvg } from '../../../src/shared/render/map-svg';
import { contentBounds } from '../../../src/shared/render/picture-frame';
import { packForPicture } from '../../../src/shared/render/picture-pack';
import { dockLegend } from '../../../src/shared/render/legend-dock';
import type { MapPictureOptions } from '../../../src/shared/render/picture-types';
import { CELL_AT_1X, drawnFraction } from './drawn-area';
import { demoDocument, farFlungDocument } from './picture-maps';

const OPTIONS: MapPictureOptions = {
  background: 'white',
  title: 'Partner network',
  date: '2026-12-06',
  legend: true,
  anonymise: false,
};

function fractionOf(
  doc: MapDocument,
  options: MapPictureOptions = OPTIONS,
): { fraction: number; width: number; height: number; svg: string } {
  const picture = mapToSvg(doc, options);
  const image = new Resvg(picture.svg, { font: { loadSystemFonts: true, defaultFontFamily: 'DejaVu Sans' } }).render();
  return {
    fraction: drawnFraction(image.pixels, image.width, image.height, CELL_AT_1X),
    width: picture.width,
    height: picture.height,
    svg: picture.svg,
  };
}

describe('whole-map picture framing', () => {
  it('packs far-flung lone actors into a labelled strip: the drawn area fills at least half the picture', () => {
    const doc = farFlungDocument();
    const before = structuredClone(doc.actors);
    const packed = fractionOf(doc);
    expect(packed.fraction).toBeGreaterThanOrEqual(0.5);
    expect(packed.svg).toContain('Not connected to anyone (9)');
    expect(packed.svg.match(/class="actor"/g)).toHaveLength(45);
    expect(packed.svg.match(/<line [^>]*stroke-opacity/g)).toHaveLength(doc.ties.length);
    // The map itself is not touched: only the picture's copies move.
    expect(doc.actors).toEqual(before);
    // The same actors framed where they stand (no packing) leave the picture mostly empty.
    const bounds = contentBounds(doc.actors.map((a) => ({ x: a.x, y: a.y, radius: 24 })));
    const unpacked = fractionOf(doc, { ...OPTIONS, bounds });
    expect(unpacked.fraction).toBeLessThan(0.2);
    expect(packed.width * packed.height).toBeLessThan(0.25 * unpacked.width * unpacked.height);
  });

  it('frames the demo map so the drawn area fills at least half the picture', () => {
    expect(fractionOf(demoDocument(), { ...OPTIONS, title: 'Demo care network' }).fraction).toBeGreaterThanOrEqual(0.5);
  });

  it('leaves a map of one group as laid out, and packs only when that makes the picture clearly smaller', () => {
    const item = (id: string, x: number, y: number) => ({ id, name: id, x, y, radius: 24, kindOrder: 0 });
    expect(packForPicture([item('a', 0, 0), item('b', 3000, 0)], [['a', 'b']])).toBeNull();
    // Two groups side by side already: nothing to gain.
    expect(
      packForPicture(
        [item('a', 0, 0), item('b', 200, 0), item('c', 400, 0), item('d', 600, 0)],
        [
          ['a', 'b'],
          ['c', 'd'],
        ],
      ),
    ).toBeNull();
    // Two groups far apart: packed next to each other, each keeping its own shape.
    const packed = packForPicture(
      [item('a', 0, 0), item('b', 200, 0), item('c', 5000, 3000), item('d', 5200, 3000)],
      [
        ['a', 'b'],
        ['c', 'd'],
      ],
    );
    expect(packed).not.toBeNull();
    const at = (id: string) => packed!.positions.get(id)!;
    expect(at('b').x - at('a').x).toBe(200);
    expect(at('d').x - at('c').x).toBe(200);
    expect(packed!.bounds.width * packed!.bounds.height).toBeLessThan(700 * 500);
    expect(packed!.strip).toBeNull();
  });
});

describe('the legend docked inside the map', () => {
  const boxes = [
    { x: 0, y: 0, width: 150, height: 90 },
    { x: 600, y: 0, width: 150, height: 90 },
    { x: 0, y: 500, width: 150, height: 90 },
  ];
  const frame = { x: 0, y: 0, width: 750, height: 590 };

  it('takes a free corner, clear of every actor box and tie', () => {
    const segments = [[75, 45, 675, 45] as const, [75, 45, 75, 545] as const];
    const at = dockLegend(frame, { width: 300, height: 200 }, { boxes, segments });
    expect(at).not.toBeNull();
    const legend = { ...at!, width: 300, height: 200 };
    const hits = (b: { x: number; y: number; width: number; height: number }) =>
      legend.x < b.x + b.width &&
      b.x < legend.x + legend.width &&
      legend.y < b.y + b.height &&
      b.y < legend.y + legend.height;
    for (const b of boxes) expect(hits(b)).toBe(false);
    // Clear of the ties' lines too: nothing drawn along y = 45 or x = 75 falls inside it.
    expect(legend.y).toBeGreaterThan(45);
    expect(legend.x).toBeGreaterThan(75);
    // In the free bottom-right corner.
    expect(legend.x + legend.width).toBeGreaterThan(600);
    expect(legend.y + legend.height).toBeGreaterThan(450);
  });

  it('gives up when no gap is big enough', () => {
    expect(dockLegend(frame, { width: 700, height: 500 }, { boxes, segments: [] })).toBeNull();
    expect(dockLegend(frame, { width: 800, height: 100 }, { boxes: [], segments: [] })).toBeNull();
  });
});
