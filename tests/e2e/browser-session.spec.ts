// Browser mode's one-time code end to end: the printed address works once, opening it again in another browser is
// refused in words, and the session key never appears on any process's command line.
import { readdirSync, readFileSync } from 'node:fs';
import { expect, test } from './fixtures';
import { DetailsPage } from './page-models/details-page';

/** Every command line this user can read, as /proc shows them to anyone on the computer. */
function allCommandLines(): string {
  const lines: string[] = [];
  for (const pid of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    try {
      lines.push(readFileSync(`/proc/${pid}/cmdline`, 'utf8').replaceAll('\0', ' '));
    } catch {
      // The process ended meanwhile, or is not ours to read.
    }
  }
  return lines.join('\n');
}

test('the printed address works once; reuse is refused; the key is on no command line', async ({
  page,
  browser,
  caremap,
}) => {
  expect(caremap.url).toMatch(/#code=[\w-]+$/);
  const map = new DetailsPage(page);
  await map.open(caremap.url);
  // The code left the address bar; the tab keeps the key for reloads.
  expect(page.url()).not.toContain('code=');
  const key = await page.evaluate(() => sessionStorage.getItem('caremap.token'));
  expect(key).toMatch(/^[\w-]{20,}$/);
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Add an actor' })).toBeVisible();

  const other = await browser.newContext();
  const stranger = await other.newPage();
  await stranger.goto(caremap.url);
  await expect(stranger.getByText(/each address Caremap prints works once/).first()).toBeVisible();
  await stranger.screenshot({ path: test.info().outputPath('address-used-1280.png') });
  await other.close();

  const commandLines = allCommandLines();
  expect(commandLines).toContain('web.js');
  expect(commandLines).not.toContain(key!);
});
