// Keeps the zoomed-out canvas in step with its scene: the first time, or when the size, zoom or looks change, it
// paints everything; otherwise it repaints only the pixels of the ties and dots that changed (a drag's start and end,
// an edit; see scene-builder.ts), so a selection change or a saved move's echo costs nothing.
import type { Bounds } from '../../../../shared/geometry-types';
import { drawDots, drawMarkRings } from './draw-far';
import { rasterTie, type PixelTransform, type Scene, type SceneDot } from './far-scene';
import type { SceneChanges, SceneUpdate } from './scene-builder';
import { TieRaster, unionRect, type PixelRect } from './tie-raster';

/** Canvas backing stores beyond this many pixels a side are slow or refused; past it lines get softer. */
const MAX_SIDE = 4096;
/** The tie buffers take 16 bytes a pixel: 4 million pixels is 64 MB, enough for a 2,000-pixel-square map. */
const MAX_PIXELS = 4_000_000;

export type PaintKind = 'whole' | 'patch' | 'none';

export class FarPainter {
  private raster: TieRaster | null = null;
  private image: ImageData | null = null;
  private transform: PixelTransform | null = null;
  /** How many whole paints and patches so far (the canvas shows them to tests as data attributes). */
  wholes = 0;
  patches = 0;
  marked = 0;

  constructor(
    private readonly canvas: HTMLCanvasElement,
    private readonly ctx: CanvasRenderingContext2D,
  ) {}

  paint(update: SceneUpdate, bounds: Bounds, zoom: number, radius: number, dpr: number, marks: boolean): PaintKind {
    const scale = Math.min(
      zoom * dpr,
      MAX_SIDE / bounds.width,
      MAX_SIDE / bounds.height,
      Math.sqrt(MAX_PIXELS / (bounds.width * bounds.height)),
    );
    const t: PixelTransform = { scale, ox: bounds.x * scale, oy: bounds.y * scale, zoom, radius };
    const width = Math.max(1, Math.ceil(bounds.width * scale));
    const height = Math.max(1, Math.ceil(bounds.height * scale));
    const same =
      update.changes &&
      this.raster &&
      this.transform &&
      !marks &&
      this.raster.width === width &&
      this.raster.height === height &&
      (Object.keys(t) as (keyof PixelTransform)[]).every((k) => t[k] === this.transform![k]);
    const kind = same ? this.patch(update.scene, update.changes!) : this.whole(update.scene, t, width, height, marks);
    this.transform = t;
    return kind;
  }

  private flowTransform(t: PixelTransform): void {
    this.ctx.setTransform(t.scale, 0, 0, t.scale, -t.ox, -t.oy);
  }

  private whole(scene: Scene, t: PixelTransform, width: number, height: number, marks: boolean): PaintKind {
    if (!this.raster || this.raster.width !== width || this.raster.height !== height) {
      this.canvas.width = width;
      this.canvas.height = height;
      this.raster = new TieRaster(width, height);
      this.image = this.ctx.createImageData(width, height);
    } else {
      this.raster.clear();
    }
    for (const tie of scene.ties.values()) rasterTie(this.raster, tie, t, 1);
    this.raster.compose(this.image!.data);
    this.ctx.setTransform(1, 0, 0, 1, 0, 0);
    this.ctx.putImageData(this.image!, 0, 0);
    this.flowTransform(t);
    drawDots(this.ctx, scene.dots.values(), t.zoom, t.radius);
    this.marked = marks ? drawMarkRings(this.ctx, scene.dots.values(), t.zoom, t.radius) : 0;
    this.wholes++;
    // For the load profile (bench/far-drag-profile.ts): when the first whole picture was ready.
    if (this.wholes === 1) performance.mark('caremap:far-painted');
    return 'whole';
  }

  private patch(scene: Scene, { goneTies, newTies, changedDots }: SceneChanges): PaintKind {
    const raster = this.raster!;
    const t = this.transform!;
    if (goneTies.length + newTies.length + changedDots.length === 0) return 'none';
    let dirty: PixelRect | null = null;
    for (const tie of goneTies) dirty = orRect(dirty, rasterTie(raster, tie, t, -1));
    for (const tie of newTies) dirty = orRect(dirty, rasterTie(raster, tie, t, 1));
    for (const dot of changedDots) dirty = unionRect(dirty, dotRect(dot, t, raster));
    if (!dirty || dirty.x1 <= dirty.x0 || dirty.y1 <= dirty.y0) return 'none';
    raster.compose(this.image!.data, dirty);
    const { ctx } = this;
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.putImageData(this.image!, 0, 0, dirty.x0, dirty.y0, dirty.x1 - dirty.x0, dirty.y1 - dirty.y0);
    // The ties' pixels replaced the dots in the rectangle: the dots that reach into it are drawn again, clipped to it.
    ctx.save();
    ctx.beginPath();
    ctx.rect(dirty.x0, dirty.y0, dirty.x1 - dirty.x0, dirty.y1 - dirty.y0);
    ctx.clip();
    this.flowTransform(t);
    const within: SceneDot[] = [];
    for (const dot of scene.dots.values()) if (overlaps(dotRect(dot, t, raster), dirty)) within.push(dot);
    drawDots(ctx, within, t.zoom, t.radius);
    ctx.restore();
    this.patches++;
    return 'patch';
  }
}

const orRect = (a: PixelRect | null, b: PixelRect | null) => (b ? unionRect(a, b) : a);

/** A dot's pixels with room for its outline and antialiasing. */
function dotRect(d: SceneDot, t: PixelTransform, raster: TieRaster): PixelRect {
  const r = d.r * t.scale + 2;
  const x = d.x * t.scale - t.ox;
  const y = d.y * t.scale - t.oy;
  return {
    x0: Math.max(0, Math.floor(x - r)),
    y0: Math.max(0, Math.floor(y - r)),
    x1: Math.min(raster.width, Math.ceil(x + r)),
    y1: Math.min(raster.height, Math.ceil(y + r)),
  };
}

const overlaps = (a: PixelRect, b: PixelRect) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
