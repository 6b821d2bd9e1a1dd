// Opening the window: the map is asked for once, before React has mounted anything (so the server answers while
// React mounts), and a reload after an edit shows the edit (main's cached canvas is never stale).
import { expect, test } from './fixtures';
import { DetailsPage } from './page-models/details-page';

/** Installed before the page loads: when #root first gets content, i.e. when React has mounted. */
const NOTE_MOUNT = `(() => {
  new MutationObserver((_, observer) => {
    if (!document.getElementById('root')?.firstChild) return;
    window.__mountedAt = performance.now();
    observer.disconnect();
  }).observe(document, { childList: true, subtree: true });
})()`;

const MAP_REQUESTS = `performance.getEntriesByType('resource')
  .filter((e) => e.name.endsWith('/api/map.current')).map((e) => e.startTime)`;

test('the map is asked for once, before React mounts; a reload after an edit shows the edit', async ({
  page,
  caremap,
}) => {
  await page.addInitScript(NOTE_MOUNT);
  const map = new DetailsPage(page);
  await map.open(caremap.url);
  const asked = await page.evaluate<number[]>(MAP_REQUESTS);
  const mountedAt = await page.evaluate<number>('window.__mountedAt');
  expect(asked).toHaveLength(1);
  expect(asked[0]).toBeLessThan(mountedAt);

  await map.quickAdd('Zainab from the lunch club');
  await expect(page.locator('.react-flow__node', { hasText: 'Zainab from the lunch club' })).toBeVisible();
  await page.reload();
  await expect(page.locator('.react-flow__node', { hasText: 'Zainab from the lunch club' })).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('reloaded-1280.png') });
});
