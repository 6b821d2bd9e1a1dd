// Two views of one Caremap stay in step through the edits views-in-step.spec.ts leaves out: details edited in the
// inspector, a change of kind, undo then redo, a new kind, a drag, a snapshot restored, a tie reversed and deleted,
// a paste and a person forgotten, each checked on the other view's own screen (its inspector, legend, palette and
// canvas), not in its store.
import { expect, test } from './fixtures';
import { DetailsPage } from './page-models/details-page';
import { EditingPage } from './page-models/editing-page';
import { HistoryPage } from './page-models/history-page';
import { MapPage } from './page-models/map-page';
import { secondView } from './page-models/second-view';

const CITIZEN = 'Individual active citizen';
const GRASSROOTS = 'Grassroots or mutual aid group';

test.use({ viewport: { width: 1600, height: 900 } });

test('details, kind, redo, a new kind, a drag and a restored snapshot reach the other view’s inspector, legend and map', async ({
  page,
  caremap,
  browser,
}) => {
  const a = new MapPage(page);
  const aDetails = new DetailsPage(page);
  await a.open(caremap.url);
  const b = await secondView(browser, page);
  const bDetails = new DetailsPage(b.page);

  await a.quickAdd('Ada Okafor', CITIZEN);
  await a.quickAdd('Lunch Club', GRASSROOTS);
  await expect(b.actor('Lunch Club')).toBeVisible();

  // B looks at Ada in its inspector while A edits her there: B's inspector follows.
  await b.actor('Ada Okafor').click();
  await expect(bDetails.details.getByLabel('Name', { exact: true })).toHaveValue('Ada Okafor');
  await a.actor('Ada Okafor').click();
  await aDetails.details.getByRole('group', { name: 'Care offers' }).getByLabel('Shared meals').check();
  await aDetails.saved('Edit “Ada Okafor”');
  await expect(bDetails.details.getByRole('group', { name: 'Care offers' }).getByLabel('Shared meals')).toBeChecked();
  const notes = aDetails.details.getByLabel('Notes', { exact: true });
  await notes.fill('Runs the Tuesday lunch rota');
  await notes.press('Tab');
  await aDetails.saved('Edit “Ada Okafor”');
  await expect(bDetails.details.getByLabel('Notes', { exact: true })).toHaveValue('Runs the Tuesday lunch rota');

  // A change of kind: B's legend counts it and B's inspector shows the new kind.
  await expect(bDetails.legendKind(GRASSROOTS)).toContainText('1');
  await aDetails.details.getByLabel('Kind', { exact: true }).selectOption({ label: GRASSROOTS });
  await expect(bDetails.legendKind(GRASSROOTS)).toContainText('2');
  const bKind = bDetails.details.getByLabel('Kind', { exact: true }).locator('option:checked');
  await expect(bKind).toHaveText(GRASSROOTS);

  // Undo, then redo, in A: B goes back, then forward again.
  await a.undoButton().click();
  await expect(bDetails.legendKind(GRASSROOTS)).toContainText('1');
  await expect(bKind).toHaveText(CITIZEN);
  await a.redoButton().click();
  await expect(bDetails.legendKind(GRASSROOTS)).toContainText('2');
  await expect(bKind).toHaveText(GRASSROOTS);

  // A new kind made in Kinds & lists appears in B's palette and in B's choice of kind.
  await aDetails.openLists();
  await aDetails.lists.getByLabel('Add a kind: name').fill('Volunteers');
  await aDetails.lists.getByLabel('Are the actors of the new kind people?').selectOption('people');
  await aDetails.lists.getByRole('button', { name: 'Add kind', exact: true }).click();
  await expect(aDetails.lists.getByLabel('Name of the kind “Volunteers”')).toHaveValue('Volunteers');
  await aDetails.closeLists();
  await expect(b.paletteItem('Volunteers')).toBeVisible();
  await expect(b.quickAddKind.locator('option', { hasText: 'Volunteers' })).toHaveCount(1);

  // A drag in A moves the actor in B by the same amount, relative to the other actor.
  const beforeDrag = await b.offset('Lunch Club', 'Ada Okafor');
  await a.moveActor('Lunch Club', -120, 80);
  await expect
    .poll(async () => {
      const [inA, inB] = [await a.offset('Lunch Club', 'Ada Okafor'), await b.offset('Lunch Club', 'Ada Okafor')];
      return Math.hypot(inA.x - inB.x, inA.y - inB.y);
    })
    .toBeLessThan(0.02);
  expect((await b.offset('Lunch Club', 'Ada Okafor')).x).toBeLessThan(beforeDrag.x - 0.3);

  // A snapshot restored in A takes Ben off B's map; B's counts agree with A's.
  const history = new HistoryPage(page);
  await history.openPanel();
  await history.save('Before Ben');
  await a.quickAdd('Ben Adeyemi', 'Volunteers');
  await expect(b.actor('Ben Adeyemi')).toBeVisible();
  await expect(bDetails.legendKind('Volunteers')).toContainText('1');
  await history.act('Before Ben', 'Restore…');
  await history.snapshot('Before Ben').getByRole('button', { name: 'Restore', exact: true }).click();
  await expect(a.actor('Ben Adeyemi')).toHaveCount(0);
  await expect(b.actor('Ben Adeyemi')).toHaveCount(0);
  await expect(b.page.getByText('2 actors · 0 ties')).toBeVisible();
  await expect(bDetails.details.getByLabel('Notes', { exact: true })).toHaveValue('Runs the Tuesday lunch rota');
  await expect(b.undoButton()).toHaveAccessibleName('Undo Restore snapshot “Before Ben”');
  await b.page.context().close();
});

test('a tie reversed and deleted, a paste and a forgotten person reach the other view', async ({
  page,
  caremap,
  browser,
}) => {
  const a = new EditingPage(page);
  const aDetails = new DetailsPage(page);
  await a.open(caremap.url);
  const b = await secondView(browser, page);
  const bDetails = new DetailsPage(b.page);
  await a.quickAdd('Lunch Club', GRASSROOTS);
  await a.quickAdd('Ada Okafor', CITIZEN);
  const tieTo = aDetails.details.getByLabel('Tie to');
  await tieTo.fill('Lunch Club');
  await tieTo.press('Enter');
  await expect(b.tie('Ada Okafor', 'Lunch Club')).toBeAttached();

  // A tie turned round from its right-click menu is turned round in B.
  await a.rightClickTie('Ada Okafor', 'Lunch Club');
  await a.choose('Reverse direction');
  await expect(b.tie('Lunch Club', 'Ada Okafor')).toBeAttached();
  await expect(b.tie('Ada Okafor', 'Lunch Club')).toHaveCount(0);

  // Copy and paste in A: the copies and the tie among them appear in B.
  await a.actor('Lunch Club').click();
  await a.actor('Ada Okafor').click({ modifiers: ['Shift'] });
  await page.keyboard.press('Control+c');
  const box = (await a.map.boundingBox())!;
  await page.mouse.move(box.x + 300, box.y + 300);
  await page.keyboard.press('Control+v');
  await expect(b.actor('Ada Okafor (2)')).toBeVisible();
  await expect(b.tie('Lunch Club (2)', 'Ada Okafor (2)')).toBeAttached();
  await expect(b.page.getByText('4 actors · 2 ties')).toBeVisible();

  // A tie deleted on its own goes from B; its actors stay.
  await a.rightClickTie('Lunch Club', 'Ada Okafor');
  await a.choose('Delete');
  await expect(b.tie('Lunch Club', 'Ada Okafor')).toHaveCount(0);
  await expect(b.page.getByText('4 actors · 1 tie')).toBeVisible();

  // Forgetting Ada in A, while B shows her in its inspector: she leaves B's map and B's inspector.
  await b.actor('Ada Okafor').click();
  await expect(bDetails.details.getByLabel('Name', { exact: true })).toHaveValue('Ada Okafor');
  await a.actor('Ada Okafor').click();
  await aDetails.details.getByRole('button', { name: 'Forget this person…' }).click();
  await aDetails.details
    .getByRole('alertdialog', { name: 'Forget “Ada Okafor” for good?' })
    .getByRole('button', { name: 'Forget for good' })
    .click();
  await expect(b.actor('Ada Okafor')).toHaveCount(0);
  await expect(b.page.getByText('3 actors · 1 tie')).toBeVisible();
  await expect(bDetails.details.getByLabel('Name', { exact: true })).toHaveCount(0);
  await expect(b.page.getByText('Ada Okafor', { exact: true })).toHaveCount(0);
  for (const [width, height] of [
    [1280, 800],
    [1920, 1080],
  ] as const) {
    await b.page.setViewportSize({ width, height });
    await b.page.screenshot({ path: test.info().outputPath(`other-view-after-forget-${width}.png`) });
  }
  await b.page.context().close();
});
