// A partner's tie sheet with extra columns: each becomes a tie field (listed in the preview with where it goes), A→B
// and B→A are two ties or one mutual tie as the facilitator chooses, and a tie's Details show its fields.
import { expect, test } from './fixtures';
import { DetailsPage } from './page-models/details-page';
import { ImportPage } from './page-models/import-page';
import { MapPage } from './page-models/map-page';

const TIES_CSV = [
  'From,To,Amount (EUR bn),Agreement',
  'Greece,Eurozone,110,Bilateral',
  'Eurozone,Greece,28.5,',
  'Eurozone,IMF,30,EFSF',
].join('\r\n');

for (const size of [
  { width: 1280, height: 800 },
  { width: 1920, height: 1080 },
]) {
  test(`extra tie columns become tie fields; two ties or one mutual tie, chosen in the preview (${size.width})`, async ({
    page,
    caremap,
  }) => {
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

test('Kinds & lists makes a field for ties; a tie’s Details fill it in, an actor’s do not offer it', async ({
  page,
  caremap,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  const map = new MapPage(page);
  await map.open(caremap.url);
  const dialog = new ImportPage(page);
  await dialog.openFromFileMenu();
  await dialog.chooseFile('euro-ties.csv', Buffer.from(TIES_CSV, 'utf8'), 'text/csv');
  await dialog.importNow();

  const lists = new DetailsPage(page);
  await lists.openLists('Your own fields');
  await lists.lists.getByLabel('Add a field: name').fill('How often');
  await lists.lists.getByLabel('The new field is for').selectOption({ label: 'for ties' });
  await lists.lists.getByRole('button', { name: 'Add field', exact: true }).click();
  await expect(lists.lists.getByLabel('Name of the field “How often”')).toBeVisible();
  await expect(lists.lists.getByText('for ties: not filled in yet')).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('tie-field-lists-1280.png') });
  await lists.closeLists();

  await page.getByRole('button', { name: 'Fit the whole map in view' }).click();
  await map.tie('Eurozone', 'IMF').locator('path.react-flow__edge-path').dispatchEvent('click');
  const details = page.getByRole('complementary', { name: 'Details' });
  await details.getByLabel('How often').fill('Monthly');
  await details.getByLabel('How often').press('Enter');
  await lists.saved(/Edit tie between “Eurozone” and “IMF”/);
  await map.actor('IMF').click();
  // The actor's own-fields section has none to offer: the map has only a ties' field.
  await expect(details.getByText('Record anything else this map needs')).toBeVisible();
  await expect(details.getByLabel('How often')).toHaveCount(0);
  await map.tie('Eurozone', 'IMF').locator('path.react-flow__edge-path').dispatchEvent('click');
  await expect(details.getByLabel('How often')).toHaveValue('Monthly');
});
