// The zoomed-out canvas of a big map: a drag repaints only its own ties and dot (once as it starts, once as it
// ends), never the whole picture; panning and selecting repaint nothing; what is drawn is where the actors are.
import { test, expect, type Page } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startCaremapServer, type ServerHandle } from './caremap-server';
import { generateMap, type GeneratedMap } from '../../bench/generate-map';
import { toScreen, type Point } from '../../bench/canvas-gestures';

const ACTORS = 1200;
let dir: string;
let server: ServerHandle;
let map: GeneratedMap;

test.beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'caremap-e2e-far-layer-'));
  map = await generateMap(join(dir, 'maps', 'Borough.caremap'), ACTORS);
});

// Each address the server prints works once: a server per test.
test.beforeEach(async ({}, info) => {
  server = await startCaremapServer({ dataDir: join(dir, `data-${info.testId}`), mapPath: map.path });
});

test.afterEach(async () => server.stop());

test.afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function openFar(page: Page, size: { width: number; height: number }) {
  await page.setViewportSize(size);
  await page.goto(server.url);
  const far = page.locator('canvas.far-layer');
  await expect(far).toHaveAttribute('data-drawn-actors', String(ACTORS), { timeout: 30_000 });
  return far;
}

/** The far canvas's size and pixels. */
const canvasPixels = (page: Page) =>
  page.locator('canvas.far-layer').evaluate((c: HTMLCanvasElement) => ({
    width: c.width,
    height: c.height,
    data: [...c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data],
  }));

const paints = async (page: Page) =>
  page.locator('canvas.far-layer').evaluate((c: HTMLCanvasElement) => ({
    wholes: Number(c.dataset.wholePaints),
    patches: Number(c.dataset.patches),
  }));

/** The far canvas's pixel under a point on the page, RGBA. */
const pixelAt = (page: Page, at: Point) =>
  page.locator('canvas.far-layer').evaluate((c: HTMLCanvasElement, p: Point) => {
    const r = c.getBoundingClientRect();
    const x = Math.floor(((p.x - r.left) * c.width) / r.width);
    const y = Math.floor(((p.y - r.top) * c.height) / r.height);
    return [...c.getContext('2d')!.getImageData(x, y, 1, 1).data];
  }, at);

async function drag(page: Page, from: Point, by: Point) {
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  for (let i = 1; i <= 10; i++) await page.mouse.move(from.x + (by.x * i) / 10, from.y + (by.y * i) / 10);
  await page.mouse.up();
}

test('dragging a dot repaints its own pixels twice and nothing else; pan and select repaint nothing', async ({
  page,
}) => {
  await openFar(page, { width: 1400, height: 900 });
  const columns = Math.ceil(Math.sqrt(ACTORS * 2));
  const middle = Math.floor(ACTORS / columns / 2) * columns + Math.floor(columns / 2);
  const from = await toScreen(page, map.positionOf(middle));
  // A dot is solid paint in its kind's colour.
  const dot = await pixelAt(page, from);
  expect(dot[3]).toBe(255);
  const before = await paints(page);

  await drag(page, from, { x: 98, y: 40 });
  await expect(page.getByRole('status')).toHaveText('Moved 1 actor.');
  // Between two rows of dots, clear of every other actor.
  const to = { x: from.x + 98, y: from.y + 40 };
  await expect.poll(() => pixelAt(page, to)).toEqual(dot);
  // Where it stood, the ties along its row show through (they overlap there, so they may be opaque grey).
  expect((await pixelAt(page, from)).slice(0, 3)).not.toEqual(dot.slice(0, 3));
  // Taken out of the picture as the drag starts, put back at its new place as it ends; the saved move's echo and the
  // selection change repaint nothing.
  expect(await paints(page)).toEqual({ wholes: before.wholes, patches: before.patches + 2 });
  const patched = await canvasPixels(page);

  // Panning moves the bitmap; clicking another dot selects it with a ring on the overlay.
  const pane = (await page.locator('.react-flow').boundingBox())!;
  const viewport = page.locator('.react-flow__viewport');
  const transformBefore = await viewport.evaluate((v) => getComputedStyle(v).transform);
  await drag(page, { x: pane.x + pane.width / 2, y: pane.y + 12 }, { x: -150, y: -60 });
  await expect.poll(() => viewport.evaluate((v) => getComputedStyle(v).transform)).not.toBe(transformBefore);
  const other = await toScreen(page, map.positionOf(middle + columns * 2));
  await page.mouse.click(other.x, other.y);
  await expect(page.locator('.far-overlay__ring')).toHaveCount(1);
  expect(await paints(page)).toEqual({ wholes: before.wholes, patches: before.patches + 2 });

  // The patched picture is the picture: the saved map drawn afresh matches it pixel for pixel.
  await page.goto(server.url.replace(/#.*/, ''));
  await expect(page.locator('canvas.far-layer')).toHaveAttribute('data-drawn-actors', String(ACTORS));
  const fresh = await canvasPixels(page);
  expect([fresh.width, fresh.height]).toEqual([patched.width, patched.height]);
  // Compared premultiplied (a nearly clear pixel's colour means nothing). A tie or dot missing or left behind differs
  // by 60–230 of 255; antialiased dot edges along a patch's edge come out up to ~25 levels stronger than when drawn
  // afresh, so the bar is 40.
  const premultiplied = (d: number[], i: number) => (i % 4 === 3 ? d[i]! : (d[i]! * d[i - (i % 4) + 3]!) / 255);
  const differing = fresh.data.filter(
    (_, i) => Math.abs(premultiplied(fresh.data, i) - premultiplied(patched.data, i)) > 40,
  ).length;
  expect(differing).toBe(0);
});

for (const size of [
  { width: 1280, height: 800 },
  { width: 1920, height: 1080 },
]) {
  test(`the whole map zoomed out at ${size.width}×${size.height}: ties and dots drawn, sharp`, async ({ page }) => {
    await openFar(page, size);
    // Ties are pixels: a point between two neighbouring dots on a row, where their tie runs, is tinted.
    const a = await toScreen(page, map.positionOf(5));
    const b = await toScreen(page, map.positionOf(6));
    const between = await pixelAt(page, { x: (a.x + b.x) / 2, y: a.y });
    expect(between[3]).toBeGreaterThan(0);
    await page.screenshot({ path: test.info().outputPath(`far-${size.width}.png`) });
  });
}
