// axe-core on the main screen and every dialog: no serious or critical accessibility violation (contrast, names,
// roles, heading order as axe rates it). Each check names the screen, so a failure says where to look.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { HistoryPage } from './page-models/history-page';
import { MapPage } from './page-models/map-page';

const CITIZEN = 'Individual active citizen';

/** Runs axe on the page (or one part of it) and fails on serious or critical findings, listing them readably. */
async function expectNoSeriousViolations(page: Page, where: string, include?: string): Promise<void> {
  let builder = new AxeBuilder({ page });
  if (include) builder = builder.include(include);
  const { violations } = await builder.analyze();
  const serious = violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help} — ${v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 4)
          .join(', ')}`,
    );
  expect(serious, `axe on ${where}`).toEqual([]);
}

async function openFromFileMenu(page: Page, item: string): Promise<void> {
  await page.getByRole('button', { name: 'File' }).click();
  await page.getByRole('menuitem', { name: item }).click();
}

async function closeDialog(page: Page): Promise<void> {
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toBeHidden();
}

test('the main screen and every dialog pass axe with no serious or critical violation', async ({ page, caremap }) => {
  const map = new MapPage(page);
  await map.open(caremap.url);
  await map.quickAdd('Ada Okafor', CITIZEN);
  await map.quickAdd('Lunch Club', 'Grassroots or mutual aid group');
  await map.drawTie('Ada Okafor', 'Lunch Club');
  await expectNoSeriousViolations(page, 'the main screen');

  // Each dialog, opened the way a facilitator opens it.
  const dialogs: { name: string; open: () => Promise<void> }[] = [
    { name: 'Kinds & lists', open: () => page.getByRole('button', { name: 'Kinds & lists…' }).click() },
    { name: 'Export the map', open: () => openFromFileMenu(page, 'Export…') },
    { name: 'Import a spreadsheet', open: () => openFromFileMenu(page, 'Import a spreadsheet…') },
    { name: 'Open a map', open: () => openFromFileMenu(page, 'Open…') },
    { name: 'Save a copy of this map', open: () => openFromFileMenu(page, 'Save a copy as…') },
    {
      name: 'Analysis & Overview report',
      open: async () => {
        await page.getByRole('button', { name: 'Analysis', exact: true }).click();
        await page
          .getByRole('region', { name: 'Analysis' })
          .getByRole('button', { name: 'Analysis & Overview report…' })
          .click();
      },
    },
  ];
  for (const dialog of dialogs) {
    await dialog.open();
    await expect(page.getByRole('dialog').first()).toBeVisible();
    await expectNoSeriousViolations(page, `the “${dialog.name}” dialog`, 'dialog[open], [role="dialog"]');
    await closeDialog(page);
  }

  // A snapshot comparison: the "new" badge on the canvas and the banner's key.
  const history = new HistoryPage(page);
  await history.openPanel();
  await history.save('Before the workshop');
  await map.quickAdd('Ben Adeyemi', CITIZEN);
  await history.act('Before the workshop', 'Compare with now');
  await expect(map.actor('Ben Adeyemi')).toContainText('new');
  await expectNoSeriousViolations(page, 'a snapshot comparison');
});
