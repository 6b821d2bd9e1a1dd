// Two views of one Caremap (two browser contexts against one server) stay in step through every kind of edit, and a
// view whose map was switched elsewhere says so and never writes into the map it is not showing.
import { expect, test } from './fixtures';
import { MapPage } from './page-models/map-page';
import { ImportPage } from './page-models/import-page';
import { LayoutPage } from './page-models/layout-page';
import { DetailsPage } from './page-models/details-page';
import { secondView } from './page-models/second-view';

const CITIZEN = 'Individual active citizen';
const GRASSROOTS = 'Grassroots or mutual aid group';

test.use({ viewport: { width: 1600, height: 900 } });

test('every kind of edit made in one view appears in the other', async ({ page, caremap, browser }) => {
  const a = new MapPage(page);
  await a.open(caremap.url);
  const b = await secondView(browser, page);

  // Add and tie.
  await a.quickAdd('Ada Okafor', CITIZEN);
  await expect(b.actor('Ada Okafor')).toBeVisible();
  await a.quickAdd('Lunch Club', GRASSROOTS);
  await a.drawTie('Ada Okafor', 'Lunch Club');
  await expect(b.tie('Ada Okafor', 'Lunch Club')).toBeAttached();

  // Rename, in the details panel.
  await a.actor('Ada Okafor').click();
  const name = page.getByRole('complementary', { name: 'Details' }).getByLabel('Name', { exact: true });
  await name.fill('Ada Okafor-Lee');
  await name.press('Enter');
  await expect(b.actor('Ada Okafor-Lee')).toBeVisible();
  await expect(b.actor('Ada Okafor')).toHaveCount(0);

  // Move.
  const before = await b.offset('Lunch Club', 'Ada Okafor-Lee');
  await a.moveActor('Lunch Club', 140, 90);
  await expect.poll(async () => (await b.offset('Lunch Club', 'Ada Okafor-Lee')).y).toBeGreaterThan(before.y + 0.3);

  // Delete, then undo.
  await a.actor('Lunch Club').click();
  await page.keyboard.press('Delete');
  await expect(b.actor('Lunch Club')).toHaveCount(0);
  await expect(b.tie('Ada Okafor-Lee', 'Lunch Club')).toHaveCount(0);
  await a.undoButton().click();
  await expect(b.actor('Lunch Club')).toBeVisible();
  await expect(b.tie('Ada Okafor-Lee', 'Lunch Club')).toBeAttached();

  // Import a spreadsheet.
  const importer = new ImportPage(page);
  await importer.openFromFileMenu();
  await importer.chooseFile('neighbours.csv', Buffer.from('Name\nCy Jones\nDee Patel\n'), 'text/csv');
  await importer.importNow();
  await expect(b.actor('Cy Jones')).toBeVisible();
  await expect(b.actor('Dee Patel')).toBeVisible();

  // Automatic layout: whatever it moved in A (relative to Ada) is moved the same in B.
  const anchor = 'Ada Okafor-Lee';
  const others = ['Lunch Club', 'Cy Jones', 'Dee Patel'];
  const offsets = (view: MapPage) => Promise.all(others.map((n) => view.offset(n, anchor)));
  const beforeLayout = await offsets(a);
  await new LayoutPage(page).arrangeAutomatically();
  const afterLayout = await offsets(a);
  const moved = others.filter(
    (_, i) => Math.hypot(afterLayout[i]!.x - beforeLayout[i]!.x, afterLayout[i]!.y - beforeLayout[i]!.y) > 0.05,
  );
  expect(moved.length, 'the layout should move some actor relative to Ada').toBeGreaterThan(0);
  await expect
    .poll(async () => {
      const inB = await offsets(b);
      return Math.max(...inB.map((o, i) => Math.hypot(o.x - afterLayout[i]!.x, o.y - afterLayout[i]!.y)));
    })
    .toBeLessThan(0.02);

  // A taxonomy change: renaming a kind renames it in the other view's palette.
  const lists = new DetailsPage(page);
  await lists.openLists();
  const kindName = lists.lists.getByLabel(`Name of the kind “${CITIZEN}”`);
  await kindName.fill('Neighbour');
  await kindName.press('Enter');
  await expect(lists.lists.getByLabel('Name of the kind “Neighbour”')).toHaveValue('Neighbour');
  await lists.closeLists();
  await expect(b.paletteItem('Neighbour')).toBeVisible();
  await expect(b.paletteItem(CITIZEN)).toHaveCount(0);

  // And an edit in the second view reaches the first: both ways.
  await b.quickAdd('Food Bank', GRASSROOTS);
  await expect(a.actor('Food Bank')).toBeVisible();
  await expect(page.getByText('5 actors · 1 tie')).toBeVisible();
  await expect(b.page.getByText('5 actors · 1 tie')).toBeVisible();
  await b.page.context().close();
});

test('switching maps in one view: the other says so, never writes into the new map, and follows when asked', async ({
  page,
  caremap,
  browser,
}) => {
  const a = new MapPage(page);
  await a.open(caremap.url);
  const b = await secondView(browser, page);
  await b.quickAdd('Ada Okafor', CITIZEN);
  await expect(a.actor('Ada Okafor')).toBeVisible();

  await page.getByRole('button', { name: 'File' }).click();
  await page.getByRole('menuitem', { name: 'New map…' }).click();
  await page.getByLabel('File name').fill('Second map');
  await page.getByRole('button', { name: 'Create map' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Second map');

  const notice = b.page.getByRole('alert').filter({ has: b.page.getByRole('button', { name: 'Show it' }) });
  await expect(notice).toContainText('“Workshop test” was closed in another window — Caremap now shows “Second map”.');
  // B still shows its old map, but cannot change anything: quick add is refused with the reason.
  await expect(b.page.getByRole('heading', { level: 1 })).toHaveText('Workshop test');
  await b.quickAddName.fill('Wrong place');
  await b.quickAddKind.selectOption({ label: CITIZEN });
  await b.quickAddName.press('Enter');
  await expect(
    b.page.getByRole('alert').filter({ hasText: 'Not changed: this window shows a map that is no longer open.' }),
  ).toBeVisible();
  await expect(b.actor('Wrong place')).toHaveCount(0);
  await expect(b.page.locator('.status-bar__facts')).toContainText('Not editing: this map is no longer the one open.');
  await expect(b.page.locator('.status-bar__saved')).toHaveCount(0);
  for (const [width, height] of [
    [1280, 800],
    [1920, 1080],
  ] as const) {
    await b.page.setViewportSize({ width, height });
    await b.page.screenshot({ path: `test-results/views-in-step-notice-${width}.png` });
  }

  // Following: B now shows the second map, which has nothing B tried to add, and edits flow again.
  await notice.getByRole('button', { name: 'Show it' }).click();
  await expect(b.page.getByRole('heading', { level: 1 })).toHaveText('Second map');
  await expect(notice).toHaveCount(0);
  await expect(b.page.locator('.status-bar__saved')).toHaveText('Every change is saved');
  await expect(b.actor('Wrong place')).toHaveCount(0);
  await expect(a.actor('Wrong place')).toHaveCount(0);
  await b.quickAdd('Right place', CITIZEN);
  await expect(a.actor('Right place')).toBeVisible();
  await a.reload();
  await expect(a.actor('Right place')).toBeVisible();
  await expect(a.actor('Wrong place')).toHaveCount(0);
  await b.page.context().close();
});
