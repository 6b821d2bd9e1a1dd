// Search, filter and focus end to end in browser mode: the real server and map file, driven as a facilitator would.
import { expect, test } from './fixtures';
import { DetailsPage } from './page-models/details-page';
import { MapPage } from './page-models/map-page';
import { ViewPage } from './page-models/view-page';

const CITIZEN = 'Individual active citizen';
const GRASSROOTS = 'Grassroots or mutual aid group';

test('filters by kind, finds an actor by tag, focuses on a neighbourhood, and keeps the data after a reload', async ({
  page,
  caremap,
}) => {
  const map = new MapPage(page);
  const details = new DetailsPage(page);
  const view = new ViewPage(page);
  await map.open(caremap.url);
  await map.quickAdd('Ada Okafor', CITIZEN);
  await map.quickAdd('Lunch Club', GRASSROOTS);
  await map.quickAdd('Food Bank', GRASSROOTS);
  await map.quickAdd('Zed Morris', CITIZEN);
  await map.drawTie('Ada Okafor', 'Lunch Club');
  await map.drawTie('Lunch Club', 'Food Bank');

  // A tag set in the details panel.
  await map.actor('Food Bank').click();
  await expect(details.details.getByLabel('Name', { exact: true })).toHaveValue('Food Bank');
  await details.details.getByRole('textbox', { name: 'Tags' }).fill('pantry');
  await details.details.getByRole('textbox', { name: 'Tags' }).press('Enter');
  await details.saved('Edit “Food Bank”');

  // Filter by kind: only citizens in full, the rest dimmed; then hidden; the chip clears it.
  await view.openFilter();
  await view.filterPanel.getByRole('group', { name: 'Kind' }).getByLabel(CITIZEN).check();
  await expect(view.filterChip).toContainText('Filter on · 2 of 4 actors');
  await view.expectLook('Ada Okafor', 'full');
  await view.expectLook('Zed Morris', 'full');
  await view.expectLook('Lunch Club', 'dim');
  await view.expectLook('Food Bank', 'dim');
  await view.filterPanel.getByLabel('Hidden').check();
  await view.expectLook('Lunch Club', 'hidden');
  await view.expectLook('Food Bank', 'hidden');
  await view.expectLook('Ada Okafor', 'full');
  await view.closeFilter();
  await view.filterChip.getByRole('button', { name: 'Clear the filter' }).click();
  await expect(view.filterChip).toBeHidden();
  await view.expectLook('Food Bank', 'full');

  // Search by tag: the result says what matched; Enter lands on the actor and selects it.
  await map.actor('Ada Okafor').click();
  await page.keyboard.press('Control+f');
  await expect(view.searchBox).toBeFocused();
  await view.searchBox.fill('pant');
  await expect(view.results.getByRole('option')).toHaveCount(1);
  await expect(view.results.getByRole('option', { name: 'Food Bank – Tag: pantry' })).toBeVisible();
  await view.searchBox.press('Enter');
  await expect(view.searchBox).toBeHidden();
  await expect(map.actor('Food Bank')).toHaveClass(/selected/);
  await expect(map.actor('Ada Okafor')).not.toHaveClass(/selected/);
  await expect(details.details.getByLabel('Name', { exact: true })).toHaveValue('Food Bank');

  // Focus on Ada: her neighbours in full, everyone else dimmed; two steps reach further; Off ends it.
  await map.actor('Ada Okafor').click();
  await view.focusButton('1 step').click();
  await view.expectLook('Ada Okafor', 'full');
  await view.expectLook('Lunch Club', 'full');
  await view.expectLook('Food Bank', 'dim');
  await view.expectLook('Zed Morris', 'dim');
  await expect(map.tie('Ada Okafor', 'Lunch Club').locator('path.tie')).toHaveAttribute('data-look', 'full');
  await expect(map.tie('Lunch Club', 'Food Bank').locator('path.tie')).toHaveAttribute('data-look', 'dim');
  await view.focusButton('2 steps').click();
  await view.expectLook('Food Bank', 'full');
  await view.expectLook('Zed Morris', 'dim');
  await view.focusButton('Off').click();
  await view.expectLook('Zed Morris', 'full');

  // Reload: the actors, ties and tag are in the map file; search still finds Food Bank by its tag.
  await map.reload();
  await expect(map.actor('Food Bank')).toBeVisible();
  await expect(map.tie('Ada Okafor', 'Lunch Club')).toBeAttached();
  await page.keyboard.press('Control+f');
  await view.searchBox.fill('pantry');
  await expect(view.results.getByRole('option', { name: 'Food Bank – Tag: pantry' })).toBeVisible();
  await view.searchBox.press('Escape');
  await expect(view.searchBox).toBeHidden();
});
