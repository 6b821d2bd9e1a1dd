// Names in pictures follow the labelling policy: whole (no ellipsis), on a white halo, and a less-connected name
// gives way where two would overlap (its actor's title still names it).
import { describe, expect, it } from 'vitest';
import { XMLParser } from 'fast-xml-parser';
import type { MapDocument } from '../../../src/shared/domain';
import { mapToSvg } from '../../../src/shared/render/map-svg';
import { mapDoc } from '../analysis/analysis-docs';

const LONG = 'Hackney Community Volunteer Transport and Shopping Help Partnership';

function placed(places: Record<string, [number, number, string]>, ties: [string, string][]): MapDocument {
  const doc = mapDoc(Object.fromEntries(Object.keys(places).map((id) => [id, 'individual'])), ties);
  doc.actors = doc.actors.map((a) => ({ ...a, x: places[a.id]![0], y: places[a.id]![1], name: places[a.id]![2] }));
  return doc;
}

/** The text of each drawn name (its tspans joined), keyed by the actor's title. */
function drawnNames(svg: string): Map<string, string> {
  const names = new Map<string, string>();
  for (const match of svg.matchAll(
    /<g class="actor"[^>]*><title>([^<]*)<\/title><path[^>]*\/>(<text class="name".*?<\/text>)?<\/g>/g,
  )) {
    if (!match[2]) continue;
    const spans = [...match[2].matchAll(/<tspan[^>]*>([^<]*)<\/tspan>/g)].map((m) => m[1]);
    names.set(match[1]!, spans.join(' '));
  }
  return names;
}

describe('names in pictures', () => {
  it('draws a long name whole over several lines, with a white halo under the letters', () => {
    const picture = mapToSvg(placed({ a: [0, 0, LONG] }, []), { background: 'white', legend: false, anonymise: false });
    expect(drawnNames(picture.svg).get(LONG)).toBe(LONG);
    expect(picture.svg).not.toContain('…');
    const text = new XMLParser({ ignoreAttributes: false }).parse(picture.svg).svg.svg.g[1].g.text;
    expect(text['@_paint-order']).toBe('stroke');
    expect(text['@_stroke']).toBe('#ffffff');
    expect(Number(text['@_stroke-width'])).toBeGreaterThanOrEqual(3);
    expect(text.tspan.length).toBeGreaterThan(2);
  });

  it('where two names would overlap, the better-connected keeps its name and the other gives way', () => {
    const doc = placed(
      { hub: [0, 0, 'Community Hub'], near: [20, 4, 'Nearby Neighbour'], x: [400, 0, 'X'], y: [400, 300, 'Y'] },
      [
        ['hub', 'x'],
        ['hub', 'y'],
      ],
    );
    const names = drawnNames(mapToSvg(doc, { background: 'white', legend: false, anonymise: false }).svg);
    expect(names.has('Community Hub')).toBe(true);
    expect(names.has('Nearby Neighbour')).toBe(false);
    expect(names.has('X')).toBe(true);
    // Moved apart, both names show.
    doc.actors = doc.actors.map((a) => (a.id === 'near' ? { ...a, x: -400 } : a));
    expect(
      drawnNames(mapToSvg(doc, { background: 'white', legend: false, anonymise: false }).svg).has('Nearby Neighbour'),
    ).toBe(true);
  });

  it('the size encoding decides which name stays', () => {
    const doc = placed({ big: [0, 0, 'Big one'], small: [10, -20, 'Small one'] }, []);
    const look = {
      actors: new Map([
        ['small', { scale: 1.6 }],
        ['big', { scale: 0.8 }],
      ]),
    };
    const names = drawnNames(mapToSvg(doc, { look, background: 'white', legend: false, anonymise: false }).svg);
    expect([...names.keys()]).toEqual(['Small one']);
  });
});
