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

export class TieRaster {
  /** Optical depth per pixel. */
  readonly depth: Float32Array;
  /** Red, green, blue per pixel, each summed weighted by depth. */
  readonly colour: Float32Array;

  constructor(
    readonly width: number,
    readonly height: number,
  ) {
    this.depth = new Float32Array(width * height);
    this.colour = new Float32Array(width * height * 3);
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
    for (let s = 0; s < strands; s++) {
      const offset = s - (strands - 1) / 2;
      if (steep) this.strand(y0, x0 + offset, y1, x1 + offset, true, weight, style);
      else this.strand(x0, y0 + offset, x1, y1 + offset, false, weight, style);
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
  private strand(u0: number, v0: number, u1: number, v1: number, steep: boolean, w: number, style: LineStyle): void {
    if (u0 > u1) {
      [u0, u1] = [u1, u0];
      [v0, v1] = [v1, v0];
    }
    const du = u1 - u0;
    const gradient = du < 1e-9 ? 0 : (v1 - v0) / du;
    // Distance along the line per step of u, for dashes.
    const stepLength = Math.hypot(1, gradient);
    const uSize = steep ? this.height : this.width;
    const start = Math.max(0, Math.round(u0 - 0.5));
    const end = Math.min(uSize - 1, Math.max(Math.round(u0 - 0.5), Math.round(u1 - 0.5)));
    const { dash } = style;
    const period = dash.reduce((a, b) => a + b, 0);
    const { r, g, b } = style.rgb;
    const { depth, colour, width, height } = this;
    const vSize = steep ? width : height;
    // The pixel writes inlined (a call per pixel was most of a redraw's time): index of (u, v) and step per v.
    const uStride = steep ? width : 1;
    const vStride = steep ? 1 : width;
    for (let u = start; u <= end; u++) {
      if (period > 0 && !dashOn(dash, ((u - start) * stepLength) % period)) continue;
      const v = v0 + gradient * (u + 0.5 - u0) - 0.5;
      const vi = Math.floor(v);
      const f = v - vi;
      if (vi >= 0 && vi < vSize) {
        const i = u * uStride + vi * vStride;
        const wi = w * (1 - f);
        depth[i]! += wi;
        colour[i * 3]! += wi * r;
        colour[i * 3 + 1]! += wi * g;
        colour[i * 3 + 2]! += wi * b;
      }
      if (vi + 1 >= 0 && vi + 1 < vSize && f > 0) {
        const i = u * uStride + (vi + 1) * vStride;
        const wi = w * f;
        depth[i]! += wi;
        colour[i * 3]! += wi * r;
        colour[i * 3 + 1]! += wi * g;
        colour[i * 3 + 2]! += wi * b;
      }
    }
  }

  private plot(steep: boolean, u: number, v: number, w: number, r: number, g: number, b: number): void {
    const x = steep ? v : u;
    const y = steep ? u : v;
    if (x < 0 || y < 0 || x >= this.width || y >= this.height || w === 0) return;
    const i = y * this.width + x;
    this.depth[i]! += w;
    const c = i * 3;
    this.colour[c]! += w * r;
    this.colour[c + 1]! += w * g;
    this.colour[c + 2]! += w * b;
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
    const { r, g, b } = style.rgb;
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
          this.plot(false, x, y, w, r, g, b);
      }
    }
    return rect;
  }

  /** Writes the composed pixels of `rect` (default: all) into `out`, RGBA, `width` × `height` × 4 bytes. */
  compose(out: Uint8ClampedArray, rect: PixelRect = { x0: 0, y0: 0, x1: this.width, y1: this.height }): void {
    const { depth, colour, width } = this;
    for (let y = rect.y0; y < rect.y1; y++) {
      for (let x = rect.x0; x < rect.x1; x++) {
        const i = y * width + x;
        const d = depth[i]!;
        const o = i * 4;
        if (d <= EMPTY) {
          out[o] = out[o + 1] = out[o + 2] = out[o + 3] = 0;
          continue;
        }
        const c = i * 3;
        out[o] = colour[c]! / d;
        out[o + 1] = colour[c + 1]! / d;
        out[o + 2] = colour[c + 2]! / d;
        out[o + 3] = (1 - Math.exp(-d)) * 255;
      }
    }
  }
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
