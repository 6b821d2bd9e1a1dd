// A partner's tie sheet with extra columns: each becomes a tie field (listed in the preview with where it goes), A→B
// and B→A are two ties or one mutual tie as the facilitator chooses, and a tie's Details show its fields.
import { expect, test } from './fixtures';
import { ImportPage } from './page-models/import-page';
import { MapPage } from './page-models/map-page';

const TIES_CSV = ['From,To,Amount (EUR bn),Agreement', 'Greece,Eurozone,110,Bilateral', 'Eurozone,Greece,28.5,', 'Eurozone,IMF,30,EFSF'].join('\r\n');

for (const size of [
  { width: 1280, height: 800 },
  { width: 1920, height: 1080 },
]) {
  test(`extra tie columns become tie fields; two ties or one mutual tie, chosen in the preview (${size.width})`, async ({ page, caremap }) => {
    await page.setViewportSize(size);
    const map = new MapPage(page);
    await map.open(caremap.url);
    const dialog = new ImportPage(page);
    await dialog.openFromFileMenu();
    await dialog.chooseFile('euro-ties.csv', Buffer.from(TIES_CSV, 'utf8'), 'text/csv');
    await expect(dialog.dialog.getByLabel('Column C Amount (EUR bn) goes to')).toHaveValue('customNumber');
    await expect(dialog.dialog.getByLabel('Column D Agreement goes to')).toHaveValue('custom');
    // A directed sheet's A→B and B→A are two ties by default; one mutual tie when chosen.
    await expect(dialog.dialog.getByRole('radio', { name: /Two ties, one each way/ })).toBeChecked();
    await expect(dialog.count('ties added')).toHaveText('3 ties added');
    await dialog.dialog.getByRole('radio', { name: 'One two-way (mutual) tie' }).check();
    await expect(dialog.count('ties added')).toHaveText('2 ties added');
    await page.screenshot({ path: test.info().outputPath(`tie-fields-preview-${size.width}.png`) });
    await dialog.dialog.getByRole('radio', { name: /Two ties, one each way/ }).check();
    await expect(dialog.count('ties added')).toHaveText('3 ties added');
    await dialog.importNow();

    const there = map.tie('Greece', 'Eurozone');
    const back = map.tie('Eurozone', 'Greece');
    await expect(there).toBeAttached();
    await expect(back).toBeAttached();
    await page.getByRole('button', { name: 'Fit the whole map in view' }).click();
    await there.locator('path.react-flow__edge-path').dispatchEvent('click');
    const details = page.getByRole('complementary', { name: 'Details' });
    await expect(details.getByLabel('Amount (EUR bn)')).toHaveValue('110');
    await expect(details.getByLabel('Agreement')).toHaveValue('Bilateral');
    await page.screenshot({ path: test.info().outputPath(`tie-fields-details-${size.width}.png`) });
    await back.locator('path.react-flow__edge-path').dispatchEvent('click');
    await expect(details.getByLabel('Amount (EUR bn)')).toHaveValue('28.5');
    await expect(details.getByLabel('Agreement')).toHaveValue('');
  });
}
