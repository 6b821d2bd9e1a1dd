// Big maps zoomed in and fitted: pressing on empty map pans (a tie takes the pointer only on its drawn line, and only
// a click selects it), and Fit shows every actor of a map wider than the usual least zoom can show.
import { test as base, expect, type Page } from '@playwright/test';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startCaremapServer } from './caremap-server';
import { writeBigMap, type BigMap, type BigMapOptions } from './big-map';
import { MapPage } from './page-models/map-page';
import type { Point } from '../../src/shared/geometry-types';

const test = base.extend<{ bigMap: (count: number, options?: BigMapOptions) => Promise<BigMap & { url: string }> }>({
  bigMap: async ({}, use) => {
    const dataDir = mkdtempSync(join(tmpdir(), 'caremap-e2e-big-'));
    const stops: (() => Promise<void>)[] = [];
    await use(async (count, options) => {
      mkdirSync(join(dataDir, 'maps'), { recursive: true });
      const file = join(dataDir, 'maps', `Borough ${count}.caremap`);
      const map = writeBigMap(file, count, options);
      const server = await startCaremapServer({ dataDir, mapPath: file });
      stops.push(server.stop);
      return { ...map, url: server.url };
    });
    for (const stop of stops) await stop();
    rmSync(dataDir, { recursive: true, force: true });
  },
});

/** The viewport as drawn: the map's origin on the page and the zoom. */
async function view(page: Page): Promise<{ x: number; y: number; zoom: number }> {
  return page.evaluate(() => {
    const m = new DOMMatrix(getComputedStyle(document.querySelector('.react-flow__viewport')!).transform);
    const r = document.querySelector('.react-flow')!.getBoundingClientRect();
    return { x: r.left + m.e, y: r.top + m.f, zoom: m.a };
  });
}

async function onScreen(page: Page, p: Point): Promise<Point> {
  const v = await view(page);
  return { x: v.x + p.x * v.zoom, y: v.y + p.y * v.zoom };
}

/** Wheel-zooms about map point `at` to `zoom` (d3-zoom scales by 2^(-deltaY × 0.002)), past the zoomed-out layer. */
async function zoomTo(page: Page, at: Point, zoom: number): Promise<void> {
  const before = await view(page);
  const pointer = await onScreen(page, at);
  await page.mouse.move(pointer.x, pointer.y);
  await page.mouse.wheel(0, -Math.log2(zoom / before.zoom) / 0.002);
  await expect.poll(async () => (await view(page)).zoom).toBeCloseTo(zoom, 2);
  await expect(page.locator('canvas.screen-tie-layer').first()).toBeAttached();
}

/** Presses at `from`, moves by `by` in steps, releases. */
async function pressAndMove(page: Page, from: Point, by: Point): Promise<void> {
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(from.x + by.x, from.y + by.y, { steps: 8 });
  await page.mouse.up();
}

const ZOOM = 0.65;

test('zoomed in on 5,000 actors: a press 5 px off a drawn tie pans and selects nothing; a click on the line selects it', async ({
  page,
  bigMap,
}) => {
  test.setTimeout(120_000);
  // Local ties only: each actor tied to its right-hand neighbour, so a tie runs along every row.
  const map = await bigMap(5_000, { ties: 'local' });
  const mapPage = new MapPage(page);
  await mapPage.open(map.url);
  const left = map.actors[20 * map.columns + 40]!;
  const right = map.actors[20 * map.columns + 41]!;
  await zoomTo(page, left, ZOOM);
  await page.screenshot({ path: test.info().outputPath('zoomed-in-1280.png') });

  // The middle of the tie between the two: 110 map units from either actor's box, on the row's line.
  const middle = { x: (left.x + right.x) / 2, y: left.y };
  const onLine = await onScreen(page, middle);
  const before = await view(page);
  // 5 screen px below the line: within the 6 px that used to select a tie, off the 1.3 px line and its 3 px slack.
  await pressAndMove(page, { x: onLine.x, y: onLine.y + 5 }, { x: -80, y: -40 });
  const after = await view(page);
  expect(after.x - before.x).toBeCloseTo(-80, 0);
  expect(after.y - before.y).toBeCloseTo(-40, 0);
  await expect(page.getByText('Nothing selected')).toBeVisible();
  await expect(page.locator('.react-flow__edge')).toHaveCount(0);

  // A click on the drawn line selects the tie: React Flow then draws it as a focusable element.
  const moved = await onScreen(page, middle);
  await page.mouse.click(moved.x, moved.y);
  await expect(mapPage.tie(left.name, right.name)).toHaveClass(/\bselected\b/);
  await expect(page.getByText(`${left.name} → ${right.name}`, { exact: true })).toBeVisible();

  // Pressing on a line and moving pans too: on a map dense with ties, the map must still move under the pointer.
  const again = await onScreen(page, { x: middle.x + 220, y: middle.y });
  const still = await view(page);
  await pressAndMove(page, again, { x: 60, y: 30 });
  const panned = await view(page);
  expect(panned.x - still.x).toBeCloseTo(60, 0);
  expect(panned.y - still.y).toBeCloseTo(30, 0);
  await expect(mapPage.tie(left.name, right.name)).toHaveClass(/\bselected\b/);
});

test('zoomed in on 5,000 actors whose ties cover the view: pressing between actors and moving pans', async ({
  page,
  bigMap,
}) => {
  test.setTimeout(120_000);
  // The canvas bench's ties: 2–3 per actor reaching up to a row ahead, so lines pass every point of the view.
  const map = await bigMap(5_000);
  const mapPage = new MapPage(page);
  await mapPage.open(map.url);
  const actor = map.actors[20 * map.columns + 40]!;
  await zoomTo(page, actor, ZOOM);
  for (const [dx, dy] of [
    [110, 55],
    [-110, 55],
    [110, -55],
  ] as const) {
    const from = await onScreen(page, { x: actor.x + dx, y: actor.y + dy });
    const before = await view(page);
    await pressAndMove(page, from, { x: -50, y: 20 });
    const after = await view(page);
    expect(after.x - before.x).toBeCloseTo(-50, 0);
    expect(after.y - before.y).toBeCloseTo(20, 0);
  }
  await expect(page.getByText('Nothing selected')).toBeVisible();
  await expect(page.locator('.react-flow__edge')).toHaveCount(0);
  await page.screenshot({ path: test.info().outputPath('dense-zoomed-in-1280.png') });
});

/** True when every actor's centre is on the canvas, inside its edges. */
async function everyActorInView(page: Page, map: BigMap): Promise<boolean> {
  const v = await view(page);
  const canvas = (await page.locator('.react-flow').boundingBox())!;
  return map.actors.every((a) => {
    const x = v.x + a.x * v.zoom;
    const y = v.y + a.y * v.zoom;
    return x >= canvas.x && x <= canvas.x + canvas.width && y >= canvas.y && y <= canvas.y + canvas.height;
  });
}

for (const size of [
  { width: 1280, height: 800 },
  { width: 1920, height: 1080 },
]) {
  test(`a map 112,000 units wide (zoom under 0.02 to fit) shows every actor on opening and after Fit, ${size.width}×${size.height}`, async ({
    page,
    bigMap,
  }) => {
    await page.setViewportSize(size);
    // 400 actors in 29 columns 4,000 apart: at the usual least zoom (0.02) the map is 2,240 px wide.
    const map = await bigMap(400, { spacing: { x: 4_000, y: 500 }, ties: 'local' });
    const mapPage = new MapPage(page);
    await mapPage.open(map.url);
    await expect.poll(() => everyActorInView(page, map)).toBe(true);
    expect((await view(page)).zoom).toBeLessThan(0.02);
    await page.screenshot({ path: test.info().outputPath(`fitted-${size.width}.png`) });

    // Zoomed in on one actor, most of the map is out of view; Fit brings all of it back.
    await zoomTo(page, map.actors[200]!, 0.5);
    expect(await everyActorInView(page, map)).toBe(false);
    await page.getByRole('button', { name: 'Fit the whole map in view' }).click();
    await expect.poll(() => everyActorInView(page, map)).toBe(true);
    expect((await view(page)).zoom).toBeLessThan(0.02);
  });
}
