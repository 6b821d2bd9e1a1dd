// The app's PDF report prints names in any script: actors named in Arabic, Chinese, Bengali and Polish come out of
// "Save as PDF" with every glyph found (the bundled Noto fonts, fetched with the first PDF) and read back as written.
import { readFileSync } from 'node:fs';
import { readPdf } from '../unit/analysis/pdf-text';
import { expect, test } from './fixtures';
import { MapPage } from './page-models/map-page';

const reversed = (text: string) => [...text].reverse().join('');

test('Save as PDF prints Arabic, Chinese, Bengali and Polish names', async ({ page, caremap }) => {
  const map = new MapPage(page);
  await map.open(caremap.url);
  for (const name of ['محمد', '王芳', 'রহিম', 'Łucja Wójcik']) await map.quickAdd(name, 'Individual active citizen');
  await expect(map.actor('Łucja Wójcik')).toBeVisible();

  await page.getByRole('button', { name: 'Analysis', exact: true }).click();
  await page
    .getByRole('region', { name: 'Analysis' })
    .getByRole('button', { name: 'Analysis & Overview report…' })
    .click();
  const dialog = page.getByRole('dialog', { name: 'Analysis & Overview report' });
  const intro = dialog.getByRole('textbox', { name: 'What the network includes' });
  await expect(intro).toHaveValue(/holds 4 actors/);
  await intro.fill(`${await intro.inputValue()}\n\nWe met محمد, 王芳, রহিম and Łucja Wójcik at the library.`);

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    dialog.getByRole('button', { name: 'Save as PDF' }).click(),
  ]);
  await expect(dialog.getByRole('status')).toContainText('Saved');
  const pdf = await readPdf(new Uint8Array(readFileSync(await download.path())));
  expect(
    pdf.pieces
      .flat()
      .filter((p) => p.codes.includes(0))
      .map((p) => p.text),
  ).toEqual([]);
  const line = pdf.lines.find((l) => l.startsWith('We met'));
  expect(line).toBe(`We met ${reversed('محمد')}, 王芳, রিহম and Łucja Wójcik at the library.`);
});
