// Privacy end to end in browser mode: a kind marked as people (no "individual" in its name) is anonymised in an
// exported spreadsheet, and Forget this person removes someone from the map, its history and the file on disk.
import { existsSync, readFileSync } from 'node:fs';
import * as XLSX from 'xlsx';
import { expect, test } from './fixtures';
import { DetailsPage } from './page-models/details-page';
import { ExportPage } from './page-models/export-page';
import { ImportPage } from './page-models/import-page';

const PERSON = 'Vera Quillfeather';
const EMAIL = 'vera.q@example.org';
const PHONE = '07700 900777';

/** A kind "Volunteers" made in Kinds & lists and marked as people, and one volunteer with contact details. */
async function addVolunteer(map: DetailsPage): Promise<void> {
  await map.openLists();
  await map.lists.getByLabel('Add a kind: name').fill('Volunteers');
  await map.lists.getByLabel('Are the actors of the new kind people?').selectOption('people');
  await map.lists.getByRole('button', { name: 'Add kind', exact: true }).click();
  await expect(map.lists.getByLabel('Are the actors of “Volunteers” people?')).toHaveValue('people');
  await map.closeLists();
  await map.quickAdd(PERSON, 'Volunteers');
  await map.details.getByLabel('Email').fill(EMAIL);
  await map.details.getByLabel('Email').press('Tab');
  await map.details.getByLabel('Phone').fill(PHONE);
  await map.details.getByLabel('Phone').press('Tab');
  await map.saved(`Edit “${PERSON}”`);
}

test('a kind marked as people is anonymised in an exported spreadsheet, and the dialog says what is left out', async ({
  page,
  caremap,
}) => {
  const map = new DetailsPage(page);
  await map.open(caremap.url);
  await map.openLists();
  // A new kind must be answered: people or organisations.
  await map.lists.getByLabel('Add a kind: name').fill('Lunch clubs');
  await map.lists.getByRole('button', { name: 'Add kind', exact: true }).click();
  await expect(map.lists.getByRole('alert')).toContainText('Say whether these actors are people');
  await map.closeLists();
  await addVolunteer(map);
  await map.quickAdd('Elm Road Food Bank', 'Grassroots or mutual aid group');

  const exporter = new ExportPage(page);
  await exporter.open();
  await exporter.format(/Spreadsheet \(Excel/).check();
  await expect(exporter.dialog.getByText(/People \(Individual active citizen, Volunteers\) become/)).toBeVisible();
  await exporter.anonymise().check();
  await expect(exporter.dialog.getByLabel('What the anonymised file holds')).toContainText(
    'email, phone, address and website',
  );
  await page.screenshot({ path: test.info().outputPath('export-anonymise-1280.png') });
  const [file] = await exporter.exportFiles();
  const book = XLSX.read(file!.bytes, { type: 'buffer' });
  const everything = book.SheetNames.map((name) => XLSX.utils.sheet_to_csv(book.Sheets[name]!)).join('\n');
  for (const secret of [PERSON, EMAIL, PHONE]) expect(everything).not.toContain(secret);
  expect(everything).toContain('Person 1');
  expect(everything).toContain('Elm Road Food Bank');
});

test('Forget this person removes them from the map, the undo history and the file, after a clear warning', async ({
  page,
  caremap,
}) => {
  const map = new DetailsPage(page);
  await map.open(caremap.url);
  await addVolunteer(map);
  await map.quickAdd('Elm Road Food Bank', 'Grassroots or mutual aid group');
  await map.actor(PERSON).click();
  await expect(map.details.getByLabel('Name', { exact: true })).toHaveValue(PERSON);

  await map.details.getByRole('button', { name: 'Forget this person…' }).click();
  const warning = map.details.getByRole('alertdialog', { name: `Forget “${PERSON}” for good?` });
  await expect(warning).toContainText('It cannot be undone');
  await page.screenshot({ path: test.info().outputPath('forget-1280.png') });
  await warning.getByRole('button', { name: 'Forget for good' }).click();
  await expect(map.actor(PERSON)).toHaveCount(0);
  await expect(page.getByRole('status')).toContainText(`Forgot ${PERSON}`);
  // Undo takes back the last step about someone else (adding the food bank), never the forgetting.
  await page.getByRole('button', { name: /^Undo/ }).click();
  await expect(map.actor('Elm Road Food Bank')).toHaveCount(0);
  await expect(map.actor(PERSON)).toHaveCount(0);

  await caremap.restart();
  const bytes = Buffer.concat([
    readFileSync(caremap.mapPath),
    ...(existsSync(`${caremap.mapPath}-wal`) ? [readFileSync(`${caremap.mapPath}-wal`)] : []),
  ]);
  for (const secret of [PERSON, EMAIL, PHONE]) expect(bytes.includes(Buffer.from(secret)), secret).toBe(false);
});

test('the import preview asks whether each new kind’s actors are people', async ({ page, caremap }) => {
  const map = new DetailsPage(page);
  await map.open(caremap.url);
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(
    book,
    XLSX.utils.aoa_to_sheet([
      ['Name', 'Type'],
      ['St Mary’s Drop-in', 'Faith group'],
      ['Vera', 'Unpaid carers'],
    ]),
    'Actors',
  );
  const dialog = new ImportPage(page);
  await dialog.openFromFileMenu();
  await dialog.chooseFile('partners.xlsx', XLSX.write(book, { type: 'buffer', bookType: 'xlsx' }) as Buffer);
  // Unanswered, a new kind counts as people (the safe side); the facilitator says a faith group is not.
  const faith = dialog.dialog.getByLabel('Are the actors of the new kind “Faith group” people?');
  await expect(faith).toHaveValue('people');
  await faith.selectOption('organisations');
  await expect(faith).toHaveValue('organisations');
  await page.screenshot({ path: test.info().outputPath('import-people-1280.png') });
  await dialog.importNow();
  await map.openLists();
  await expect(map.lists.getByLabel('Are the actors of “Faith group” people?')).toHaveValue('organisations');
  await expect(map.lists.getByLabel('Are the actors of “Unpaid carers” people?')).toHaveValue('people');
});
