// A partner's workbook with an actor written twice: the preview lists what the later row disagrees on, the first
// row's description is kept unless the facilitator ticks to take the other, and the import does what the tick says.
import * as XLSX from 'xlsx';
import { expect, test } from './fixtures';
import { ImportPage } from './page-models/import-page';
import { MapPage } from './page-models/map-page';

const REAL = 'Weekly chats over chai, Tuesdays at the library.';

function workbook(): Buffer {
  const book = XLSX.utils.book_new();
  const rows = [
    ['Name', 'Type', 'Description', 'Phone'],
    ['Chats & Chai', 'Grassroots group', REAL, ''],
    ['Lunch Club', 'Grassroots group', 'Hot lunch on Fridays', ''],
    ['  Chats & Chai ', '', 'Same group, typed again', '0207 946 0000'],
  ];
  XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet(rows), 'Groups');
  return XLSX.write(book, { type: 'buffer', bookType: 'xlsx' }) as Buffer;
}

test('a duplicate row never overwrites the description; ticking takes the other value', async ({ page, caremap }) => {
  const map = new MapPage(page);
  const importer = new ImportPage(page);
  await map.open(caremap.url);
  await importer.openFromFileMenu();
  await importer.chooseFile('partner.xlsx', workbook());

  const problems = importer.dialog.locator('.import-problems');
  const conflict = problems
    .getByRole('row')
    .filter({ hasText: 'Row 4 says “Same group, typed again” for Description' });
  await expect(conflict).toContainText(`row 2’s “${REAL}” is kept.`);
  for (const [width, height] of [
    [1280, 800],
    [1920, 1080],
  ] as const) {
    await page.setViewportSize({ width, height });
    await conflict.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `test-results/import-duplicates-${width}.png` });
  }

  // Ticking takes row 4's words; the preview says so.
  await conflict.getByRole('checkbox', { name: 'Use row 4’s instead' }).click(); // the tick follows the new preview
  const taken = problems
    .getByRole('row')
    .filter({ hasText: 'Row 4’s “Same group, typed again” is used for Description, as you chose' });
  await expect(taken.getByRole('checkbox', { name: 'Use row 4’s instead' })).toBeChecked();
  // Unticking keeps the first again, and that is what is imported.
  await taken.getByRole('checkbox', { name: 'Use row 4’s instead' }).click();
  await expect(conflict.getByRole('checkbox', { name: 'Use row 4’s instead' })).not.toBeChecked();
  await importer.importNow();

  await map.actor('Chats & Chai').click();
  await expect(page.getByRole('textbox', { name: 'Description' })).toHaveValue(REAL);
});
