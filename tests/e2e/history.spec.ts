// History end to end in browser mode: save a snapshot, add an actor, compare and see it marked as added on the
// canvas and in the list; showing the past refuses edits; restore is one undo step.
import { expect, test } from './fixtures';
import { HistoryPage } from './page-models/history-page';
import { MapPage } from './page-models/map-page';

const CITIZEN = 'Individual active citizen';
const GRASSROOTS = 'Grassroots or mutual aid group';

test('save a snapshot, add an actor, compare with now and see it marked as added', async ({ page, caremap }) => {
  const map = new MapPage(page);
  const history = new HistoryPage(page);
  await map.open(caremap.url);
  await map.quickAdd('Ada Okafor', CITIZEN);
  await map.quickAdd('Lunch Club', GRASSROOTS);

  await history.openPanel();
  await history.save('Workshop 1 — 14 March');
  await expect(history.snapshot('Workshop 1 — 14 March')).toContainText('2 actors, 0 ties');

  await map.quickAdd('Ben Adeyemi', CITIZEN);
  await history.act('Workshop 1 — 14 March', 'Compare with now');

  // On the canvas: the new actor is marked "new", the others carry no mark.
  await expect(history.banner).toContainText('Comparing “Workshop 1 — 14 March” with now — read-only');
  await expect(map.actor('Ben Adeyemi').locator('.actor')).toHaveAttribute('data-change', 'added');
  await expect(map.actor('Ben Adeyemi')).toContainText('new');
  await expect(map.actor('Ada Okafor').locator('.actor')).not.toHaveAttribute('data-change');
  await expect(history.banner.getByRole('list', { name: 'What the marks mean' })).toContainText('new 1');

  // In the list, with the counts by kind before and after.
  const added = history.changedActors().getByRole('listitem');
  await expect(added).toHaveCount(1);
  await expect(added).toContainText('new');
  await expect(added).toContainText('Ben Adeyemi');
  await expect(history.panel.getByRole('row', { name: CITIZEN })).toContainText(/1\s*2\s*\(\+1\)/);

  // Clicking the name shows the actor; the past cannot be edited.
  await added.getByRole('button', { name: 'Ben Adeyemi' }).click();
  await expect(map.actor('Ben Adeyemi')).toHaveClass(/selected/);
  await page.keyboard.press('Delete');
  await expect(page.getByRole('alert').filter({ hasText: 'which cannot be changed' })).toBeVisible();
  await expect(map.actor('Ben Adeyemi')).toBeVisible();
  await page.getByRole('button', { name: 'Dismiss this message' }).click();
  await page.keyboard.press('Control+z');
  await expect(page.getByRole('alert').filter({ hasText: 'which cannot be changed' })).toBeVisible();
  await expect(map.actor('Ben Adeyemi')).toBeVisible();

  await history.banner.getByRole('button', { name: 'Back to now' }).click();
  await expect(history.banner).toBeHidden();
  await expect(map.map.locator('[data-change]')).toHaveCount(0);
  await expect(map.actor('Ben Adeyemi').locator('.actor')).not.toHaveAttribute('data-change');
});

test('an actor removed since the snapshot is drawn as a ghost, and counted in neither map', async ({
  page,
  caremap,
}) => {
  const map = new MapPage(page);
  const history = new HistoryPage(page);
  await map.open(caremap.url);
  await map.quickAdd('Ada Okafor', CITIZEN);
  await map.quickAdd('Lunch Club', GRASSROOTS);
  await history.openPanel();
  await history.save('Before the move');

  await map.actor('Lunch Club').click();
  await page.keyboard.press('Delete');
  await expect(map.actor('Lunch Club')).toHaveCount(0);
  await history.act('Before the move', 'Compare with now');

  await expect(map.actor('Lunch Club').locator('.actor')).toHaveAttribute('data-change', 'removed');
  // The ghost is on the canvas, but the map has one actor now: the status bar and the legend say so.
  await expect(page.locator('.status-bar__facts')).toContainText('1 actor · 0 ties');
  const legend = page.getByRole('list', { name: 'Kinds of actor' });
  await expect(legend.getByRole('listitem').filter({ hasText: GRASSROOTS })).toContainText('0');
  await expect(legend.getByRole('listitem').filter({ hasText: CITIZEN })).toContainText('1');
});

test('show a snapshot read-only, restore it as one undo step, and compare two snapshots', async ({ page, caremap }) => {
  const map = new MapPage(page);
  const history = new HistoryPage(page);
  await map.open(caremap.url);
  await map.quickAdd('Ada Okafor', CITIZEN);
  await history.openPanel();
  await history.save('Before lunch');
  await map.quickAdd('Ben Adeyemi', CITIZEN);

  await history.act('Before lunch', 'Show');
  await expect(history.banner).toContainText('Viewing snapshot “Before lunch” — read-only');
  await expect(map.actor('Ada Okafor')).toBeVisible();
  await expect(map.actor('Ben Adeyemi')).toHaveCount(0);
  await history.banner.getByRole('button', { name: 'Back to now' }).click();
  await expect(map.actor('Ben Adeyemi')).toBeVisible();

  await history.act('Before lunch', 'Restore…');
  await history.snapshot('Before lunch').getByRole('button', { name: 'Restore', exact: true }).click();
  await expect(map.actor('Ben Adeyemi')).toHaveCount(0);
  await expect(map.undoButton()).toHaveAccessibleName('Undo Restore snapshot “Before lunch”');
  await map.undoButton().click();
  await expect(map.actor('Ben Adeyemi')).toBeVisible();

  // Two snapshots: the earlier one first, whichever order they are picked in.
  await history.save('After lunch');
  const compareTwo = history.panel.getByRole('button', { name: 'Compare', exact: true });
  await history.panel.getByLabel('Earlier').selectOption({ label: 'After lunch' });
  await history.panel.getByLabel('Later').selectOption({ label: 'Before lunch' });
  await compareTwo.click();
  await expect(history.banner).toContainText('Comparing “Before lunch” with “After lunch” — read-only');
  await expect(map.actor('Ben Adeyemi').locator('.actor')).toHaveAttribute('data-change', 'added');
  await expect(history.changedActors().getByRole('listitem')).toHaveCount(1);
});
