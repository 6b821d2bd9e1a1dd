// Opening sends the window only what the canvas draws; the inspector, the table and a filter on a field fetch the
// rest when they need it, and show the real values (never blanks that could be saved over them).
import type { Response } from '@playwright/test';
import { expect, test } from './demo-fixture';
import { DetailsPage } from './page-models/details-page';
import { ViewPage } from './page-models/view-page';

test('the demo opens slim; details, the table and a field filter fetch the rest and show it', async ({
  page,
  demo,
}) => {
  const opened: Promise<string>[] = [];
  const fetched: string[] = [];
  page.on('response', (response: Response) => {
    const path = new URL(response.url()).pathname;
    if (path === '/api/map.current') opened.push(response.text());
    if (path === '/api/records.details') fetched.push(response.request().postData() ?? '');
  });
  const map = new DetailsPage(page);
  const view = new ViewPage(page);
  await page.setViewportSize({ width: 1280, height: 800 });
  await map.open(demo.url);

  // What the window was sent on opening names Ada but carries none of her details (tags, consent…).
  const sent = await opened[0]!;
  expect(sent).toContain('Ada Okafor');
  expect(sent).not.toContain('lunch club');
  expect(sent).not.toContain('consent');
  expect(fetched).toEqual([]);

  // Choosing her fetches her details: the inspector shows them, and a note typed there is saved.
  await map.actor('Ada Okafor').click();
  const details = map.details;
  await expect(details.getByRole('group', { name: 'Care offers' }).getByLabel('Befriending')).toBeChecked();
  await expect(details.getByText('lunch club')).toBeVisible();
  expect(fetched.length).toBeGreaterThan(0);
  await details.getByRole('textbox', { name: 'Notes' }).fill('Drives the Tuesday lunch club minibus.');
  await details.getByRole('textbox', { name: 'Notes' }).press('Tab');
  await map.saved('Edit “Ada Okafor”');
  await page.screenshot({ path: test.info().outputPath('inspector-1280.png') });

  // After a reload (slim again) her note comes back with her details, not as an empty field.
  await page.reload();
  await expect(map.actor('Ada Okafor')).toBeVisible();
  await map.actor('Ada Okafor').click();
  await expect(details.getByRole('textbox', { name: 'Notes' })).toHaveValue('Drives the Tuesday lunch club minibus.');

  // A field of our own, filled in for Ada only, then a filter on it: only she stays in full.
  await map.openLists('Your own fields');
  await map.lists.getByLabel('Add a field: name').fill('Languages spoken');
  await map.lists.getByRole('button', { name: 'Add field', exact: true }).click();
  await expect(map.lists.getByLabel('Name of the field “Languages spoken”')).toBeVisible();
  await map.closeLists();
  await details.getByLabel('Languages spoken').fill('Polish, Igbo');
  await details.getByLabel('Languages spoken').press('Tab');
  await map.saved('Edit “Ada Okafor”');
  await view.openFilter();
  await view.filterPanel.getByLabel('Languages spoken', { exact: true }).fill('igbo');
  await view.expectLook('Ada Okafor', 'full');
  await view.expectLook('Tomasz Nowak', 'dim');
  await view.expectLook('Maple Street Mutual Aid', 'dim');
  await view.closeFilter();

  // The table shows every column's values, the fetched ones too: tags, address, the field.
  await page.getByRole('button', { name: 'Table', exact: true }).click();
  const table = page.getByRole('table', { name: 'Actors' });
  const ada = table.getByRole('row').filter({ has: page.getByLabel('Name of Ada Okafor', { exact: true }) });
  await expect(ada).toContainText('lunch club');
  await expect(ada).toContainText('Polish, Igbo');
  await page.screenshot({ path: test.info().outputPath('table-1280.png') });
});

test('while an actor’s details are on their way, the inspector says so and offers no field to type over', async ({
  page,
  demo,
}) => {
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/api/records.details', async (route) => {
    await held;
    await route.continue();
  });
  const map = new DetailsPage(page);
  await page.setViewportSize({ width: 1920, height: 1080 });
  await map.open(demo.url);
  await map.actor('Ada Okafor').click();
  const details = map.details;
  await expect(details.getByText('Loading this actor’s details…')).toBeVisible();
  await expect(details.getByText('Ada Okafor', { exact: true })).toBeVisible();
  await expect(details.getByRole('textbox')).toHaveCount(0);
  await page.screenshot({ path: test.info().outputPath('inspector-loading-1920.png') });
  release();
  await expect(details.getByText('lunch club')).toBeVisible();
  await expect(details.getByText('Loading this actor’s details…')).toHaveCount(0);
  await expect(details.getByRole('textbox', { name: 'Notes' })).toBeVisible();
});
