// The Analysis panel and report on the demo map, end to end in browser mode: counts by kind match the legend, the top
// broker is shown on the map, and the edited report saves as a web page with the map picture, the counts and the
// panel's charts in it, and as a PDF with the map on a landscape page of its own.
import { readFileSync } from 'node:fs';
import { expect, test } from './demo-fixture';
import { MapPage } from './page-models/map-page';
import { ViewPage } from './page-models/view-page';
import { readPdfRuns } from '../unit/analysis/pdf-runs';

/** As the panel and the report write a share. */
const percent = (count: number, total: number) => `${Math.round((count / total) * 100)}%`;

test('demo map: counts by kind, the top broker on the map, and the report saved as HTML with the map picture', async ({
  page,
  demo,
}) => {
  const map = new MapPage(page);
  const view = new ViewPage(page);
  await map.open(demo.url);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Demo care network');

  // The legend's count of each kind is what the map holds.
  const legendRows = page.getByRole('list', { name: 'Kinds of actor' }).getByRole('listitem');
  await expect(legendRows.first()).toBeVisible();
  const kinds: { name: string; count: number }[] = [];
  for (const row of await legendRows.all()) {
    const name = (await row.locator('.legend__name').textContent())!.trim();
    kinds.push({ name, count: Number(await row.locator('.legend__count').textContent()) });
  }
  const total = kinds.reduce((sum, k) => sum + k.count, 0);
  expect(kinds.length).toBeGreaterThan(3);
  expect(total).toBeGreaterThan(30);

  await page.getByRole('button', { name: 'Analysis', exact: true }).click();
  const panel = page.getByRole('region', { name: 'Analysis' });
  const summary = panel.getByRole('list', { name: 'Summary' });
  await expect(summary.getByRole('listitem').filter({ hasText: new RegExp(`^${total}actors`) })).toBeVisible();
  for (const k of kinds)
    await expect(
      panel.getByRole('listitem', { name: `${k.name}: ${k.count}, ${percent(k.count, total)}` }),
    ).toBeVisible();

  // The top broker: selected and in focus on the canvas.
  const top = panel.getByRole('region', { name: 'Brokers' }).getByRole('listitem').first().getByRole('button');
  const broker = (await top.textContent())!.trim();
  expect(broker.length).toBeGreaterThan(0);
  await top.click();
  await expect(map.actor(broker)).toHaveClass(/selected/);
  await expect(view.focusButton('1 step')).toHaveAttribute('aria-pressed', 'true');
  await view.expectLook(broker, 'full');

  // The report: written from the figures, editable, and the edit survives closing and reopening.
  await panel.getByRole('button', { name: 'Analysis & Overview report…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Analysis & Overview report' });
  const kindsText = dialog.getByRole('textbox', { name: 'Its kinds' });
  for (const k of kinds.filter((x) => x.count > 0))
    await expect(kindsText).toHaveValue(
      new RegExp(`${escape(k.name)}: ${k.count} actors? \\(${percent(k.count, total)}\\)`),
    );
  await expect(dialog.getByRole('textbox', { name: 'Which connections would most help' })).toHaveValue(
    /best placed|brokers/,
  );
  const intro = dialog.getByRole('textbox', { name: 'What the network includes' });
  await intro.fill(`${await intro.inputValue()}\n\nWritten up after the Clapton workshop.`);
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();
  await panel.getByRole('button', { name: 'Analysis & Overview report…' }).click();
  await expect(intro).toHaveValue(/Written up after the Clapton workshop\.$/);

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    dialog.getByRole('button', { name: 'Save as a web page (HTML)' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('Demo care network - Analysis and Overview.html');
  await expect(dialog.getByRole('status')).toContainText('Saved');
  const html = readFileSync(await download.path(), 'utf8');
  const image = /<img src="data:image\/png;base64,([A-Za-z0-9+/=]+)"/.exec(html);
  expect(image).not.toBeNull();
  const png = Buffer.from(image![1]!, 'base64');
  expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  expect(png.readUInt32BE(16)).toBeGreaterThan(300); // width from the IHDR chunk: a real picture, not a dot
  for (const k of kinds.filter((x) => x.count > 0))
    expect(html).toContain(
      `${htmlEscape(k.name)}: ${k.count} actor${k.count === 1 ? '' : 's'} (${percent(k.count, total)})`,
    );
  expect(html).toContain('Written up after the Clapton workshop.');
  // The panel's charts are in the page: a bar per kind with its count, and the kind-mixing heatmap.
  const bars = /<svg [^>]*class="chart chart-kinds".*?<\/svg>/s.exec(html)?.[0] ?? '';
  for (const k of kinds.filter((x) => x.count > 0)) expect(bars).toContain(`${k.count} (${percent(k.count, total)})`);
  expect(html).toMatch(/<svg [^>]*class="chart chart-mixing"/);

  // The PDF, with the same edit in it (pdf-lib writes text hex-encoded, so the check is on the file's start and size).
  const [pdf] = await Promise.all([
    page.waitForEvent('download'),
    dialog.getByRole('button', { name: 'Save as PDF' }).click(),
  ]);
  expect(pdf.suggestedFilename()).toBe('Demo care network - Analysis and Overview.pdf');
  const pdfBytes = readFileSync(await pdf.path());
  expect(pdfBytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  // The map on a landscape page of its own, every word on it 7 pt or more; the charts on the pages after it.
  const pages = await readPdfRuns(pdfBytes);
  expect(pages[0]!.width).toBeGreaterThan(pages[0]!.height);
  expect(pages[0]!.runs.length).toBeGreaterThan(20);
  for (const run of pages[0]!.runs) expect(run.size).toBeGreaterThanOrEqual(7);
  expect(pages.slice(1).flatMap((p) => p.runs.map((r) => r.text))).toEqual(
    expect.arrayContaining(['Actors by kind', 'Who is tied to whom']),
  );

  // Markdown: the text names the map picture, which is saved beside it.
  const downloads: import('@playwright/test').Download[] = [];
  page.on('download', (d) => downloads.push(d));
  await dialog.getByRole('button', { name: 'Save as Markdown' }).click();
  await expect.poll(() => downloads.length).toBe(2);
  page.removeAllListeners('download');
  expect(downloads.map((d) => d.suggestedFilename())).toEqual([
    'Demo care network - Analysis and Overview.md',
    'Demo care network - Analysis and Overview - map.png',
  ]);
  const md = readFileSync(await downloads[0]!.path(), 'utf8');
  expect(md).toContain('![The map](Demo%20care%20network%20-%20Analysis%20and%20Overview%20-%20map.png)');
  expect(
    readFileSync(await downloads[1]!.path())
      .subarray(1, 4)
      .toString('latin1'),
  ).toBe('PNG');
  await expect(dialog.getByRole('status')).toContainText('Keep the picture in the same folder as the text');

  // Writing again from the map asks first, then replaces the edit with fresh words.
  await dialog.getByRole('button', { name: 'Write again from the map' }).click();
  await dialog.getByRole('button', { name: 'Replace my changes' }).click();
  await expect(intro).not.toHaveValue(/Clapton workshop/);
  await expect(intro).toHaveValue(new RegExp(`The map “Demo care network” holds ${total} actors`));

  // After an edit to the map, unedited words follow it; edited words stay, with a note that the map has changed.
  await dialog.getByRole('button', { name: 'Close' }).click();
  await map.quickAdd('Zara Ahmed', 'Individual active citizen');
  await expect(summary.getByRole('listitem').filter({ hasText: new RegExp(`^${total + 1}actors`) })).toBeVisible();
  await panel.getByRole('button', { name: 'Analysis & Overview report…' }).click();
  await expect(intro).toHaveValue(new RegExp(`holds ${total + 1} actors`));
  await expect(dialog.getByRole('note')).toBeHidden();
  await intro.fill('Our own introduction.');
  await dialog.getByRole('button', { name: 'Close' }).click();
  await map.quickAdd('Yusuf Ali', 'Individual active citizen');
  await expect(summary.getByRole('listitem').filter({ hasText: new RegExp(`^${total + 2}actors`) })).toBeVisible();
  await panel.getByRole('button', { name: 'Analysis & Overview report…' }).click();
  await expect(intro).toHaveValue('Our own introduction.');
  await expect(dialog.getByRole('note')).toContainText('The map has changed since these words were written');

  // Shared without people's names: typed names too become "Person n"; organisations keep theirs.
  await intro.fill('Our own introduction, with thanks to Zara Ahmed and the Lunch Club.');
  await dialog.getByLabel(/Leave out people’s names/).check();
  const [shared] = await Promise.all([
    page.waitForEvent('download'),
    dialog.getByRole('button', { name: 'Save as a web page (HTML)' }).click(),
  ]);
  const sharedHtml = readFileSync(await shared.path(), 'utf8');
  expect(sharedHtml).toMatch(/with thanks to Person \d+ and the Lunch Club\./);
  expect(sharedHtml).not.toContain('Zara Ahmed');
  expect(sharedHtml).not.toContain('Yusuf Ali');
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

function htmlEscape(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}
