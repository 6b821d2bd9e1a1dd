// The canvas end to end: the real browser-mode server and map file, driven the way a facilitator would.
import { expect, test } from './fixtures';
import { MapPage } from './page-models/map-page';

const CITIZEN = 'Individual active citizen';
const GRASSROOTS = 'Grassroots or mutual aid group';

test.describe('the map canvas', () => {
  // Room for the canvas beside both side panels, as on a facilitator's 1080p laptop screen; at 1280 px the
  // details panel leaves so little canvas that dropped actors can land outside the view.
  test.use({ viewport: { width: 1600, height: 900 } });

  test('dragging a kind from the palette creates an actor with its name field ready', async ({ page, caremap }) => {
    const map = new MapPage(page);
    await map.open(caremap.url);
    await map.dragKindOntoMap(CITIZEN, { x: 300, y: 200 }, 'Ada Okafor');
    await expect(map.status).toHaveText('Renamed to Ada Okafor.');
    await expect(page.getByText('1 actor · 0 ties')).toBeVisible();
  });

  test('drawing a tie from one actor to another', async ({ page, caremap }) => {
    const map = new MapPage(page);
    await map.open(caremap.url);
    await map.dragKindOntoMap(CITIZEN, { x: 250, y: 200 }, 'Ada Okafor');
    await map.dragKindOntoMap(GRASSROOTS, { x: 600, y: 260 }, 'Lunch Club');
    await map.drawTie('Ada Okafor', 'Lunch Club');
    await expect(map.status).toHaveText('Tied Ada Okafor to Lunch Club.');
    await expect(page.getByText('2 actors · 1 tie')).toBeVisible();
  });

  test('a tie can be drawn from the keyboard, from the details panel', async ({ page, caremap }) => {
    const map = new MapPage(page);
    await map.open(caremap.url);
    await map.quickAdd('Lunch Club', GRASSROOTS);
    await map.quickAdd('Ada Okafor', CITIZEN);
    // Quick add selects the new actor, so its details are showing.
    const tieTo = page.getByRole('complementary', { name: 'Details' }).getByLabel('Tie to');
    await tieTo.fill('Nobody Here');
    await tieTo.press('Enter');
    await expect(
      page.getByRole('alert').filter({ hasText: 'No actor on this map is called “Nobody Here”.' }),
    ).toBeVisible();
    await tieTo.fill('lunch club');
    await tieTo.press('Enter');
    await expect(map.tie('Ada Okafor', 'Lunch Club')).toBeAttached();
    await expect(page.getByText('2 actors · 1 tie')).toBeVisible();
  });

  test('moved actors and ties are where they were after a reload', async ({ page, caremap }) => {
    const map = new MapPage(page);
    await map.open(caremap.url);
    await map.dragKindOntoMap(CITIZEN, { x: 250, y: 200 }, 'Ada Okafor');
    await map.dragKindOntoMap(GRASSROOTS, { x: 600, y: 260 }, 'Lunch Club');
    await map.drawTie('Ada Okafor', 'Lunch Club');
    await map.moveActor('Lunch Club', 60, 120);
    const before = await map.offset('Lunch Club', 'Ada Okafor');

    await map.reload();
    await expect(map.actor('Ada Okafor')).toBeVisible();
    await expect(map.actor('Lunch Club')).toBeVisible();
    await expect(map.tie('Ada Okafor', 'Lunch Club')).toBeAttached();
    const after = await map.offset('Lunch Club', 'Ada Okafor');
    expect(after.x).toBeCloseTo(before.x, 2);
    expect(after.y).toBeCloseTo(before.y, 2);
  });

  test('undo and redo a move, with the buttons and the keyboard', async ({ page, caremap }) => {
    const map = new MapPage(page);
    await map.open(caremap.url);
    await map.quickAdd('Ada Okafor', CITIZEN);
    await map.quickAdd('Lunch Club', GRASSROOTS);
    const start = await map.offset('Lunch Club', 'Ada Okafor');
    await map.moveActor('Lunch Club', 150, 90);
    const moved = await map.offset('Lunch Club', 'Ada Okafor');
    expect(moved.x).not.toBeCloseTo(start.x, 1);

    await expect(map.undoButton()).toHaveAttribute('title', /^Undo Move/);
    await map.undoButton().click();
    await expect(map.status).toHaveText(/^Undone: Move/);
    expect((await map.offset('Lunch Club', 'Ada Okafor')).x).toBeCloseTo(start.x, 2);

    await page.keyboard.press('Control+Shift+Z');
    await expect(map.status).toHaveText(/^Redone: Move/);
    expect((await map.offset('Lunch Club', 'Ada Okafor')).x).toBeCloseTo(moved.x, 2);

    // Undo reaches back past the move to the actors themselves.
    await page.keyboard.press('Control+z');
    await page.keyboard.press('Control+z');
    await expect(map.actor('Lunch Club')).toHaveCount(0);
    await page.keyboard.press('Control+y');
    await expect(map.actor('Lunch Club')).toBeVisible();
  });

  test('deleting an actor takes its ties, and undo brings both back', async ({ page, caremap }) => {
    const map = new MapPage(page);
    await map.open(caremap.url);
    await map.quickAdd('Ada Okafor', CITIZEN);
    await map.quickAdd('Lunch Club', GRASSROOTS);
    await map.drawTie('Ada Okafor', 'Lunch Club');
    await map.actor('Lunch Club').click();
    await page.keyboard.press('Delete');
    await expect(map.actor('Lunch Club')).toHaveCount(0);
    await expect(map.tie('Ada Okafor', 'Lunch Club')).toHaveCount(0);
    await map.undoButton().click();
    await expect(map.actor('Lunch Club')).toBeVisible();
    await expect(map.tie('Ada Okafor', 'Lunch Club')).toBeAttached();
  });

  test('clicking empty map clears the selection', async ({ page, caremap }) => {
    const map = new MapPage(page);
    await map.open(caremap.url);
    await map.quickAdd('Ada Okafor', CITIZEN);
    await map.actor('Ada Okafor').click();
    await expect(map.actor('Ada Okafor')).toHaveClass(/\bselected\b/);
    const box = (await map.map.boundingBox())!;
    await page.mouse.click(box.x + 200, box.y + 100);
    await expect(map.actor('Ada Okafor')).not.toHaveClass(/\bselected\b/);
  });

  test('the map is intact after the server stops and starts again on the same file', async ({ page, caremap }) => {
    const map = new MapPage(page);
    await map.open(caremap.url);
    await map.dragKindOntoMap(CITIZEN, { x: 250, y: 200 }, 'Ada Okafor');
    await map.dragKindOntoMap(GRASSROOTS, { x: 600, y: 260 }, 'Lunch Club');
    await map.drawTie('Ada Okafor', 'Lunch Club');
    await map.moveActor('Ada Okafor', -40, 100);
    const before = await map.offset('Lunch Club', 'Ada Okafor');

    const url = await caremap.restart();
    await map.open(url);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Workshop test');
    await expect(map.actor('Ada Okafor')).toBeVisible();
    await expect(map.tie('Ada Okafor', 'Lunch Club')).toBeAttached();
    const after = await map.offset('Lunch Club', 'Ada Okafor');
    expect(after.x).toBeCloseTo(before.x, 2);
    expect(after.y).toBeCloseTo(before.y, 2);
    // The history survived too.
    await expect(map.undoButton()).toHaveAttribute('title', /^Undo Move/);
  });
});
