// Layouts in the browser: the automatic layout moves actors, saves as one undo step, survives a reload, and leaves a
// pinned actor where it is.
import { expect, test } from './fixtures';
import { LayoutPage } from './page-models/layout-page';
import { MapPage } from './page-models/map-page';

const CITIZEN = 'Individual active citizen';
const NAMES = ['Ada Okafor', 'Lunch Club', 'Food Bank', 'Library', 'Youth Club'];

test('arrange automatically: positions change, one undo step, kept after a reload; a pinned actor stays put', async ({ page, caremap }) => {
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

  const adaBefore = await map.box('Ada Okafor');
  const before = await Promise.all(NAMES.slice(1).map((n) => map.offset(n, 'Ada Okafor')));
  await layout.arrangeAutomatically();
  const after = await Promise.all(NAMES.slice(1).map((n) => map.offset(n, 'Ada Okafor')));
  const moved = after.filter((p, i) => Math.hypot(p.x - before[i]!.x, p.y - before[i]!.y) > 0.2);
  expect(moved.length).toBeGreaterThan(0);
  const adaAfter = await map.box('Ada Okafor');
  expect(adaAfter.x).toBeCloseTo(adaBefore.x, 0);
  expect(adaAfter.y).toBeCloseTo(adaBefore.y, 0);
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
  const undone = await Promise.all(NAMES.slice(1).map((n) => map.offset(n, 'Ada Okafor')));
  undone.forEach((p, i) => {
    expect(p.x).toBeCloseTo(before[i]!.x, 2);
    expect(p.y).toBeCloseTo(before[i]!.y, 2);
  });
});

/** Adds `count` actors in a grid, each tied to the one before, through the page's own API connection. */
async function addManyActors(page: import('@playwright/test').Page, count: number): Promise<void> {
  await page.evaluate(async (n) => {
    const call = async (op: string, body: unknown) => {
      const response = await fetch(`/api/${op}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Caremap-Token': sessionStorage.getItem('caremap.token') ?? '' },
        body: JSON.stringify(body),
      });
      return (await response.json()).value;
    };
    const doc = await call('map.current', {});
    const kindId = doc.kinds[0].id;
    let previous: string | null = null;
    for (let i = 0; i < n; i++) {
      const result = await call('actors.create', { name: `Neighbour ${i + 1}`, kindId, x: (i % 25) * 180, y: Math.floor(i / 25) * 120 });
      const id = result.changes.actorsPut[0].id as string;
      if (previous) await call('ties.create', { fromId: previous, toId: id });
      previous = id;
    }
  }, count);
}

test('arrange automatically can be cancelled (nothing saved) or stopped part way (saved as one step)', async ({ page, caremap }) => {
  const map = new MapPage(page);
  const layout = new LayoutPage(page);
  await map.open(caremap.url);
  await addManyActors(page, 400);
  await map.reload();
  await expect(page.getByText('400 actors · 399 ties')).toBeVisible();
  const undoBefore = await map.undoButton().getAttribute('aria-label');

  await layout.choose(/^Arrange automatically/);
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(map.status).toHaveText('Automatic layout cancelled; nothing was moved.');
  await expect(map.undoButton()).toHaveAttribute('aria-label', undoBefore!);

  await layout.choose(/^Arrange automatically/);
  await page.getByRole('button', { name: 'Stop here' }).click();
  await expect(map.status).toHaveText(/^Arrange automatically \(stopped\): moved \d+ actors\. Undo puts them back\./);
  await expect(map.undoButton()).toHaveAccessibleName(/^Undo Move \d+ actors$/);
});
