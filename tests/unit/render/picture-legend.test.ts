// The picture's legend never cuts a kind's name or its count: text is measured and wrapped, the box widens for a long
// word. Checked by drawing the legend's text with resvg and measuring where its ink ends.
import { describe, expect, it } from 'vitest';
import { Resvg } from '@resvg/resvg-js';
import type { Kind, KindId, TieType, TieTypeId } from '../../../src/shared/domain';
import { legendLayout, legendSvg, type LegendEntries, type LegendLayout } from '../../../src/shared/render/svg-legend';
import { mapToSvg } from '../../../src/shared/render/map-svg';
import { demoDocument } from './picture-maps';

const kind = (name: string, i: number): Kind => ({
  id: `k${i}` as KindId,
  name,
  colour: '#0072b2',
  shape: 'circle',
  sortOrder: i,
  people: false,
});
const tieType = (name: string, i: number): TieType =>
  ({ id: `t${i}` as TieTypeId, name, colour: '#d55e00' }) as TieType;

const LONG =
  'Community interest companies, co-operatives and other social enterprises working across the wider borough';
const ONE_WORD = 'Gemeinschaftsverpflegungseinrichtungsverwaltungsgesellschaften';

const entries: LegendEntries = {
  kinds: [
    { kind: kind(LONG, 0), count: 123_456 },
    { kind: kind(ONE_WORD, 1), count: 7 },
    { kind: kind('Individual active citizen', 2), count: 12 },
  ],
  tieTypes: [
    { tieType: tieType('Referral and signposting between statutory and voluntary services', 0), count: 98_765 },
  ],
};

/** The lines of each entry's <text>, joined: headings first, then one per row. */
function texts(svg: string): string[] {
  return [...svg.matchAll(/<text [^>]*>(.*?)<\/text>/g)].map((m) =>
    [...m[1]!.matchAll(/<tspan [^>]*>(.*?)<\/tspan>/g)].map((t) => t[1]).join(' '),
  );
}

/** Where the ink of the legend's text ends, drawn by resvg with a real font. */
function textInk(svg: string, layout: LegendLayout): { x: number; y: number; width: number; height: number } {
  const onlyText = svg.replace(/<rect [^>]*\/>|<path [^>]*\/>|<line [^>]*\/>/g, '');
  const doc = `<svg xmlns="http://www.w3.org/2000/svg" width="${layout.width + 400}" height="${layout.height + 100}">${onlyText}</svg>`;
  const box = new Resvg(doc, { font: { loadSystemFonts: true, defaultFontFamily: 'DejaVu Sans' } }).getBBox();
  expect(box, 'the legend text was drawn (a font is installed)').toBeDefined();
  return box!;
}

const unescape = (s: string) => s.replace(/&amp;/g, '&').replace(/&apos;/g, "'");

describe('picture legend', () => {
  for (const columns of [1, 2] as const) {
    it(`shows every kind and tie type with its whole name and count, inside its box (${columns} column${columns > 1 ? 's' : ''})`, () => {
      const layout = legendLayout(entries, columns);
      const svg = legendSvg(layout, 0, 0);
      const shown = texts(svg).map(unescape);
      expect(shown).toEqual(
        expect.arrayContaining([
          `${LONG} (123,456)`,
          `${ONE_WORD} (7)`,
          'Individual active citizen (12)',
          'Referral and signposting between statutory and voluntary services (98,765)',
        ]),
      );
      expect(svg).not.toContain('…');
      const ink = textInk(svg, layout);
      expect(ink.width).toBeGreaterThan(300);
      expect(ink.x + ink.width).toBeLessThanOrEqual(layout.width - 4);
      expect(ink.y + ink.height).toBeLessThanOrEqual(layout.height);
      if (columns === 2) {
        // The kinds' column ends before the tie types' column starts.
        const kindsOnly = legendSvg({ ...layout, tieRows: [] }, 0, 0);
        const kindInk = textInk(kindsOnly, layout);
        expect(kindInk.x + kindInk.width).toBeLessThanOrEqual(layout.columnWidth - 4);
      }
    });
  }

  it('in a picture of the map, a long kind name and its count are drawn whole inside the legend', () => {
    const doc = demoDocument();
    doc.kinds = doc.kinds.map((k, i) => (i === 0 ? { ...k, name: LONG } : k));
    const picture = mapToSvg(doc, { background: 'white', legend: true, anonymise: false });
    const legend = /<g class="legend">.*?<\/g>/.exec(picture.svg)?.[0] ?? '';
    const count = doc.actors.filter((a) => a.kindId === doc.kinds[0]!.id).length;
    expect(texts(legend).map(unescape)).toContain(`${LONG} (${count})`);
    const box = picture.legendBox!;
    expect(box.x + box.width).toBeLessThanOrEqual(picture.width);
    expect(box.y + box.height).toBeLessThanOrEqual(picture.height);
  });
});
