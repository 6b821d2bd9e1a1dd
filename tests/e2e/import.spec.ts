// Importing a Kumu-style workbook through the UI: File ▸ Import…, map an unknown type to an existing kind in the
// preview, import, see the actors on the map, then one Undo puts the map back as it was.
import * as XLSX from 'xlsx';
import { expect, test } from './fixtures';
import { ImportPage } from './page-models/import-page';
import { MapPage } from './page-models/map-page';
import { sheetXml, xlsxOf } from '../unit/import/hostile-files';

function kumuWorkbook(): Buffer {
  const wb = XLSX.utils.book_new();
  const sheet = (rows: string[][]) => XLSX.utils.aoa_to_sheet(rows);
  XLSX.utils.book_append_sheet(
    wb,
    sheet([
      ['Label', 'Type', 'Tags'],
      ['Zoë’s Kitchen 🍲', 'Social Enterprise', 'food|meals'],
      ['St Mary’s Drop-in', 'Faith group', ''],
      ['Ada Okafor', 'Person', ''],
    ]),
    'Elements',
  );
  XLSX.utils.book_append_sheet(
    wb,
    sheet([
      ['From', 'To', 'Type'],
      ['Ada Okafor', 'Zoë’s Kitchen 🍲|St Mary’s Drop-in', 'Volunteering'],
      ['St Mary’s Drop-in', 'Maple Hub', 'Referral'],
    ]),
    'Connections',
  );
  return XLSX.write(wb, { type: 'buffer', bookType: 'xlsx' }) as Buffer;
}

test('imports a Kumu workbook with a type mapped to an existing kind, shows it on the map, and undoes it in one step', async ({
  page,
  caremap,
}) => {
  const map = new MapPage(page);
  await map.open(caremap.url);
  await map.quickAdd('Maple Hub', 'Community hub or voluntary organisation');

  const dialog = new ImportPage(page);
  await dialog.openFromFileMenu();
  await dialog.chooseFile('partners.xlsx', kumuWorkbook());
  await expect(dialog.dialog.getByText('This looks like a Kumu workbook.')).toBeVisible();
  await expect(dialog.count('actors added')).toHaveText('3 actors added');
  await expect(dialog.count('ties added')).toHaveText('3 ties added');
  await expect(dialog.dialog.getByText('Also added to the map’s lists: 1 new kind.')).toBeVisible();

  // "Faith group" matched no kind: the facilitator maps it to an existing one.
  await expect(dialog.kindFor('Faith group')).toHaveValue(/^new:/);
  await expect(dialog.kindFor('Social Enterprise').locator('option:checked')).toHaveText(
    'Social enterprise or ethical business (matched)',
  );
  await dialog.kindFor('Faith group').selectOption({ label: 'Community hub or voluntary organisation' });
  await expect(dialog.dialog.getByText(/new kind/)).toBeHidden();
  await page.screenshot({ path: 'test-results/import-dialog.png', fullPage: true });

  // Hold the commit at the network so the busy state can be seen: it says what is happening, and the page still
  // answers (the work is in main, not in this window).
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/api/import.commit', async (route) => {
    await held;
    await route.continue();
  });
  await dialog.dialog.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(dialog.dialog.getByRole('status')).toContainText('Importing 3 actors and 3 ties…');
  expect(await page.evaluate(() => document.querySelectorAll('[role="group"]').length)).toBeGreaterThan(0);
  release();
  await expect(dialog.dialog).toBeHidden();
  for (const name of ['Zoë’s Kitchen 🍲', 'St Mary’s Drop-in', 'Ada Okafor'])
    await expect(map.actor(name)).toBeVisible();
  await expect(map.tie('St Mary’s Drop-in', 'Maple Hub')).toBeAttached();
  await expect(page.getByText('Imported “partners.xlsx”: 3 actors added')).toBeVisible();
  await page.screenshot({ path: 'test-results/import-done.png' });

  await expect(map.undoButton()).toHaveAccessibleName(/Import “partners.xlsx”/);
  await map.undoButton().click();
  for (const name of ['Zoë’s Kitchen 🍲', 'St Mary’s Drop-in', 'Ada Okafor'])
    await expect(map.actor(name)).toHaveCount(0);
  await expect(map.actor('Maple Hub')).toBeVisible();
  await expect(page.getByRole('group', { name: /^Tie from/ })).toHaveCount(0);
});

test('refuses a file that is not a spreadsheet with a sentence naming it, and the map is untouched', async ({
  page,
  caremap,
}) => {
  const map = new MapPage(page);
  await map.open(caremap.url);
  const dialog = new ImportPage(page);
  await dialog.openFromFileMenu();
  await dialog.dialog.getByLabel('Spreadsheet to import').setInputFiles({
    name: 'photo.xlsx',
    mimeType: 'image/png',
    buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 1, 2, 3]),
  });
  await expect(dialog.dialog.getByRole('alert')).toHaveText(/^“photo\.xlsx” is not a spreadsheet/);
  await page.screenshot({ path: 'test-results/import-refused.png' });
  await expect(map.undoButton()).toBeDisabled();
});

test('dropping a CSV on the window opens the import with its preview', async ({ page, caremap }) => {
  const map = new MapPage(page);
  await map.open(caremap.url);
  const csv = '\uFEFFName;Type\r\nCafé Ünal;Social enterprise\r\nJo Smith;Person\r\n';
  await page.evaluate((text) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([text], 'contacts.csv', { type: 'text/csv' }));
    const target = document.querySelector('main') ?? document.body;
    target.dispatchEvent(new DragEvent('dragover', { bubbles: true, cancelable: true, dataTransfer: transfer }));
    target.dispatchEvent(new DragEvent('drop', { bubbles: true, cancelable: true, dataTransfer: transfer }));
  }, csv);
  const dialog = new ImportPage(page);
  await expect(dialog.dialog.getByRole('heading', { name: 'Import “contacts.csv”' })).toBeVisible();
  await expect(dialog.count('actors added')).toHaveText('2 actors added');
  await dialog.importNow();
  await expect(map.actor('Café Ünal')).toBeVisible();
});

test('reads a workbook that claims the whole sheet by its real cells, and refuses a CSV of 200,000 columns in words', async ({
  page,
  caremap,
}) => {
  const map = new MapPage(page);
  await map.open(caremap.url);
  const dialog = new ImportPage(page);
  await dialog.openFromFileMenu();
  // 1.6 KB, but its <dimension> says A1:XFD1048576: 17 billion cells, if they were believed.
  const claims = xlsxOf(
    sheetXml(
      [
        ['Name', 'Type'],
        ['Ada Okafor', 'Person'],
        ['Maple Hub', 'Community hub'],
      ],
      'A1:XFD1048576',
    ),
  );
  await dialog.chooseFile('claims-everything.xlsx', claims);
  await expect(dialog.count('actors added')).toHaveText('2 actors added');
  await dialog.importNow();
  await expect(map.actor('Maple Hub')).toBeVisible();

  await dialog.openFromFileMenu();
  const header = Array.from({ length: 200_000 }, (_, i) => `c${i}`).join(',');
  await dialog.dialog
    .getByLabel('Spreadsheet to import')
    .setInputFiles({ name: 'wide.csv', mimeType: 'text/csv', buffer: Buffer.from(`${header}\nAda\n`) });
  await expect(dialog.dialog.getByRole('alert')).toHaveText(
    /^“wide\.csv” has 200,000 columns \(row 1 reaches column KIVH\); Caremap imports at most 2,000 columns\./,
  );
  for (const [width, height] of [
    [1280, 800],
    [1920, 1080],
  ] as const) {
    await page.setViewportSize({ width, height });
    await page.screenshot({ path: `test-results/import-too-wide-${width}.png` });
  }
  // The map is as it was: only the first import's one step to undo.
  await expect(map.undoButton()).toHaveAccessibleName(/Import “claims-everything.xlsx”/);
});
