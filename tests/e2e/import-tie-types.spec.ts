// Issue 14 point 7: a partner's tie types are mapped in the import preview like kinds — onto an existing type, a new
// type the facilitator names, or none — and the imported tie's Details show the type chosen.
import { expect, test } from './fixtures';
import { ImportPage } from './page-models/import-page';
import { MapPage } from './page-models/map-page';

const TIES_CSV = [
  'From,To,Type',
  'Ada,Bea,Signposting',
  'Bea,Cal,Grants',
  'Cal,Dee,Lends a room',
  'Dee,Eve,Shares volunteers',
  'Eve,Fay,Co-delivery',
  'Fay,Ada,referrals',
].join('\r\n');

for (const size of [
  { width: 1280, height: 800 },
  { width: 1920, height: 1080 },
]) {
  test(`an unknown tie type mapped onto an existing one in the preview is the tie's type after import (${size.width})`, async ({
    page,
    caremap,
  }) => {
    await page.setViewportSize(size);
    const map = new MapPage(page);
    await map.open(caremap.url);
    const dialog = new ImportPage(page);
    await dialog.openFromFileMenu();
    await dialog.chooseFile('partner-ties.csv', Buffer.from(TIES_CSV, 'utf8'), 'text/csv');

    // "referrals" finds the map's "Referral"; the five others are offered as new types of their own names.
    await expect(dialog.tieTypeFor('referrals').locator('option:checked')).toHaveText('Referral (matched)');
    await expect(dialog.tieTypeFor('Signposting')).toHaveValue('new');
    await expect(dialog.dialog.getByText('Also added to the map’s lists: 5 new tie types.')).toBeVisible();

    await dialog.tieTypeFor('Signposting').selectOption({ label: 'Referral' });
    await dialog.tieTypeFor('Grants').selectOption({ label: 'Funding' });
    await dialog.tieTypeFor('Lends a room').selectOption({ label: 'No type' });
    const name = dialog.dialog.getByLabel('Name of the new tie type for “Co-delivery”');
    await name.fill('Joint delivery');
    await name.press('Enter');
    await expect(dialog.dialog.getByText('Also added to the map’s lists: 2 new tie types.')).toBeVisible();
    await expect(dialog.tieTypeFor('Signposting').locator('option:checked')).toHaveText('Referral');
    await dialog.tieTypeFor('Grants').scrollIntoViewIfNeeded();
    await page.screenshot({ path: test.info().outputPath(`tie-types-preview-${size.width}.png`) });
    await dialog.importNow();

    await page.getByRole('button', { name: 'Fit the whole map in view' }).click();
    const details = page.getByRole('complementary', { name: 'Details' });
    const typeOf = async (from: string, to: string) => {
      await map.tie(from, to).locator('path.react-flow__edge-path').dispatchEvent('click');
      return details.getByLabel('Type of tie').locator('option:checked');
    };
    await expect(await typeOf('Ada', 'Bea')).toHaveText('Referral');
    await expect(await typeOf('Bea', 'Cal')).toHaveText('Funding');
    await expect(await typeOf('Eve', 'Fay')).toHaveText('Joint delivery');
    await expect(await typeOf('Dee', 'Eve')).toHaveText('Shares volunteers');
    await page.screenshot({ path: test.info().outputPath(`tie-types-details-${size.width}.png`) });
  });
}
