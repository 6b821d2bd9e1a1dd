// The report's edits are kept in the map file: edit, close Caremap (the server stops), open the map again and the
// words are still there; "Write again from the map" still asks first, and after it the kept words are gone for good.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { MapPage } from './page-models/map-page';

const EVENING_ONE = 'First evening: the estate’s mutual aid group holds most of the care.';

async function openReport(page: Page) {
  await page.getByRole('button', { name: 'Analysis', exact: true }).click();
  const panel = page.getByRole('region', { name: 'Analysis' });
  await panel.getByRole('button', { name: 'Analysis & Overview report…' }).click();
  return page.getByRole('dialog', { name: 'Analysis & Overview report' });
}

test('report edits survive closing Caremap and opening the map again; writing again asks first', async ({
  page,
  caremap,
}) => {
  const map = new MapPage(page);
  await map.open(caremap.url);
  await map.quickAdd('Ada Okafor', 'Individual active citizen');
  await map.quickAdd('Elm Road Food Bank', 'Grassroots or mutual aid group');
  await expect(map.actor('Elm Road Food Bank')).toBeVisible();

  let dialog = await openReport(page);
  let intro = dialog.getByRole('textbox', { name: 'What the network includes' });
  await expect(intro).toHaveValue(/holds 2 actors/);
  const written = await intro.inputValue();
  // Typing, then closing: the words go to the map file (waited for, so the server is not stopped mid-write).
  const kept = page.waitForResponse((r) => r.url().includes('/api/report.save') && r.ok());
  await intro.fill(`${written}\n\n${EVENING_ONE}`);
  await dialog.getByRole('button', { name: 'Close' }).click();
  await kept;

  // Caremap closes (the server stops) and opens the map again in a fresh page: nothing of the edit is in memory.
  await map.open(await caremap.restart());
  await expect(map.actor('Ada Okafor')).toBeVisible();
  dialog = await openReport(page);
  intro = dialog.getByRole('textbox', { name: 'What the network includes' });
  await expect(intro).toHaveValue(new RegExp(`${EVENING_ONE}$`));
  await page.screenshot({ path: 'test-results/report-kept-1280.png' });

  // Write again from the map still asks first; keeping them changes nothing.
  await dialog.getByRole('button', { name: 'Write again from the map' }).click();
  const confirm = dialog.getByRole('group', { name: 'Write again from the map' });
  await expect(confirm).toContainText('This replaces your changes');
  await confirm.getByRole('button', { name: 'Keep them' }).click();
  await expect(intro).toHaveValue(new RegExp(`${EVENING_ONE}$`));
  const cleared = page.waitForResponse((r) => r.url().includes('/api/report.clear') && r.ok());
  await dialog.getByRole('button', { name: 'Write again from the map' }).click();
  await confirm.getByRole('button', { name: 'Replace my changes' }).click();
  await cleared;
  await expect(intro).toHaveValue(written);

  await map.open(await caremap.restart());
  dialog = await openReport(page);
  await expect(dialog.getByRole('textbox', { name: 'What the network includes' })).toHaveValue(written);
});
