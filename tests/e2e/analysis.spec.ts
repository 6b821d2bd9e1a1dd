// The Analysis panel, end to end in browser mode: counts by kind match the map, and a broker can be shown on it.
import { expect, test } from './fixtures';
import { MapPage } from './page-models/map-page';
import { ViewPage } from './page-models/view-page';

const CITIZEN = 'Individual active citizen';
const GRASSROOTS = 'Grassroots or mutual aid group';
const STATUTORY = 'Statutory service';

test('counts actors by kind, updates after an edit, and shows the top broker on the map', async ({ page, caremap }) => {
  const map = new MapPage(page);
  const view = new ViewPage(page);
  await map.open(caremap.url);
  const tieTo = page.getByRole('complementary', { name: 'Details' }).getByLabel('Tie to');

  // Lunch Club links Ada (informal) to the GP surgery (formal); Ben has no ties.
  await map.quickAdd('Lunch Club', GRASSROOTS);
  await map.quickAdd('Ada Okafor', CITIZEN);
  await tieTo.fill('Lunch Club');
  await tieTo.press('Enter');
  await expect(map.tie('Ada Okafor', 'Lunch Club')).toBeAttached();
  await map.quickAdd('Riverside GP Surgery', STATUTORY);
  await tieTo.fill('Lunch Club');
  await tieTo.press('Enter');
  await expect(map.tie('Riverside GP Surgery', 'Lunch Club')).toBeAttached();
  await map.quickAdd('Ben Adeyemi', CITIZEN);

  const toggle = page.getByRole('button', { name: 'Analysis', exact: true });
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  const panel = page.getByRole('region', { name: 'Analysis' });
  await expect(panel).toBeVisible();

  // Summary and counts by kind, as text beside the bars.
  const summary = panel.getByRole('list', { name: 'Summary' });
  await expect(summary.getByRole('listitem').filter({ hasText: /^4actors/ })).toBeVisible();
  await expect(summary.getByRole('listitem').filter({ hasText: /^2ties/ })).toBeVisible();
  await expect(summary.getByRole('listitem').filter({ hasText: /^1isolated actor/ })).toBeVisible();
  await expect(panel.getByRole('listitem', { name: `${CITIZEN}: 2, 50%` })).toBeVisible();
  await expect(panel.getByRole('listitem', { name: `${GRASSROOTS}: 1, 25%` })).toBeVisible();
  await expect(panel.getByRole('listitem', { name: `${STATUTORY}: 1, 25%` })).toBeVisible();
  await expect(panel.getByRole('table')).toBeVisible();

  // An edit is analysed again without reopening the panel.
  await map.quickAdd('Cara Lee', CITIZEN);
  await expect(panel.getByRole('listitem', { name: `${CITIZEN}: 3, 60%` })).toBeVisible();

  // The top broker: selected, centred and in focus on the map.
  const brokers = panel.getByRole('region', { name: 'Brokers' });
  const top = brokers.getByRole('listitem').first().getByRole('button');
  await expect(top).toHaveText('Lunch Club');
  await top.click();
  await expect(map.actor('Lunch Club')).toHaveClass(/selected/);
  await expect(view.focusButton('1 step')).toHaveAttribute('aria-pressed', 'true');
  await view.expectLook('Ada Okafor', 'full');
  await view.expectLook('Ben Adeyemi', 'dim');

  // Single points of failure and isolated actors name the right people.
  await expect(
    panel.getByRole('region', { name: 'Single points of failure' }).getByRole('button', { name: 'Lunch Club' }),
  ).toBeVisible();
  await expect(
    panel.getByRole('region', { name: 'Isolated actors' }).getByRole('button', { name: 'Ben Adeyemi' }),
  ).toBeVisible();

  // Colour by community: the map's key names the groups.
  await page.getByRole('button', { name: 'Size & colour', exact: true }).click();
  await page
    .getByRole('group', { name: 'Show actors' })
    .getByLabel('Colour by')
    .selectOption({ label: 'Community (closely tied groups)' });
  await expect(page.getByLabel('Colours: community')).toContainText('Group 1 (largest)');
});
