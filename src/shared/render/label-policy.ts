// One rule for actors' names on the canvas, in workshop mode and in pictures: how big a name is on screen, how it
// wraps (whole, never cut short), the halo behind it, and which name gives way when two would overlap.
// Pure: the renderer passes a measurer that knows its font; pictures use the estimate.

export type NameMode = 'normal' | 'workshop';

/** The smallest a name may be drawn, in CSS px on screen: read from the back of a room in workshop mode. */
export const NAME_MIN_SCREEN_PX: Readonly<Record<NameMode, number>> = { normal: 11, workshop: 18 };
/** A name's size at zoom 1, in map units; zoomed out, names grow in map units to stay at the minimum on screen. */
export const NAME_BASE_PX: Readonly<Record<NameMode, number>> = { normal: 15, workshop: 21 };
/** Names in pictures: the picture is seen at 1:1 or printed; the report scales its own. */
export const PICTURE_NAME_PX = 12;
export const NAME_LINE_HEIGHT = 1.2;
/** Lines wrap at this many font-sizes wide, so a name keeps the same shape at every size. */
export const NAME_WRAP_EM = 9;
/** A white halo (stroke painted under the fill) as wide as this share of the font size, so ties never cross text. */
export const HALO_EM = 0.22;
export const HALO_COLOUR = '#ffffff';
/** Space kept clear around each name, as a share of the font size, so neighbours do not touch. */
const GAP_EM = 0.15;

/** Width of `text` set at `fontPx`. */
export type Measure = (text: string, fontPx: number) => number;

/** An average semibold glyph in the fonts we fall back to (DejaVu Sans is the widest) is under this share of 1 em. */
const CHAR_EM = 0.64;
export const estimateWidth: Measure = (text, fontPx) => [...text].length * CHAR_EM * fontPx;

/**
 * The font size for names in map units at `zoom`, so that on screen it is at least the minimum for `mode`.
 * Callers that redraw only at zoom steps pass the lowest zoom of the step, so every zoom in the step is covered.
 */
export function nameFontSize(mode: NameMode, zoom: number): number {
  return Math.max(NAME_BASE_PX[mode], NAME_MIN_SCREEN_PX[mode] / Math.max(zoom, 1e-6));
}

/** The whole name in lines no wider than NAME_WRAP_EM: breaks between words, and inside a word only when it must. */
export function wrapName(name: string, measure: Measure = estimateWidth, fontPx = 100): string[] {
  const max = NAME_WRAP_EM * fontPx;
  const lines: string[] = [];
  let line = '';
  const push = (word: string) => {
    // A word wider than a line is split into pieces that fit; nothing is dropped.
    let rest = [...word];
    while (rest.length > 0 && measure(rest.join(''), fontPx) > max) {
      let n = rest.length - 1;
      while (n > 1 && measure(rest.slice(0, n).join(''), fontPx) > max) n--;
      lines.push(rest.slice(0, n).join(''));
      rest = rest.slice(n);
    }
    return rest.join('');
  };
  for (const word of name.trim().split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (measure(next, fontPx) <= max) line = next;
    else {
      if (line) lines.push(line);
      line = push(word);
    }
  }
  if (line) lines.push(line);
  return lines.length > 0 ? lines : [''];
}

/** A name's lines and its size in ems (multiply by the font size for map units). */
export interface NameShape {
  lines: string[];
  widthEm: number;
  heightEm: number;
}

export function nameShape(name: string, measure: Measure = estimateWidth): NameShape {
  const ref = 100;
  const lines = wrapName(name, measure, ref);
  const widthEm = Math.max(...lines.map((l) => measure(l, ref))) / ref;
  return { lines, widthEm, heightEm: lines.length * NAME_LINE_HEIGHT };
}

export interface LabelCandidate {
  id: string;
  /** The centre of the name's top edge, in map units. */
  x: number;
  y: number;
  shape: NameShape;
  /** Higher keeps its name when two collide: the size encoding, or the number of ties. */
  priority: number;
  /** Selected (or hovered) actors' names always show, and others give way to them. */
  always?: boolean;
}

/** A rectangle in map units. */
export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** Something a name must not cover (another actor's shape), and whose it is: an actor's own shape never hides its name. */
export interface Obstacle extends Box {
  id: string;
}

function boxOf(c: LabelCandidate, fontPx: number): Box {
  const gap = GAP_EM * fontPx;
  const half = (c.shape.widthEm * fontPx) / 2 + gap;
  return { x0: c.x - half, y0: c.y - gap, x1: c.x + half, y1: c.y + c.shape.heightEm * fontPx + gap };
}

const overlaps = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

/**
 * Which names to show at `fontPx` (map units): greedily, the always-shown first, then by priority (ties broken by
 * id, so the same map gives the same names), each kept only if it overlaps no name kept before it and no other
 * actor's shape (`obstacles`): a name over an actor hides that actor. A grid of cells as big as the largest name
 * keeps this near-linear on 5,000 actors.
 */
export function placeLabels(
  candidates: readonly LabelCandidate[],
  fontPx: number,
  obstacles: readonly Obstacle[] = [],
): Set<string> {
  const order = [...candidates].sort(
    (a, b) =>
      Number(b.always ?? false) - Number(a.always ?? false) ||
      b.priority - a.priority ||
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
  const boxes = order.map((c) => boxOf(c, fontPx));
  let cell = 1;
  for (const b of boxes) cell = Math.max(cell, b.x1 - b.x0, b.y1 - b.y0);
  // Cells keyed by one number (strings cost ~3× on 5,000 actors); maps wider than 2^15 cells are unheard of.
  const key = (gx: number, gy: number) => (gx + 32768) * 65536 + (gy + 32768);
  const add = <T extends Box>(grid: Map<number, T[]>, box: T) => {
    for (let gx = Math.floor(box.x0 / cell); gx <= Math.floor(box.x1 / cell); gx++) {
      for (let gy = Math.floor(box.y0 / cell); gy <= Math.floor(box.y1 / cell); gy++) {
        const list = grid.get(key(gx, gy));
        if (list) list.push(box);
        else grid.set(key(gx, gy), [box]);
      }
    }
  };
  const blocked = new Map<number, Obstacle[]>();
  for (const o of obstacles) add(blocked, o);
  const placed = new Map<number, Box[]>();
  const shown = new Set<string>();
  const clear = (c: LabelCandidate, box: Box): boolean => {
    for (let gx = Math.floor(box.x0 / cell); gx <= Math.floor(box.x1 / cell); gx++) {
      for (let gy = Math.floor(box.y0 / cell); gy <= Math.floor(box.y1 / cell); gy++) {
        const names = placed.get(key(gx, gy));
        if (names) for (const b of names) if (overlaps(b, box)) return false;
        const shapes = blocked.get(key(gx, gy));
        if (shapes) for (const o of shapes) if (o.id !== c.id && overlaps(o, box)) return false;
      }
    }
    return true;
  };
  order.forEach((c, i) => {
    const box = boxes[i]!;
    if (!c.always && !clear(c, box)) return;
    shown.add(c.id);
    add(placed, box);
  });
  return shown;
}
