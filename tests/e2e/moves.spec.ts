// Moving and adding as one undo step each: arrow-key bursts (Shift for bigger steps), and a palette drop with its name.
import { expect, test } from './fixtures';
import { MapPage } from './page-models/map-page';

const CITIZEN = 'Individual active citizen';
const GRASSROOTS = 'Grassroots or mutual aid group';

test.describe('one undo step per gesture', () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  test('arrow keys move the chosen actor, Shift in bigger steps, and one Undo takes the whole burst back', async ({
    page,
    caremap,
  }) => {
    const map = new MapPage(page);
    await map.open(caremap.url);
    await map.quickAdd('Lunch Club', GRASSROOTS);
    await map.quickAdd('Ada Okafor', CITIZEN);
    const start = await map.offset('Ada Okafor', 'Lunch Club');
    await map.actor('Ada Okafor').focus();
    // One burst, no pauses: right 1 step, right with Shift, down 5 steps.
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Shift+ArrowRight');
    for (let i = 0; i < 5; i += 1) await page.keyboard.press('ArrowDown');
    await expect(map.status).toHaveText('Moved 1 actor.');
    await expect(map.undoButton()).toHaveAccessibleName('Undo Move “Ada Okafor”');
    // Shift moves 4 steps: right 1 + 4 = down 5.
    const moved = await map.offset('Ada Okafor', 'Lunch Club');
    const dx = moved.x - start.x;
    const dy = moved.y - start.y;
    expect(dy).toBeGreaterThan(0);
    expect(dx).toBeCloseTo(dy, 3);
    await map.undoButton().click();
    await expect.poll(async () => (await map.offset('Ada Okafor', 'Lunch Club')).x).toBeCloseTo(start.x, 3);
    expect((await map.offset('Ada Okafor', 'Lunch Club')).y).toBeCloseTo(start.y, 3);
    await expect(map.undoButton()).toHaveAccessibleName('Undo Add “Ada Okafor”');
  });

  test('dragging a kind from the palette and naming it is one undo step', async ({ page, caremap }) => {
    const map = new MapPage(page);
    await map.open(caremap.url);
    await map.dragKindOntoMap(CITIZEN, { x: 300, y: 200 }, 'Ada Okafor');
    await expect(map.undoButton()).toHaveAccessibleName('Undo Add “Ada Okafor”');
    await map.undoButton().click();
    await expect(map.actor('Ada Okafor')).toHaveCount(0);
    await expect(map.actor('New actor')).toHaveCount(0);
    await expect(page.getByText('0 actors · 0 ties')).toBeVisible();
    await map.redoButton().click();
    await expect(map.actor('Ada Okafor')).toBeVisible();
  });
});
