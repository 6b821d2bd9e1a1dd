// The exported picture of the map: drawn from the model, as the canvas shows it, with title, legend and anonymising.
import { describe, expect, it } from 'vitest';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { ActorId, MapDocument, TieId } from '../../../src/shared/domain';
import { anonymiseDocument } from '../../../src/shared/anonymise';
import { mapToSvg } from '../../../src/shared/render/map-svg';
import { mapPng } from '../../../src/main/render/map-png';
import { mapDoc } from '../analysis/analysis-docs';

const COLOURS: Record<string, string> = { individual: '#e69f00', grassroots: '#009e73', statutory: '#d55e00' };

function sampleMap(): MapDocument {
  const doc = mapDoc({ ada: 'individual', ben: 'individual', fridge: 'grassroots', gp: 'statutory' }, [
    ['ada', 'fridge'],
    ['ben', 'fridge'],
    ['fridge', 'gp'],
  ]);
  doc.kinds = doc.kinds.map((k) => ({ ...k, colour: COLOURS[k.id.replace('kind-', '')]! }));
  const places: Record<string, [number, number, string]> = {
    ada: [0, 0, 'Ada Okafor'],
    ben: [0, 200, 'Ben <script>alert(1)</script> & co'],
    fridge: [300, 100, 'Brookside Community Fridge'],
    gp: [600, 100, 'Millbrook Medical Practice'],
  };
  doc.actors = doc.actors.map((a) => {
    const [x, y, name] = places[a.id]!;
    return {
      ...a,
      x,
      y,
      name,
      address: `${name}'s house`,
      notes: `private note about ${name}`,
      contact: { email: `${a.id}@example.org`, phone: '07700 900123', other: '' },
    };
  });
  return doc;
}

const parse = (svg: string) => {
  expect(XMLValidator.validate(svg)).toBe(true);
  return new XMLParser({ ignoreAttributes: false }).parse(svg) as { svg: Record<string, unknown> };
};

describe('anonymiseDocument', () => {
  it('renames people Person 1…n in map order and drops their personal details; organisations keep theirs', () => {
    // keepIds as pictures use it, so the records can be found by their ids here.
    const doc = anonymiseDocument(sampleMap(), { keepIds: true });
    const byId = new Map(doc.actors.map((a) => [a.id, a]));
    expect(byId.get('ada' as ActorId)).toMatchObject({
      name: 'Person 1',
      address: '',
      notes: '',
      contact: { email: '', phone: '', other: '' },
    });
    expect(byId.get('ben' as ActorId)?.name).toBe('Person 2');
    expect(byId.get('fridge' as ActorId)).toMatchObject({
      name: 'Brookside Community Fridge',
      notes: 'private note about Brookside Community Fridge',
    });
    const text = JSON.stringify(doc.actors);
    expect(text).not.toContain('Ada Okafor');
    expect(text).not.toContain('ada@example.org');
  });
});

describe('mapToSvg', () => {
  it('draws every actor and tie as well-formed SVG, with names escaped, title and date', () => {
    const picture = mapToSvg(sampleMap(), {
      background: 'white',
      title: 'Clapton & friends',
      date: '27 November 2026',
      legend: false,
      anonymise: false,
    });
    parse(picture.svg);
    expect(picture.svg).toContain('Ada Okafor');
    expect(picture.svg).toContain('Ben &lt;script&gt;alert(1)&lt;/script&gt;');
    expect(picture.svg).not.toContain('<script');
    expect(picture.svg).toContain('Clapton &amp; friends');
    expect(picture.svg).toContain('27 November 2026');
    expect(picture.svg.match(/class="actor"/g)).toHaveLength(4);
    expect(picture.svg.match(/<line /g)).toHaveLength(3);
    expect(picture.legendBox).toBeNull();
  });

  it('shows what the canvas shows: hidden actors and their ties left out, dimmed ones faint, sizes and colours as encoded', () => {
    const look = {
      actors: new Map([
        ['gp', { hidden: true }],
        ['ben', { dimmed: true }],
        ['fridge', { scale: 1.5, colour: '#123456' }],
      ]),
      ties: new Map([['t0' as TieId, { dimmed: true }]]),
    };
    const picture = mapToSvg(sampleMap(), { look, background: 'transparent', legend: false, anonymise: false });
    expect(picture.svg).not.toContain('Millbrook Medical Practice');
    expect(picture.svg.match(/<line /g)).toHaveLength(2);
    expect(picture.svg).toMatch(/<g class="actor" opacity="0.15"><title>Ben /);
    expect(picture.svg).toContain('fill="#123456"');
    expect(picture.svg).not.toContain('<rect width'); // transparent: no background
  });

  it('draws a legend of the kinds and their counts in their colours', () => {
    const picture = mapToSvg(sampleMap(), { background: 'white', legend: true, anonymise: false });
    expect(picture.legendBox).not.toBeNull();
    expect(picture.width).toBeGreaterThan(picture.legendBox!.x + picture.legendBox!.width);
    const legend = /<g class="legend">.*?<\/g>/.exec(picture.svg)?.[0] ?? '';
    expect(legend).toContain('Individual active citizen (2)');
    expect(legend).toContain('Statutory service (1)');
    for (const colour of Object.values(COLOURS)) expect(legend).toContain(`fill="${colour}"`);
  });

  it('anonymised, names no person anywhere in the picture', () => {
    const picture = mapToSvg(sampleMap(), { background: 'white', legend: true, anonymise: true });
    expect(picture.svg).not.toContain('Ada Okafor');
    expect(picture.svg).not.toContain('Ben &lt;script');
    expect(picture.svg).toContain('Person 1');
    expect(picture.svg).toContain('Brookside Community Fridge');
  });

  it('draws only the given part of the map when asked for the current view', () => {
    const whole = mapToSvg(sampleMap(), { background: 'white', legend: false, anonymise: false });
    const view = mapToSvg(sampleMap(), {
      bounds: { x: -100, y: -100, width: 300, height: 400 },
      background: 'white',
      legend: false,
      anonymise: false,
    });
    expect(view.width).toBeLessThan(whole.width);
    expect(view.svg).toContain('Ada Okafor');
    expect(view.svg).not.toContain('Millbrook Medical Practice'); // 600 units to the right, far outside the view
  });
});

describe('mapPng', () => {
  it('rasterises the picture at the asked scale into a real PNG', () => {
    const options = { background: 'white' as const, title: 'Clapton', legend: true, anonymise: false };
    const picture = mapToSvg(sampleMap(), options);
    const { png, width, height } = mapPng(sampleMap(), { ...options, scale: 2 });
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const view = new DataView(png.buffer, png.byteOffset);
    expect([view.getUint32(16), view.getUint32(20)]).toEqual([picture.width * 2, picture.height * 2]);
    expect([width, height]).toEqual([picture.width * 2, picture.height * 2]);
  });
});
