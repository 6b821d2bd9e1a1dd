// The map gets the room: after a fit, with any panels open, no actor is under a panel, the legend, the toolbar or the
// header; on a laptop the map keeps 60% of the width; header and toolbar are one row; panels collapse by keyboard.
import type { Page } from '@playwright/test';
import { expect, test } from './demo-fixture';
import { RoomPage } from './page-models/room-page';

const SIZES = [
  { width: 1280, height: 800 },
  { width: 1920, height: 1080 },
];

/** Header toggles to press (from the default: Tools, Legend and Details open) for each arrangement. */
const ARRANGEMENTS: { name: string; toggles: string[] }[] = [
  { name: 'Tools and Details', toggles: [] },
  { name: 'Tools, Analysis and Details', toggles: ['Analysis'] },
  { name: 'Tools, History and Details, no legend', toggles: ['History', 'Legend'] },
  { name: 'Details and the table', toggles: ['Tools', 'Table'] },
  { name: 'no panels', toggles: ['Tools', 'Details'] },
];

async function openDemo(page: Page, url: string, size: { width: number; height: number }) {
  await page.setViewportSize(size);
  await page.goto(url);
  await expect(page.getByRole('application')).toBeVisible();
  await expect(page.locator('.react-flow__node-actor').first()).toBeVisible();
}

/** Every actor of the map is drawn (none culled outside the view) and none is under anything. */
async function expectAllActorsClear(page: Page, room: RoomPage) {
  const count = Number((await page.locator('.status-bar').textContent())?.match(/(\d+) actors/)?.[1]);
  await expect(page.locator('.react-flow__node-actor')).toHaveCount(count);
  await expect.poll(() => room.actorsUnderCovers()).toEqual([]);
}

for (const size of SIZES) {
  for (const arrangement of ARRANGEMENTS) {
    test(`${size.width}×${size.height}, ${arrangement.name}: fitting leaves every actor clear of panels and legend`, async ({
      page,
      demo,
    }) => {
      await openDemo(page, demo.url, size);
      const room = new RoomPage(page);
      for (const toggle of arrangement.toggles) await page.getByRole('button', { name: toggle, exact: true }).click();
      // Opening the panels alone refits the untouched view; then the fit button, then Ctrl+0, each fit the same way.
      await expectAllActorsClear(page, room);
      await page.getByRole('button', { name: 'Fit the whole map in view' }).click();
      await expectAllActorsClear(page, room);
      await page.getByRole('application').click({ position: { x: 5, y: 5 } });
      await page.keyboard.press('Control+0');
      await expectAllActorsClear(page, room);
      // The panels put back as they were (as when a guided session ends): the fitted view refits to the room left.
      for (const toggle of [...arrangement.toggles].reverse())
        await page.getByRole('button', { name: toggle, exact: true }).click();
      await expectAllActorsClear(page, room);
    });
  }

  test(`${size.width}×${size.height}: the header and the map's toolbar are each one row`, async ({ page, demo }) => {
    await openDemo(page, demo.url, size);
    const room = new RoomPage(page);
    // With an actor selected the toolbar also shows Focus: the widest it gets.
    await page.locator('.react-flow__node-actor').first().click();
    await expect(page.getByText('Focus', { exact: false }).first()).toBeVisible();
    for (const selector of ['.app-header', '.map-toolbar__row']) {
      const row = await room.row(selector);
      expect(row.lowestTop, `${selector} wraps onto a second row`).toBeLessThan(row.highestBottom);
      expect(row.overflow, `${selector} runs past its width`).toBeLessThanOrEqual(0);
    }
    expect((await room.row('.app-header')).height).toBeLessThanOrEqual(60);
    expect((await room.row('.map-toolbar__row')).height).toBeLessThanOrEqual(44);
  });
}

test('at 1280×800 with Tools and Details open the map keeps at least 60% of the width, and a sensible height', async ({
  page,
  demo,
}) => {
  await openDemo(page, demo.url, SIZES[0]!);
  await expect(page.getByRole('complementary', { name: 'Tools' })).toBeVisible();
  await expect(page.getByRole('complementary', { name: 'Details' })).toBeVisible();
  const { map } = await new RoomPage(page).measure();
  expect(map.width).toBeGreaterThanOrEqual(0.6 * 1280);
  expect(map.height).toBeGreaterThanOrEqual(600);
});

test('in workshop mode a guided session leaves the map more than half the height at 1280×800', async ({
  page,
  demo,
}) => {
  await openDemo(page, demo.url, SIZES[0]!);
  await page.getByRole('button', { name: 'Start a guided session' }).click();
  await page.getByRole('button', { name: 'Workshop mode' }).click();
  await expect(page.getByRole('region', { name: 'Guided session' })).toBeVisible();
  const { map } = await new RoomPage(page).measure();
  expect(map.height).toBeGreaterThanOrEqual(400);
});

test('a panel collapses to a rail and comes back from the keyboard, and the map refits to the room', async ({
  page,
  demo,
}) => {
  await openDemo(page, demo.url, SIZES[0]!);
  const room = new RoomPage(page);
  const before = (await room.measure()).map.width;

  // The collapse button is in the tab order: Tab comes back to it from the control before it.
  const collapse = page.getByRole('button', { name: 'Collapse the Details panel' });
  await collapse.focus();
  await page.keyboard.press('Shift+Tab');
  await expect(collapse).not.toBeFocused();
  await page.keyboard.press('Tab');
  await expect(collapse).toBeFocused();
  await page.keyboard.press('Enter');
  const rail = page.getByRole('complementary', { name: 'Details (collapsed)' });
  await expect(rail).toBeVisible();
  const expand = page.getByRole('button', { name: 'Expand the Details panel' });
  await expect(expand).toBeFocused();
  await expect(expand).toHaveAttribute('aria-expanded', 'false');
  await expect.poll(async () => (await room.measure()).map.width).toBeGreaterThan(before + 200);
  await expectAllActorsClear(page, room);

  await page.keyboard.press('Space');
  await expect(page.getByRole('complementary', { name: 'Details' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Collapse the Details panel' })).toBeFocused();
  await expectAllActorsClear(page, room);

  // Collapsing is how this window shows things, not an edit of the map: nothing to undo.
  await expect(page.getByRole('button', { name: /^Undo/ })).toBeDisabled();

  // Tools too; the rail takes the focus, so the keyboard user can open it again at once.
  await page.getByRole('button', { name: 'Collapse the Tools panel' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Expand the Tools panel' })).toBeFocused();
  await expectAllActorsClear(page, room);
});

test('a view the facilitator moved keeps its middle in view when a panel opens', async ({ page, demo }) => {
  await openDemo(page, demo.url, SIZES[0]!);
  const room = new RoomPage(page);
  const centreActor = async () => {
    const { map, actors, covers } = await room.measure();
    // The middle of the part of the map left free: a legend docked down the right edge is not part of it.
    const legend = covers.find((c) => c.name === 'legend')?.box;
    const docked = legend && map.x + map.width - (legend.x + legend.width) < 20 && legend.height > legend.width;
    const right = docked ? legend.x : map.x + map.width;
    const cx = (map.x + right) / 2;
    const cy = map.y + map.height / 2;
    const near = actors.map((a) => ({
      a,
      d: Math.hypot(a.box.x + a.box.width / 2 - cx, a.box.y + a.box.height / 2 - cy),
    }));
    near.sort((p, q) => p.d - q.d);
    return near[0]!.a.name;
  };
  // Zoom in on the middle (the view is no longer the fitted one), then open Analysis beside it.
  await page.getByRole('button', { name: 'Zoom in' }).click();
  await page.getByRole('button', { name: 'Zoom in' }).click();
  const middle = await centreActor();
  await page.getByRole('button', { name: 'Analysis', exact: true }).click();
  await expect(page.getByRole('region', { name: 'Analysis' })).toBeVisible();
  await expect.poll(centreActor).toBe(middle);
});

test('with the table open at 1280×800 the short map has its legend down the right edge, not across its foot', async ({
  page,
  demo,
}) => {
  await openDemo(page, demo.url, SIZES[0]!);
  await page.getByRole('button', { name: 'Table', exact: true }).click();
  await expect(page.getByRole('region', { name: 'Table' })).toBeVisible();
  const room = new RoomPage(page);
  const { map, covers } = await room.measure();
  const legend = covers.find((c) => c.name === 'legend')!.box;
  expect(map.height).toBeLessThan(480);
  expect(map.x + map.width - (legend.x + legend.width)).toBeLessThan(20);
  // At the top, just under the toolbar's row (never over its buttons).
  expect(legend.y - map.y).toBeLessThan(70);
  expect(legend.y - map.y).toBeGreaterThanOrEqual(40);
  expect(legend.width).toBeLessThan(map.width / 2);
  await expectAllActorsClear(page, room);
});
