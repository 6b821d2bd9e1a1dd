// Keyboard paths that scale: a skip link to the map, actors before ties in the Tab order, focus on the actor found,
// popovers that close on Esc and a click outside, and an empty-map hint clear of the toolbar.
import { expect, test } from './fixtures';
import { MapPage } from './page-models/map-page';

const CITIZEN = 'Individual active citizen';
const GRASSROOTS = 'Grassroots or mutual aid group';

/** What has focus: "actor:Name", "tie:label" or the tag and text of anything else. */
async function focusedThing(page: import('@playwright/test').Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el) return 'none';
    if (el.classList.contains('react-flow__node')) return `actor:${el.getAttribute('aria-label')}`;
    if (el.classList.contains('react-flow__edge')) return `tie:${el.getAttribute('aria-label')}`;
    return `${el.tagName.toLowerCase()}:${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 40)}`;
  });
}

test.describe('keyboard paths', () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  test('the skip link goes to the map, and Tab reaches every actor before any tie, then the ties', async ({
    page,
    caremap,
  }) => {
    const map = new MapPage(page);
    await map.open(caremap.url);
    await map.quickAdd('Lunch Club', GRASSROOTS);
    await map.quickAdd('Ada Okafor', CITIZEN);
    await map.quickAdd('Ben Ito', CITIZEN);
    const tieTo = page.getByRole('complementary', { name: 'Details' }).getByLabel('Tie to');
    await tieTo.fill('Lunch Club');
    await tieTo.press('Enter');
    await map.actor('Ada Okafor').click();
    await tieTo.fill('Lunch Club');
    await tieTo.press('Enter');
    await expect(page.getByText('3 actors · 2 ties')).toBeVisible();

    // Freshly loaded, the first Tab is the skip link.
    await map.reload();
    await expect(map.actor('Ada Okafor')).toBeVisible();
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to the map' });
    await expect(skip).toBeFocused();
    await expect(skip).toBeInViewport();
    await page.keyboard.press('Enter');
    const stops: string[] = [await focusedThing(page)];
    for (let i = 0; i < 5; i += 1) {
      await page.keyboard.press('Tab');
      stops.push(await focusedThing(page));
    }
    expect(stops.slice(0, 3).every((s) => s.startsWith('actor:'))).toBe(true);
    expect(new Set(stops.slice(0, 3)).size).toBe(3);
    expect(stops.slice(3, 5).every((s) => s.startsWith('tie:'))).toBe(true);
    expect(new Set(stops.slice(3, 5)).size).toBe(2);
    // After the last tie, Tab leaves the map; Shift+Tab from the first tie returns to the last actor.
    expect(stops[5]).not.toMatch(/^(actor|tie):/);
    await page.keyboard.press('Shift+Tab');
    expect(await focusedThing(page)).toBe(stops[4]);
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Shift+Tab');
    expect(await focusedThing(page)).toBe(stops[2]);
  });

  test('Search + Enter puts focus on the actor found', async ({ page, caremap }) => {
    const map = new MapPage(page);
    await map.open(caremap.url);
    await map.quickAdd('Lunch Club', GRASSROOTS);
    await map.quickAdd('Ada Okafor', CITIZEN);
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    await page.keyboard.type('lunch');
    await page.keyboard.press('Enter');
    await expect(map.actor('Lunch Club')).toBeFocused();
  });

  test('Size & colour and Filter close on Esc (focus back on their button) and on a click outside', async ({
    page,
    caremap,
  }) => {
    const map = new MapPage(page);
    await map.open(caremap.url);
    await map.quickAdd('Lunch Club', GRASSROOTS);
    const sizeButton = page.getByRole('button', { name: 'Size & colour', exact: true });
    const sizePanel = page.getByRole('group', { name: 'Show actors' });
    await sizeButton.click();
    await expect(sizePanel).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(sizePanel).toHaveCount(0);
    await expect(sizeButton).toBeFocused();
    await sizeButton.click();
    await expect(sizePanel).toBeVisible();
    const box = (await map.map.boundingBox())!;
    await page.mouse.click(box.x + box.width - 200, box.y + box.height / 2);
    await expect(sizePanel).toHaveCount(0);

    const filterButton = page.getByRole('button', { name: 'Filter', exact: true });
    await filterButton.click();
    await expect(page.getByRole('region', { name: 'Filter' })).toBeVisible();
    await page.mouse.click(box.x + box.width - 200, box.y + box.height / 2);
    await expect(page.getByRole('region', { name: 'Filter' })).toHaveCount(0);
  });

  for (const viewport of [
    { width: 1280, height: 800 },
    { width: 1920, height: 1080 },
  ]) {
    test(`the empty-map hint covers no toolbar button at ${viewport.width}×${viewport.height}`, async ({
      page,
      caremap,
    }) => {
      await page.setViewportSize(viewport);
      const map = new MapPage(page);
      await map.open(caremap.url);
      const hint = page.getByRole('note').filter({ hasText: 'This map is empty.' });
      await expect(hint).toBeVisible();
      const h = (await hint.boundingBox())!;
      const buttons = page.locator('.map-toolbar button');
      expect(await buttons.count()).toBeGreaterThan(3);
      for (const b of await buttons.all()) {
        const r = (await b.boundingBox())!;
        const overlaps = r.x < h.x + h.width && h.x < r.x + r.width && r.y < h.y + h.height && h.y < r.y + r.height;
        expect(overlaps, `the hint covers ${await b.innerText()}`).toBe(false);
      }
      await page.screenshot({ path: test.info().outputPath(`empty-${viewport.width}.png`) });
    });
  }
});
