// A crafted map (a trigger Caremap did not make) offered in File › Open… is refused with a sentence naming what was
// found, and the map already open stays open.
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import { MapPage } from './page-models/map-page';

test('a map file with a hidden trigger is refused when opened', async ({ page, caremap }) => {
  const map = new MapPage(page);
  await map.open(caremap.url);
  await map.quickAdd('Ada Okafor', 'Individual active citizen');
  // A copy of a real map, then changed by another program: every deleted actor would come back.
  const crafted = join(caremap.dataDir, 'maps', 'From a partner.caremap');
  await page.getByRole('button', { name: 'File' }).click();
  await page.getByRole('menuitem', { name: 'Save a copy as…' }).click();
  await page.getByLabel('File name').fill('From a partner');
  await page.getByRole('button', { name: 'Save copy' }).click();
  await expect(page.getByRole('dialog')).toBeHidden();
  const db = new Database(crafted);
  db.exec(
    'CREATE TABLE everyone (name TEXT); CREATE TRIGGER keep_names AFTER INSERT ON actors BEGIN INSERT INTO everyone VALUES (new.name); END',
  );
  db.close();

  await page.getByRole('button', { name: 'File' }).click();
  await page.getByRole('menuitem', { name: 'Open…' }).click();
  await page
    .getByRole('dialog', { name: 'Open a map' })
    .getByRole('button', { name: /From a partner\.caremap/ })
    .first()
    .click();
  await expect(
    page
      .getByText('“From a partner.caremap” was not opened: it holds a table “everyone” that Caremap did not put there')
      .first(),
  ).toBeVisible();
  for (const [width, height] of [
    [1280, 800],
    [1920, 1080],
  ] as const) {
    await page.setViewportSize({ width, height });
    await page.screenshot({ path: `test-results/hostile-map-file-${width}.png` });
  }
  await page.keyboard.press('Escape');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Workshop test');
  await expect(map.actor('Ada Okafor')).toBeVisible();
});
