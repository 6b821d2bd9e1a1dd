// A map on a read-only drive opens read-only in the app: the status bar says so and an edit is refused in a sentence.
import { dirname } from 'node:path';
import { makeReadOnly } from '../unit/export/read-only-folder';
import { expect, test } from './fixtures';
import { MapPage } from './page-models/map-page';

test('a map on a read-only drive opens read-only and refuses edits with a sentence', async ({ page, caremap }) => {
  const map = new MapPage(page);
  await map.open(caremap.url);
  await map.quickAdd('Ada Okafor', 'Individual active citizen');
  await expect(map.actor('Ada Okafor')).toBeVisible();

  const writable = makeReadOnly(dirname(caremap.mapPath));
  expect(writable, 'this system can make a folder read-only (chmod, or chattr for root)').not.toBeNull();
  try {
    await map.open(await caremap.restart());
    await expect(page.locator('.status-bar__read-only')).toHaveText(
      'Read-only: this map cannot be changed here. Save a copy to edit it.',
    );
    await expect(map.actor('Ada Okafor')).toBeVisible();
    await map.quickAddName.fill('Bea Jones');
    await map.quickAddName.press('Enter');
    await expect(
      page
        .getByText('“Workshop test.caremap” is read-only (it is on a read-only drive, or the file is locked)')
        .first(),
    ).toBeVisible();
    await expect(map.actor('Bea Jones')).toHaveCount(0);
    for (const [width, height] of [
      [1280, 800],
      [1920, 1080],
    ] as const) {
      await page.setViewportSize({ width, height });
      await page.screenshot({ path: `test-results/read-only-map-${width}.png` });
    }
  } finally {
    writable?.();
  }
});
