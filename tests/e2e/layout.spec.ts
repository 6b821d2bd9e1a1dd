// Layouts in the browser: the automatic layout moves actors, saves as one undo step, survives a reload, and leaves a
// pinned actor where it is; every layout on the demo map leaves no actor or name overlapping and the view fitted.
import * as XLSX from 'xlsx';
import { expect, test } from './fixtures';
import { test as demoTest } from './demo-fixture';
import { LayoutPage } from './page-models/layout-page';
import { MapPage } from './page-models/map-page';

const CITIZEN = 'Individual active citizen';
const NAMES = ['Ada Okafor', 'Lunch Club', 'Food Bank', 'Library', 'Youth Club'];

test('arrange automatically: positions change, one undo step, kept after a reload; a pinned actor stays put', async ({
  page,
  caremap,
}) => {
  const map = new MapPage(page);
  const layout = new LayoutPage(page);
  await map.open(caremap.url);
  for (const name of NAMES) await map.quickAdd(name, CITIZEN);
  await map.drawTie('Ada Okafor', 'Lunch Club');

  // Pin Ada with the details panel's checkbox.
  await map.actor('Ada Okafor').click();
  await page.getByRole('checkbox', { name: 'Pin in place' }).check();
  await expect(map.status).toHaveText(/pinned in place/);
  await expect(map.actor('Ada Okafor').getByRole('img', { name: 'Pinned in place' })).toBeVisible();
  await map.map.click({ position: { x: 20, y: 400 } }); // choose nothing: arrange the whole map

  const adaBefore = await storedPosition(page, 'Ada Okafor');
  const before = await Promise.all(NAMES.slice(1).map((n) => map.offset(n, 'Ada Okafor')));
  await layout.arrangeAutomatically();
  const after = await Promise.all(NAMES.slice(1).map((n) => map.offset(n, 'Ada Okafor')));
  const moved = after.filter((p, i) => Math.hypot(p.x - before[i]!.x, p.y - before[i]!.y) > 0.2);
  expect(moved.length).toBeGreaterThan(0);
  // Exactly where it was on the map (the view is fitted to the result, so its place on screen may change).
  expect(await storedPosition(page, 'Ada Okafor')).toEqual(adaBefore);
  await expect(map.undoButton()).toHaveAccessibleName(/Move \d actors/);

  await map.reload();
  const reloaded = await Promise.all(NAMES.slice(1).map((n) => map.offset(n, 'Ada Okafor')));
  reloaded.forEach((p, i) => {
    expect(p.x).toBeCloseTo(after[i]!.x, 2);
    expect(p.y).toBeCloseTo(after[i]!.y, 2);
  });

  // One Undo puts the whole layout back.
  await map.undoButton().click();
  await expect(map.status).toHaveText(/^Undone: Move \d actors\./);
  // The view is still fitted to the layout: fit again so every actor is drawn (offsets do not depend on the zoom).
  await page.getByRole('button', { name: 'Fit the whole map in view' }).click();
  const undone = await Promise.all(NAMES.slice(1).map((n) => map.offset(n, 'Ada Okafor')));
  undone.forEach((p, i) => {
    expect(p.x).toBeCloseTo(before[i]!.x, 2);
    expect(p.y).toBeCloseTo(before[i]!.y, 2);
  });
});

/** Where the map file has an actor, read through the page's own API connection. */
async function storedPosition(page: import('@playwright/test').Page, name: string): Promise<{ x: number; y: number }> {
  return page.evaluate(async (actorName) => {
    const response = await fetch('/api/map.current', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Caremap-Token': sessionStorage.getItem('caremap.token') ?? '' },
      body: '{}',
    });
    // The slim records, packed in columns (src/shared/canvas-pack.ts).
    const canvas = (await response.json()).value.canvas as { names: string[]; x: number[]; y: number[] };
    const i = canvas.names.indexOf(actorName);
    return { x: canvas.x[i]!, y: canvas.y[i]! };
  }, name);
}

/**
 * Adds `count` actors, each tied to the one before, as one import through the page's own API connection: one
 * transaction, where 3,000 single edits (each also pushed to the page) took a minute on a busy machine.
 */
async function addManyActors(page: import('@playwright/test').Page, count: number): Promise<void> {
  const book = XLSX.utils.book_new();
  const names = Array.from({ length: count }, (_, i) => `Neighbour ${i + 1}`);
  XLSX.utils.book_append_sheet(
    book,
    XLSX.utils.aoa_to_sheet([['Label', 'Type'], ...names.map((n) => [n, 'Individual active citizen'])]),
    'Elements',
  );
  XLSX.utils.book_append_sheet(
    book,
    XLSX.utils.aoa_to_sheet([['From', 'To'], ...names.slice(1).map((n, i) => [names[i]!, n])]),
    'Connections',
  );
  const base64 = (XLSX.write(book, { type: 'buffer', bookType: 'xlsx' }) as Buffer).toString('base64');
  const outcome = await page.evaluate(async (file) => {
    const call = async (op: string, body: unknown) => {
      const response = await fetch(`/api/${op}`, {
        method: 'POST',
        headers: {
          'Content-Type': 'application/json',
          'X-Caremap-Token': sessionStorage.getItem('caremap.token') ?? '',
        },
        body: JSON.stringify(body),
      });
      return (await response.json()) as { ok: boolean; value?: { importId: string }; error?: { message: string } };
    };
    const read = await call('import.read', { fileName: 'neighbours.xlsx', base64: file });
    if (!read.ok) return read.error?.message ?? 'import.read failed';
    const commit = await call('import.commit', { importId: read.value!.importId, choices: {} });
    return commit.ok ? 'ok' : (commit.error?.message ?? 'import.commit failed');
  }, base64);
  expect(outcome).toBe('ok');
}

test('arrange automatically can be cancelled (nothing saved) or stopped part way (saved as one step)', async ({
  page,
  caremap,
}) => {
  const map = new MapPage(page);
  const layout = new LayoutPage(page);
  await map.open(caremap.url);
  // Big enough that the layout is still running when Cancel and Stop are pressed.
  await addManyActors(page, 1500);
  await map.reload();
  await expect(page.getByText('1500 actors · 1499 ties')).toBeVisible();
  const undoBefore = await map.undoButton().getAttribute('aria-label');

  await layout.choose(/^Arrange automatically/);
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(map.status).toHaveText('Automatic layout cancelled; nothing was moved.');
  await expect(map.undoButton()).toHaveAttribute('aria-label', undoBefore!);

  await layout.choose(/^Arrange automatically/);
  await page.getByRole('button', { name: 'Stop here' }).click();
  // Stopping still removes overlaps before saving, which takes a moment on a big map; the bar goes when it is saved.
  await expect(page.getByRole('button', { name: 'Stop here' })).toBeHidden({ timeout: 30_000 });
  await expect(map.status).toHaveText(/^Arrange automatically \(stopped\): moved \d+ actors\. Undo puts them back\./);
  await expect(map.undoButton()).toHaveAccessibleName(/^Undo Move \d+ actors$/);
});

/** Every actor's shape and name as drawn on the page, with the map's own box. */
async function drawnActors(page: import('@playwright/test').Page) {
  return page.evaluate(() => {
    const rect = (el: Element | null) => {
      // A name that gives way to a more important one is laid out but not shown (the labelling policy): not drawn.
      if (!el || getComputedStyle(el).visibility === 'hidden') return null;
      const r = el.getBoundingClientRect();
      return r.width > 0 ? { x0: r.left, y0: r.top, x1: r.right, y1: r.bottom } : null;
    };
    const actors = [...document.querySelectorAll('.react-flow__node-actor')].map((node) => ({
      name: node.querySelector('.actor__name')?.textContent ?? '',
      shape: rect(node.querySelector('.actor__shape')),
      label: rect(node.querySelector('.actor__name')),
    }));
    return { actors, pane: rect(document.querySelector('.react-flow')) };
  });
}

type R = { x0: number; y0: number; x1: number; y1: number };
/** Overlap by more than a pixel (rounding of transforms). */
const clash = (a: R, b: R) =>
  Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0) > 1 && Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0) > 1;

async function expectReadable(page: import('@playwright/test').Page, what: string) {
  // The layout has been saved and the view fitted: wait for React Flow to finish the fit's frame.
  await page.waitForFunction(() => document.querySelectorAll('.react-flow__node-actor').length > 0);
  // The pointer off the map: a pointed-at actor's name shows over the others by design (the labelling policy).
  await page.mouse.move(1, 1);
  const { actors, pane } = await drawnActors(page);
  expect(actors.length, what).toBe(41);
  const problems: string[] = [];
  for (const [i, a] of actors.entries()) {
    // (Names may be hidden when the fitted view is far out: the labelling policy's call, not the layout's.)
    if (!a.shape) problems.push(`${a.name}: not drawn`);
    else if (
      a.shape.x0 < pane!.x0 - 1 ||
      a.shape.x1 > pane!.x1 + 1 ||
      a.shape.y0 < pane!.y0 - 1 ||
      a.shape.y1 > pane!.y1 + 1
    )
      problems.push(`${a.name}: outside the view`);
    for (const b of actors.slice(i + 1)) {
      if (!a.shape || !b.shape) continue;
      if (clash(a.shape, b.shape)) problems.push(`${a.name} overlaps ${b.name}`);
      if (!a.label || !b.label) continue;
      if (clash(a.label, b.label)) problems.push(`the names ${a.name} and ${b.name} overlap`);
      if (clash(a.label, b.shape) || clash(b.label, a.shape))
        problems.push(`a name covers an actor: ${a.name} / ${b.name}`);
    }
  }
  expect(problems, what).toEqual([]);
  const shots = process.env.LAYOUT_SHOTS;
  if (shots) await page.screenshot({ path: `${shots}/${what.replace(/\W+/g, '-')}-${page.viewportSize()!.width}.png` });
}

for (const size of [
  { width: 1280, height: 800 },
  { width: 1920, height: 1080 },
]) {
  demoTest(
    `every layout on the demo map leaves no actors or names overlapping, fitted in view, at ${size.width}×${size.height}`,
    async ({ page, demo }) => {
      await page.setViewportSize(size);
      const map = new MapPage(page);
      const layout = new LayoutPage(page);
      await map.open(demo.url);
      await expectReadable(page, 'demo as it opens');

      await layout.arrangeAutomatically();
      await expectReadable(page, 'arrange automatically');

      await map.actor('Hollybrook Care Circle').click();
      await layout.choose('Care circle by ties');
      await expect(map.status).toHaveText(/^Care circle around Hollybrook Care Circle: moved/);
      const rings = page.locator('svg.layout-guides[data-guides="rings"] text');
      await expect(rings.first()).toBeVisible();
      expect(await rings.allTextContents()).toEqual([
        '1 tie away',
        '2 ties away',
        '3 ties away',
        '4 ties away',
        'Not connected',
      ]);
      await expectReadable(page, 'care circle by ties');

      await map.actor('Hollybrook Care Circle').click();
      await layout.choose('Care circle by kind');
      await expect(map.status).toHaveText(/^Care circle around Hollybrook Care Circle: moved/);
      await expect(rings.first()).toHaveText('Individuals');
      await expectReadable(page, 'care circle by kind');

      await map.map.click({ position: { x: 5, y: size.height / 2 } });
      await layout.choose(/^Group by kind/);
      await expect(map.status).toHaveText(/^Grouped by kind: moved/);
      await expect(rings).toHaveCount(0);
      const headings = page.locator('svg.layout-guides[data-guides="regions"] text');
      await expect(headings).toHaveCount(6);
      await expect(headings.filter({ hasText: /^Statutory service \(4\)$/ })).toHaveCount(1);
      await expectReadable(page, 'group by kind');

      // Moving everything back (Undo) takes the regions away with the layout.
      await map.undoButton().click();
      await expect(headings).toHaveCount(0);
    },
  );
}
