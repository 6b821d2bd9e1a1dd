// The labelling policy: names big enough on screen, whole (never cut short), and a lower-priority name giving way.
import { describe, expect, it } from 'vitest';
import {
  estimateWidth,
  NAME_MIN_SCREEN_PX,
  NAME_WRAP_EM,
  nameFontSize,
  nameShape,
  placeLabels,
  wrapName,
  type LabelCandidate,
} from '../../../src/shared/render/label-policy';

const at = (id: string, x: number, y: number, priority: number, name = id, always = false): LabelCandidate => ({
  id,
  x,
  y,
  shape: nameShape(name),
  priority,
  always,
});

describe('name size', () => {
  it('is at least the minimum on screen at every zoom, in both modes', () => {
    for (const mode of ['normal', 'workshop'] as const) {
      for (const zoom of [0.1, 0.25, 0.37, 0.5, 1, 2])
        expect(nameFontSize(mode, zoom) * zoom).toBeGreaterThanOrEqual(NAME_MIN_SCREEN_PX[mode] - 1e-9);
    }
    expect(NAME_MIN_SCREEN_PX.workshop).toBeGreaterThanOrEqual(18);
  });

  it('does not shrink below its usual size when zoomed in', () => {
    expect(nameFontSize('workshop', 4)).toBe(nameFontSize('workshop', 2));
    expect(nameFontSize('workshop', 0.5)).toBeGreaterThan(nameFontSize('workshop', 2));
  });
});

describe('wrapping', () => {
  it('keeps every word of a long name, in order, with no ellipsis', () => {
    const name = 'Hackney Community Volunteer Transport and Shopping Help Partnership for Older People';
    const lines = wrapName(name);
    expect(lines.length).toBeGreaterThan(2);
    expect(lines.join(' ')).toBe(name);
    expect(lines.join('')).not.toContain('…');
    for (const line of lines) expect(estimateWidth(line, 100)).toBeLessThanOrEqual(NAME_WRAP_EM * 100);
  });

  it('splits a single word wider than a line without dropping a letter', () => {
    const word = 'Pneumonoultramicroscopicsilicovolcanoconiosis';
    const lines = wrapName(word);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join('')).toBe(word);
  });

  it('measures the shape in ems from the lines', () => {
    const shape = nameShape('Ada');
    expect(shape.lines).toEqual(['Ada']);
    expect(shape.widthEm).toBeCloseTo(estimateWidth('Ada', 1));
  });
});

describe('collisions', () => {
  const font = 20;

  it('hides the lower-priority of two overlapping names and keeps names that do not overlap', () => {
    const shown = placeLabels(
      [at('low', 0, 0, 1, 'Food Bank'), at('high', 10, 5, 5, 'Food Hub'), at('far', 1000, 0, 0)],
      font,
    );
    expect([...shown].sort()).toEqual(['far', 'high']);
  });

  it('the selected name always shows, and the others give way to it', () => {
    const shown = placeLabels([at('hub', 0, 0, 100, 'Community Hub'), at('sel', 5, 5, 0, 'Selected one', true)], font);
    expect(shown.has('sel')).toBe(true);
    expect(shown.has('hub')).toBe(false);
  });

  it('two selected names both show even when they overlap', () => {
    const shown = placeLabels([at('a', 0, 0, 0, 'Alpha', true), at('b', 0, 0, 0, 'Beta', true)], font);
    expect(shown.size).toBe(2);
  });

  it('names side by side with room between them both show; moved closer, one gives way', () => {
    const width = nameShape('Library').widthEm * font;
    expect(placeLabels([at('a', 0, 0, 1, 'Library'), at('b', width * 1.6, 0, 2, 'Library')], font).size).toBe(2);
    expect(placeLabels([at('a', 0, 0, 1, 'Library'), at('b', width * 0.8, 0, 2, 'Library')], font)).toEqual(
      new Set(['b']),
    );
  });

  it('a bigger font makes names collide that did not before', () => {
    const names = [at('a', 0, 0, 1, 'Library'), at('b', 150, 0, 2, 'Library')];
    expect(placeLabels(names, 12).size).toBe(2);
    expect(placeLabels(names, 40).size).toBe(1);
  });

  it('no two shown names overlap on a crowded random map, and equal priorities break the same way every time', () => {
    let seed = 7;
    const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    const candidates = Array.from({ length: 600 }, (_, i) =>
      at(`n${i}`, random() * 3000, random() * 2000, Math.floor(random() * 4), `Actor number ${i}`),
    );
    const shown = placeLabels(candidates, font);
    expect(shown.size).toBeGreaterThan(50);
    expect(shown.size).toBeLessThan(600);
    const kept = candidates.filter((c) => shown.has(c.id));
    const box = (c: LabelCandidate) => ({
      x0: c.x - (c.shape.widthEm * font) / 2,
      x1: c.x + (c.shape.widthEm * font) / 2,
      y0: c.y,
      y1: c.y + c.shape.heightEm * font,
    });
    for (let i = 0; i < kept.length; i++) {
      for (let j = i + 1; j < kept.length; j++) {
        const a = box(kept[i]!);
        const b = box(kept[j]!);
        expect(a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1).toBe(false);
      }
    }
    expect(placeLabels([...candidates].reverse(), font)).toEqual(shown);
  });

  it("a name never covers another actor's shape, but its own shape does not hide it; the selected name still shows", () => {
    const name = at('a', 0, 30, 5, 'Riverside Community Hub');
    const own = { id: 'a', x0: -24, y0: -24, x1: 24, y1: 24 };
    const below = { id: 'b', x0: -24, y0: 36, x1: 24, y1: 84 };
    expect(placeLabels([name], font, [own]).has('a')).toBe(true);
    expect(placeLabels([name], font, [own, below]).has('a')).toBe(false);
    expect(placeLabels([{ ...name, always: true }], font, [own, below]).has('a')).toBe(true);
    const farAway = { id: 'c', x0: 500, y0: 500, x1: 548, y1: 548 };
    expect(placeLabels([name], font, [own, farAway]).has('a')).toBe(true);
  });
});
