// Ties zoomed out, written as pixels rather than stroked: antialiased lines (Xiaolin Wu's) accumulated in typed
// arrays, then composed into RGBA once. A redraw costs JavaScript in proportion to the pixels the ties cover and
// one putImageData; the browser rasterising 50,000 translucent ties as one path took 0.7–1.0 s (issue 17).
//
// Accumulation is order-free and reversible: each tie adds optical depth −ln(1 − alpha × coverage) to a pixel and
// its colour weighted by that depth, so n ties of alpha a give 1 − (1 − a)^n, as painting them one over another
// would, and a dragged actor's ties can be taken out again (subtracted) without redrawing the rest.

/** A colour as 0–255 channels. */
export interface Rgb {
  r: number;
  g: number;
  b: number;
}

/** A rectangle of pixels, right and bottom exclusive. */
export interface PixelRect {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export interface LineStyle {
  rgb: Rgb;
  /** Opacity of one tie over a fully covered pixel, 0–1. */
  alpha: number;
  /** Line width in pixels; under 1 the line is fainter, over 1 several parallel lines. */
  width: number;
  /** Dash pattern in pixels (on, off, …); empty for a solid line. */
  dash: readonly number[];
}

/** Depth below this is float noise left by taking ties out again: the pixel is empty. */
const EMPTY = 1e-4;

/**
 * How many colours get a plane of their own. A plane holds only depth (4 bytes a pixel, one write per pixel
 * covered), so ties of a plane's colour cost a quarter of the writes of the mixed layer (16 bytes, four writes);
 * most maps have a few tie colours, the bench's one. Worst case, 3 planes and the mixed layer: 28 bytes a pixel.
 */
const MAX_PLANES = 3;

/** One colour's ties: their summed optical depth per pixel. */
interface Plane {
  key: number;
  rgb: Rgb;
  depth: Float32Array;
}

/** Where a line's ink goes: a plane of its colour, or the mixed layer with its colour. */
type Ink = { plane: Float32Array } | { plane: null; r: number; g: number; b: number };

export class TieRaster {
  private readonly planes: Plane[] = [];
  /** Ties of colours beyond the planes: optical depth, and red, green, blue each summed weighted by depth. */
  private mixedDepth: Float32Array | null = null;
  private mixedColour: Float32Array | null = null;

  constructor(
    readonly width: number,
    readonly height: number,
  ) {}

  /** Empties every pixel (a whole repaint), keeping the buffers. */
  clear(): void {
    for (const p of this.planes) p.depth.fill(0);
    this.mixedDepth?.fill(0);
    this.mixedColour?.fill(0);
  }

  private inkOf(rgb: Rgb): Ink {
    const key = (rgb.r << 16) | (rgb.g << 8) | rgb.b;
    let plane = this.planes.find((p) => p.key === key);
    if (!plane && this.planes.length < MAX_PLANES) {
      plane = { key, rgb: { r: rgb.r, g: rgb.g, b: rgb.b }, depth: new Float32Array(this.width * this.height) };
      this.planes.push(plane);
    }
    if (plane) return { plane: plane.depth };
    if (!this.mixedDepth) {
      this.mixedDepth = new Float32Array(this.width * this.height);
      this.mixedColour = new Float32Array(this.width * this.height * 3);
    }
    return { plane: null, r: rgb.r, g: rgb.g, b: rgb.b };
  }

  /**
   * Adds (sign 1) or takes out (sign −1) a straight line between two points in pixel coordinates (pixel centres at
   * +0.5). Returns the pixels it may have touched.
   */
  line(x0: number, y0: number, x1: number, y1: number, style: LineStyle, sign: 1 | -1 = 1): PixelRect {
    const strands = Math.max(1, Math.round(style.width));
    // A line under a pixel wide is fainter, as the rasteriser's coverage would make it; a wider one is `strands`
    // parallel 1 px lines sharing its ink.
    const ink = Math.min(style.alpha * Math.min(1, style.width / strands), 0.999);
    const weight = -Math.log(1 - ink) * sign;
    const steep = Math.abs(y1 - y0) > Math.abs(x1 - x0);
    const to = this.inkOf(style.rgb);
    for (let s = 0; s < strands; s++) {
      const offset = s - (strands - 1) / 2;
      if (steep) this.strand(y0, x0 + offset, y1, x1 + offset, true, weight, style.dash, to);
      else this.strand(x0, y0 + offset, x1, y1 + offset, false, weight, style.dash, to);
    }
    const pad = Math.ceil(strands / 2) + 1;
    return {
      x0: Math.max(0, Math.floor(Math.min(x0, x1)) - pad),
      y0: Math.max(0, Math.floor(Math.min(y0, y1)) - pad),
      x1: Math.min(this.width, Math.ceil(Math.max(x0, x1)) + pad + 1),
      y1: Math.min(this.height, Math.ceil(Math.max(y0, y1)) + pad + 1),
    };
  }

  /** One 1 px Wu line along its major axis `u` (x, or y when steep); `v` is the minor axis. */
  private strand(
    u0: number,
    v0: number,
    u1: number,
    v1: number,
    steep: boolean,
    w: number,
    dash: readonly number[],
    to: Ink,
  ): void {
    if (u0 > u1) {
      [u0, u1] = [u1, u0];
      [v0, v1] = [v1, v0];
    }
    const du = u1 - u0;
    const gradient = du < 1e-9 ? 0 : (v1 - v0) / du;
    // Distance along the line per step of u, for dashes.
    const stepLength = Math.hypot(1, gradient);
    const { width, height } = this;
    const uSize = steep ? height : width;
    const start = Math.max(0, Math.round(u0 - 0.5));
    const end = Math.min(uSize - 1, Math.max(Math.round(u0 - 0.5), Math.round(u1 - 0.5)));
    const period = dash.reduce((a, b) => a + b, 0);
    const vSize = steep ? width : height;
    // The pixel writes inlined (a call per pixel was most of a redraw's time): index of (u, v) and step per v.
    const uStride = steep ? width : 1;
    const vStride = steep ? 1 : width;
    const plane = to.plane;
    if (plane && period === 0) {
      // The common case, solid ties of a plane's colour, in its own loop: depth alone, stepping v as it goes.
      let v = v0 + gradient * (start + 0.5 - u0) - 0.5;
      for (let u = start; u <= end; u++, v += gradient) {
        const vi = Math.floor(v);
        const f = v - vi;
        const i = u * uStride + vi * vStride;
        if (vi >= 0 && vi < vSize) plane[i]! += w * (1 - f);
        if (vi + 1 >= 0 && vi + 1 < vSize && f > 0) plane[i + vStride]! += w * f;
      }
      return;
    }
    const mixedDepth = this.mixedDepth!;
    const mixedColour = this.mixedColour!;
    for (let u = start; u <= end; u++) {
      if (period > 0 && !dashOn(dash, ((u - start) * stepLength) % period)) continue;
      const v = v0 + gradient * (u + 0.5 - u0) - 0.5;
      const vi = Math.floor(v);
      const f = v - vi;
      const i = u * uStride + vi * vStride;
      const near = vi >= 0 && vi < vSize;
      const far = vi + 1 >= 0 && vi + 1 < vSize && f > 0;
      if (plane) {
        if (near) plane[i]! += w * (1 - f);
        if (far) plane[i + vStride]! += w * f;
        continue;
      }
      if (near) addMixed(mixedDepth, mixedColour, i, w * (1 - f), to);
      if (far) addMixed(mixedDepth, mixedColour, i + vStride, w * f, to);
    }
  }

  private plot(x: number, y: number, w: number, to: Ink): void {
    if (x < 0 || y < 0 || x >= this.width || y >= this.height || w === 0) return;
    const i = y * this.width + x;
    if (to.plane) to.plane[i]! += w;
    else addMixed(this.mixedDepth!, this.mixedColour!, i, w, to);
  }

  /** Fills a triangle (an arrowhead) in pixel coordinates: the pixels whose centres are inside it. */
  triangle(
    ax: number,
    ay: number,
    bx: number,
    by: number,
    cx: number,
    cy: number,
    style: LineStyle,
    sign: 1 | -1 = 1,
  ): PixelRect {
    const w = -Math.log(1 - Math.min(style.alpha, 0.999)) * sign;
    const to = this.inkOf(style.rgb);
    const rect = {
      x0: Math.max(0, Math.floor(Math.min(ax, bx, cx))),
      y0: Math.max(0, Math.floor(Math.min(ay, by, cy))),
      x1: Math.min(this.width, Math.ceil(Math.max(ax, bx, cx)) + 1),
      y1: Math.min(this.height, Math.ceil(Math.max(ay, by, cy)) + 1),
    };
    const area = (bx - ax) * (cy - ay) - (by - ay) * (cx - ax);
    if (area === 0) return rect;
    const side = (px: number, py: number, qx: number, qy: number, x: number, y: number) =>
      ((qx - px) * (y - py) - (qy - py) * (x - px)) * Math.sign(area);
    for (let y = rect.y0; y < rect.y1; y++) {
      for (let x = rect.x0; x < rect.x1; x++) {
        const px = x + 0.5;
        const py = y + 0.5;
        if (side(ax, ay, bx, by, px, py) >= 0 && side(bx, by, cx, cy, px, py) >= 0 && side(cx, cy, ax, ay, px, py) >= 0)
          this.plot(x, y, w, to);
      }
    }
    return rect;
  }

  /** Writes the composed pixels of `rect` (default: all) into `out`, RGBA, `width` × `height` × 4 bytes. */
  compose(out: Uint8ClampedArray, rect: PixelRect = { x0: 0, y0: 0, x1: this.width, y1: this.height }): void {
    const { width, planes, mixedDepth, mixedColour } = this;
    for (let y = rect.y0; y < rect.y1; y++) {
      for (let x = rect.x0; x < rect.x1; x++) {
        const i = y * width + x;
        let d = 0;
        let r = 0;
        let g = 0;
        let b = 0;
        for (let k = 0; k < planes.length; k++) {
          const p = planes[k]!;
          const pd = p.depth[i]!;
          d += pd;
          r += pd * p.rgb.r;
          g += pd * p.rgb.g;
          b += pd * p.rgb.b;
        }
        if (mixedDepth && mixedColour) {
          d += mixedDepth[i]!;
          r += mixedColour[i * 3]!;
          g += mixedColour[i * 3 + 1]!;
          b += mixedColour[i * 3 + 2]!;
        }
        const o = i * 4;
        if (d <= EMPTY) {
          out[o] = out[o + 1] = out[o + 2] = out[o + 3] = 0;
          continue;
        }
        out[o] = r / d;
        out[o + 1] = g / d;
        out[o + 2] = b / d;
        out[o + 3] = (1 - Math.exp(-d)) * 255;
      }
    }
  }
}

/** Ink of a colour without a plane: depth, and colour weighted by it. */
function addMixed(
  depth: Float32Array,
  colour: Float32Array,
  i: number,
  w: number,
  c: { r: number; g: number; b: number },
): void {
  depth[i]! += w;
  colour[i * 3]! += w * c.r;
  colour[i * 3 + 1]! += w * c.g;
  colour[i * 3 + 2]! += w * c.b;
}

function dashOn(dash: readonly number[], at: number): boolean {
  let t = at;
  for (let k = 0; k < dash.length; k++) {
    t -= dash[k]!;
    if (t < 0) return k % 2 === 0;
  }
  return false;
}

/** The union of two rectangles (null is empty). */
export function unionRect(a: PixelRect | null, b: PixelRect): PixelRect {
  if (!a) return b;
  return { x0: Math.min(a.x0, b.x0), y0: Math.min(a.y0, b.y0), x1: Math.max(a.x1, b.x1), y1: Math.max(a.y1, b.y1) };
}
