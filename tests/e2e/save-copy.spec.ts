// "Save a copy as" onto an existing map asks first: keeping it changes nothing, replacing it writes the copy.
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import { MapPage } from './page-models/map-page';

function actorNames(path: string): string[] {
  const db = new Database(path, { readonly: true, fileMustExist: true });
  try {
    return (db.prepare('SELECT name FROM actors ORDER BY name').all() as { name: string }[]).map((r) => r.name);
  } finally {
    db.close();
  }
}

test('Save a copy as asks before replacing an existing map', async ({ page, caremap }) => {
  const map = new MapPage(page);
  await map.open(caremap.url);
  await map.quickAdd('Ada Okafor', 'Individual active citizen');
  await expect(map.actor('Ada Okafor')).toBeVisible();

  const saveCopy = async (name: string) => {
    await page.getByRole('button', { name: 'File' }).click();
    await page.getByRole('menuitem', { name: 'Save a copy as…' }).click();
    await page.getByLabel('File name').fill(name);
    await page.getByRole('button', { name: 'Save copy' }).click();
  };
  const copyPath = join(caremap.dataDir, 'maps', 'Partner copy.caremap');
  await saveCopy('Partner copy');
  await expect(page.getByRole('dialog')).toBeHidden();
  await expect.poll(() => actorNames(copyPath)).toEqual(['Ada Okafor']);

  await map.quickAdd('Bea Jones', 'Individual active citizen');
  await expect(map.actor('Bea Jones')).toBeVisible();
  await saveCopy('Partner copy');
  const ask = page.getByRole('dialog', { name: 'Replace the existing map?' });
  await expect(ask).toContainText('There is already a map called “Partner copy.caremap” in that folder.');
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.screenshot({ path: 'test-results/save-copy-replace-1280.png' });
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.screenshot({ path: 'test-results/save-copy-replace-1920.png' });

  await ask.getByRole('button', { name: 'Keep it, choose another name' }).click();
  await expect(page.getByRole('dialog', { name: 'Save a copy of this map' })).toBeVisible();
  expect(actorNames(copyPath)).toEqual(['Ada Okafor']);

  await page.getByRole('button', { name: 'Save copy' }).click();
  await page
    .getByRole('dialog', { name: 'Replace the existing map?' })
    .getByRole('button', { name: 'Replace it' })
    .click();
  await expect(page.getByRole('dialog')).toBeHidden();
  expect(actorNames(copyPath)).toEqual(['Ada Okafor', 'Bea Jones']);
});
