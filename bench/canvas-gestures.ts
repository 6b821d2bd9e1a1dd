// The canvas bench's pointer script: drags and pans with frame times recorded in the page, zooming with the wheel,
// and where a flow point is on screen. Every peer and every size gets the same script.
import type { Page } from '@playwright/test';
import { START_FRAME_RECORDER, STOP_FRAME_RECORDER } from './frame-probe';
import { percentile } from './stats';

export const STEPS = 60;

export interface Point {
  x: number;
  y: number;
}

/** p50, p95 and the longest frame of one gesture (ms). */
export interface FrameStats {
  p50: number;
  p95: number;
  longest: number;
}

export function frameStats(frames: readonly number[]): FrameStats {
  return { p50: percentile(frames, 50), p95: percentile(frames, 95), longest: Math.max(...frames) };
}

/** React Flow's viewport: the pane's corner on the page and the transform of flow coordinates into it. */
const VIEWPORT = `(() => {
  const m = new DOMMatrix(getComputedStyle(document.querySelector('.react-flow__viewport')).transform);
  const r = document.querySelector('.react-flow').getBoundingClientRect();
  return { left: r.left, top: r.top, width: r.width, height: r.height, x: m.e, y: m.f, zoom: m.a };
})()`;

export interface Viewport {
  left: number;
  top: number;
  width: number;
  height: number;
  x: number;
  y: number;
  zoom: number;
}

export const readViewport = (page: Page) => page.evaluate<Viewport>(VIEWPORT);

export async function toScreen(page: Page, p: Point): Promise<Point> {
  const v = await readViewport(page);
  return { x: v.left + v.x + p.x * v.zoom, y: v.top + v.y + p.y * v.zoom };
}

/**
 * Presses at `from`, moves by `delta` in STEPS moves 16 ms apart, releases, then waits for `settled` (e.g. the saved
 * move's answer) and 300 ms more, so the frames after the release (commit, redraws) count too.
 */
export async function gesture(
  page: Page,
  from: Point,
  delta: Point,
  settled: () => Promise<unknown> = () => Promise.resolve(),
  button: 'left' | 'middle' = 'left',
): Promise<number[]> {
  await page.mouse.move(from.x, from.y);
  await page.waitForTimeout(200);
  await page.evaluate(START_FRAME_RECORDER);
  await page.mouse.down({ button });
  for (let i = 1; i <= STEPS; i++) {
    await page.mouse.move(from.x + (delta.x * i) / STEPS, from.y + (delta.y * i) / STEPS);
    await page.waitForTimeout(16);
  }
  const done = settled();
  await page.mouse.up({ button });
  await done;
  await page.waitForTimeout(300);
  return page.evaluate<number[]>(STOP_FRAME_RECORDER);
}

/** Zooms with the mouse wheel at `at` (screen) until the zoom is within 5% of `target`. */
export async function zoomTo(page: Page, at: Point, target: number): Promise<number> {
  await page.mouse.move(at.x, at.y);
  for (let i = 0; i < 12; i++) {
    const { zoom } = await readViewport(page);
    if (Math.abs(Math.log(zoom / target)) < 0.05) return zoom;
    // d3-zoom scales by 2^(-deltaY × 0.002) per wheel event; small steps, as a person's wheel gives.
    const steps = Math.log2(target / zoom) / 0.2;
    const n = Math.max(1, Math.min(20, Math.round(Math.abs(steps))));
    for (let s = 0; s < n; s++) {
      await page.mouse.wheel(0, (-Math.sign(steps) * 0.2) / 0.002);
      await page.waitForTimeout(30);
    }
    await page.waitForTimeout(400);
  }
  return (await readViewport(page)).zoom;
}
