// Actors' names wrapped by the labelling policy, measured in the canvas's own font, cached per name.
import { NAME_LINE_HEIGHT, nameShape, type Measure, type NameShape } from '../../../../shared/render/label-policy';

/** The weight .actor__name uses (canvas.css); the family is the page's. */
const NAME_WEIGHT = 600;

let context: CanvasRenderingContext2D | null = null;
let family = '';

/** Measures with the page's font where a canvas is available (every browser); else the policy's estimate is used. */
const measure: Measure = (text, fontPx) => {
  if (!context) {
    context = document.createElement('canvas').getContext('2d');
    family = getComputedStyle(document.body).fontFamily || 'sans-serif';
  }
  if (!context) return [...text].length * 0.64 * fontPx;
  context.font = `${NAME_WEIGHT} ${fontPx}px ${family}`;
  // A little over the measured width: the DOM rounds glyph advances, and a name must never wrap differently there.
  return context.measureText(text).width * 1.02;
};

const cache = new Map<string, NameShape>();

export function shapeOfName(name: string): NameShape {
  let shape = cache.get(name);
  if (!shape) {
    // A long session renaming thousands of actors should not grow this without end.
    if (cache.size > 20_000) cache.clear();
    shape = nameShape(name || 'Unnamed actor', measure);
    cache.set(name, shape);
  }
  return shape;
}

const lineCache = new Map<string, NameShape>();

/** A label drawn on one line (a tie's type), `scale` times the names' size. */
export function shapeOfLine(text: string, scale: number): NameShape {
  const key = `${scale}\u0000${text}`;
  let shape = lineCache.get(key);
  if (!shape) {
    if (lineCache.size > 2_000) lineCache.clear();
    shape = { lines: [text], widthEm: (measure(text, 100) / 100) * scale, heightEm: NAME_LINE_HEIGHT * scale };
    lineCache.set(key, shape);
  }
  return shape;
}
