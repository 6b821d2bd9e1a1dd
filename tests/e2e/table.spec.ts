// The table view, end to end in browser mode: rename in place, set two actors' kind in one step and undo it, sort.
import { expect, test } from './fixtures';
import { MapPage } from './page-models/map-page';
import { ViewPage } from './page-models/view-page';
import { DetailsPage } from './page-models/details-page';

test('edits actors in the table, in bulk as one undo step, and sorts them', async ({ page, caremap }) => {
  const map = new MapPage(page);
  await map.open(caremap.url);
  await map.quickAdd('Maple Street Hub', 'Community hub or voluntary organisation');
  await map.quickAdd('Ada Okafor', 'Individual active citizen');
  await map.quickAdd('Bea Njoku', 'Individual active citizen');

  await page.getByRole('button', { name: 'Table', exact: true }).click();
  await expect(page.getByRole('button', { name: 'Table', exact: true })).toHaveAttribute('aria-pressed', 'true');
  const table = page.getByRole('table', { name: 'Actors' });
  await expect(table.getByRole('row')).toHaveCount(4);
  await expect(map.map).toBeVisible();

  // Sorted by name, A to Z, until a heading is clicked.
  const names = () =>
    table
      .locator('tbody tr td:nth-child(2) input')
      .evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value));
  await expect(table.getByRole('columnheader', { name: 'Name' })).toHaveAttribute('aria-sort', 'ascending');
  expect(await names()).toEqual(['Ada Okafor', 'Bea Njoku', 'Maple Street Hub']);
  await table.getByRole('button', { name: 'Name' }).click();
  await expect(table.getByRole('columnheader', { name: 'Name' })).toHaveAttribute('aria-sort', 'descending');
  expect(await names()).toEqual(['Maple Street Hub', 'Bea Njoku', 'Ada Okafor']);
  await table.getByRole('button', { name: 'Kind' }).click();
  await expect(table.getByRole('columnheader', { name: 'Kind' })).toHaveAttribute('aria-sort', 'ascending');
  await expect(table.getByRole('columnheader', { name: 'Name' })).toHaveAttribute('aria-sort', 'none');

  // Rename in place: the canvas follows.
  const name = table.getByLabel('Name of Bea Njoku', { exact: true });
  await name.fill('Beatrice Njoku');
  await name.press('Enter');
  await expect(map.actor('Beatrice Njoku')).toBeVisible();
  await expect(map.actor('Bea Njoku')).toHaveCount(0);

  // Two rows selected: the canvas selects the same actors, and the bulk bar sets both kinds in one step.
  await table.getByLabel('Select Ada Okafor', { exact: true }).check();
  await table.getByLabel('Select Beatrice Njoku', { exact: true }).check();
  const selectedOnCanvas = map.map.locator('.react-flow__node.selected');
  await expect(selectedOnCanvas).toHaveCount(2);
  await expect(selectedOnCanvas.filter({ hasText: 'Ada Okafor' })).toHaveCount(1);
  await expect(selectedOnCanvas.filter({ hasText: 'Beatrice Njoku' })).toHaveCount(1);
  const kindOf = (who: string) => table.getByLabel(`Kind of ${who}`, { exact: true });
  const panel = page.getByRole('region', { name: 'Table' });
  await panel
    .getByLabel('Set the kind of the 2 selected actors')
    .selectOption({ label: 'Community hub or voluntary organisation' });
  await expect(kindOf('Ada Okafor').locator('option:checked')).toHaveText('Community hub or voluntary organisation');
  await expect(kindOf('Beatrice Njoku').locator('option:checked')).toHaveText(
    'Community hub or voluntary organisation',
  );

  await map.undoButton().click();
  await expect(kindOf('Ada Okafor').locator('option:checked')).toHaveText('Individual active citizen');
  await expect(kindOf('Beatrice Njoku').locator('option:checked')).toHaveText('Individual active citizen');
  // The rename before it is still there: the bulk edit was one step.
  await expect(table.getByLabel('Name of Beatrice Njoku', { exact: true })).toBeVisible();

  // The table's own box narrows the rows.
  await panel.getByRole('searchbox').fill('maple');
  await expect(table.getByRole('row')).toHaveCount(2);
});

test('selecting on the canvas selects the row, and a row click selects on the canvas', async ({ page, caremap }) => {
  const map = new MapPage(page);
  await map.open(caremap.url);
  await map.quickAdd('Ada Okafor', 'Individual active citizen');
  await map.quickAdd('Maple Street Hub', 'Community hub or voluntary organisation');
  await page.getByRole('button', { name: 'Table', exact: true }).click();
  const table = page.getByRole('table', { name: 'Actors' });
  // The last actor added is selected on the canvas.
  await expect(table.getByLabel('Select Maple Street Hub', { exact: true })).toBeChecked();
  await expect(table.getByLabel('Select Ada Okafor', { exact: true })).not.toBeChecked();
  await table
    .getByRole('row')
    .filter({ has: page.getByLabel('Name of Ada Okafor', { exact: true }) })
    .locator('td')
    .nth(4)
    .click();
  await expect(table.getByLabel('Select Ada Okafor', { exact: true })).toBeChecked();
  await expect(table.getByLabel('Select Maple Street Hub', { exact: true })).not.toBeChecked();
  await expect(page.getByRole('region', { name: 'Table' }).getByText('2 actors, 1 selected')).toBeVisible();
});

test('follows the map filter, selects a range with Shift, and sets two ties’ status in one step', async ({
  page,
  caremap,
}) => {
  const map = new MapPage(page);
  const view = new ViewPage(page);
  await map.open(caremap.url);
  await map.quickAdd('Ada Okafor', 'Individual active citizen');
  await map.quickAdd('Lunch Club', 'Grassroots or mutual aid group');
  await map.quickAdd('Zed Morris', 'Individual active citizen');
  await map.drawTie('Ada Okafor', 'Lunch Club');
  await map.drawTie('Lunch Club', 'Zed Morris');
  await page.getByRole('button', { name: 'Table', exact: true }).click();
  const panel = page.getByRole('region', { name: 'Table' });
  const actors = panel.getByRole('table', { name: 'Actors' });

  // Shift-click selects every row between the last one clicked and this one.
  const cell = (who: string) =>
    actors
      .getByRole('row')
      .filter({ has: page.getByLabel(`Name of ${who}`, { exact: true }) })
      .locator('td')
      .nth(4);
  await cell('Ada Okafor').click();
  await cell('Zed Morris').click({ modifiers: ['Shift'] });
  await expect(panel.getByText('3 actors, 3 selected')).toBeVisible();
  await expect(map.map.locator('.react-flow__node.selected')).toHaveCount(3);

  // The map's filter applies to the table too.
  await view.openFilter();
  await view.filterPanel.getByRole('group', { name: 'Kind' }).getByLabel('Individual active citizen').check();
  await expect(actors.getByRole('row')).toHaveCount(3);
  await expect(actors.getByLabel('Name of Lunch Club', { exact: true })).toHaveCount(0);
  await view.closeFilter();
  await view.filterChip.getByRole('button', { name: 'Clear the filter' }).click();
  await expect(actors.getByRole('row')).toHaveCount(4);

  // Ties: select both, set their status at once; one undo takes it back from both.
  await panel.getByRole('tab', { name: 'Ties' }).click();
  const ties = panel.getByRole('table', { name: 'Ties' });
  await ties.getByRole('checkbox', { name: /^Select all/ }).check();
  await expect(map.map.locator('.react-flow__edge.selected')).toHaveCount(2);
  await panel.getByLabel('Set the status of the 2 selected ties').selectOption({ label: 'Potential' });
  const status = (from: string, to: string) =>
    ties.getByLabel(`Status of tie from ${from} to ${to}`, { exact: true }).locator('option:checked');
  await expect(status('Ada Okafor', 'Lunch Club')).toHaveText('Potential');
  await expect(status('Lunch Club', 'Zed Morris')).toHaveText('Potential');
  await map.undoButton().click();
  await expect(status('Ada Okafor', 'Lunch Club')).toHaveText('No status');
  await expect(status('Lunch Club', 'Zed Morris')).toHaveText('No status');
});

test('shows each custom field as a sortable column', async ({ page, caremap }) => {
  const map = new DetailsPage(page);
  await map.open(caremap.url);
  await map.quickAdd('Ada Okafor', 'Individual active citizen');
  await map.openLists('Your own fields');
  await map.lists.getByLabel('Add a field: name').fill('Languages spoken');
  await map.lists.getByRole('button', { name: 'Add field', exact: true }).click();
  await expect(map.lists.getByLabel('Name of the field “Languages spoken”')).toBeVisible();
  await map.closeLists();
  await map.details.getByLabel('Languages spoken').fill('Polish, English');
  await map.details.getByLabel('Languages spoken').press('Tab');
  await map.saved('Edit “Ada Okafor”');

  await page.getByRole('button', { name: 'Table', exact: true }).click();
  const table = page.getByRole('table', { name: 'Actors' });
  await table.getByRole('button', { name: 'Languages spoken' }).click();
  await expect(table.getByRole('columnheader', { name: 'Languages spoken' })).toHaveAttribute('aria-sort', 'ascending');
  await expect(table.getByRole('cell', { name: 'Polish, English' })).toBeVisible();
});
