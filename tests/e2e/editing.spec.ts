// Editing the way a drawing tool does: right-click menus (and the Menu key), copy/cut/paste/duplicate, one undo each.
import { expect, test } from './fixtures';
import { EditingPage } from './page-models/editing-page';

const CITIZEN = 'Individual active citizen';
const GRASSROOTS = 'Grassroots or mutual aid group';
const STATUTORY = 'Statutory service';

test.describe('right-click menus', () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  test('an actor: change kind, pin, delete, each one undo step, the same commands as elsewhere', async ({
    page,
    caremap,
  }) => {
    const map = new EditingPage(page);
    await map.open(caremap.url);
    await map.quickAdd('Ada Okafor', CITIZEN);
    await map.rightClickActor('Ada Okafor');
    await expect(map.contextMenu).toHaveAccessibleName('Actions for Ada Okafor');
    const labels = await map.contextMenu.getByRole('menuitem').allInnerTexts();
    expect(labels.map((l) => l.split('\n')[0]!.replace(/[▸\s]+$/, ''))).toEqual([
      'Rename',
      'Change kind',
      'Pin in place',
      'Focus on its neighbours',
      'Care circle around it',
      'Copy',
      'Cut',
      'Duplicate',
      'Delete',
    ]);
    await map.menuItem('Change kind').click();
    await expect(map.contextMenu).toHaveAccessibleName('Change kind');
    await expect(map.menuItem(CITIZEN)).toBeDisabled();
    await map.choose(STATUTORY);
    await expect(map.status).toHaveText('Saved: Change kind of “Ada Okafor”.');
    await expect(map.undoButton()).toHaveAccessibleName('Undo Change kind of “Ada Okafor”');

    // Focus and the care circle are the toolbar's and the Layout menu's own actions, for this actor.
    await map.quickAdd('Lunch Club', GRASSROOTS);
    await map.rightClickActor('Ada Okafor');
    await map.choose('Focus on its neighbours');
    await expect(
      page.getByRole('group', { name: 'Focus on Ada Okafor' }).getByRole('button', { name: '1 step' }),
    ).toHaveAttribute('aria-pressed', 'true');
    await page.getByRole('group', { name: 'Focus on Ada Okafor' }).getByRole('button', { name: 'Off' }).click();
    await map.rightClickActor('Ada Okafor');
    await map.menuItem('Care circle around it').click();
    await map.choose('By kind');
    await expect(map.status).toHaveText(/^Care circle around Ada Okafor: /);

    await map.rightClickActor('Ada Okafor');
    await map.choose('Pin in place');
    await expect(map.actor('Ada Okafor').getByTitle(/Pinned/)).toBeVisible();
    await map.rightClickActor('Ada Okafor');
    await expect(map.menuItem('Unpin')).toBeVisible();
    await map.choose('Delete');
    await expect(map.actor('Ada Okafor')).toHaveCount(0);
    await map.undoButton().click();
    await expect(map.actor('Ada Okafor')).toBeVisible();
  });

  test('from the keyboard: Shift+F10 and the Menu key, arrows move, Esc and a click outside close', async ({
    page,
    caremap,
  }) => {
    const map = new EditingPage(page);
    await map.open(caremap.url);
    await map.quickAdd('Ada Okafor', CITIZEN);
    await map.actor('Ada Okafor').focus();
    await page.keyboard.press('Shift+F10');
    await expect(map.contextMenu).toHaveAccessibleName('Actions for Ada Okafor');
    await expect(map.menuItem('Rename')).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(map.menuItem('Change kind')).toBeFocused();
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    await expect(map.menuItem('Delete')).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(map.contextMenu).toHaveCount(0);
    await expect(map.actor('Ada Okafor')).toBeFocused();

    await page.keyboard.press('ContextMenu');
    await expect(map.menuItem('Rename')).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(map.renameField).toBeFocused();
    await map.renameField.fill('Ada O.');
    await map.renameField.press('Enter');
    await expect(map.actor('Ada O.')).toBeVisible();

    await map.rightClickMap({ x: 600, y: 420 });
    await expect(map.contextMenu).toHaveAccessibleName('Actions for the map');
    await page.getByRole('button', { name: 'File' }).click({ position: { x: 5, y: 5 } });
    await expect(map.contextMenu).toHaveCount(0);
  });

  test('a tie: change its type, reverse it and delete it', async ({ page, caremap }) => {
    const map = new EditingPage(page);
    await map.open(caremap.url);
    await map.quickAdd('Ada Okafor', CITIZEN);
    await map.quickAdd('Lunch Club', GRASSROOTS);
    await page.getByRole('complementary', { name: 'Details' }).getByLabel('Tie to').fill('Ada Okafor');
    await page.getByRole('complementary', { name: 'Details' }).getByLabel('Tie to').press('Enter');
    await expect(map.tie('Lunch Club', 'Ada Okafor')).toBeAttached();
    await map.rightClickTie('Lunch Club', 'Ada Okafor');
    await expect(map.contextMenu).toHaveAccessibleName('Actions for the tie');
    await map.menuItem('Change type').click();
    await map.choose('Funding');
    await expect(map.status).toHaveText(/^Saved: Edit tie between/);
    await expect(
      page.getByRole('complementary', { name: 'Details' }).getByLabel('Type of tie').locator('option:checked'),
    ).toHaveText('Funding');
    await map.rightClickTie('Lunch Club', 'Ada Okafor');
    await map.choose('Reverse direction');
    await expect(map.tie('Ada Okafor', 'Lunch Club')).toBeAttached();
    await expect(map.undoButton()).toHaveAccessibleName('Undo Reverse tie between “Lunch Club” and “Ada Okafor”');
    await map.rightClickTie('Ada Okafor', 'Lunch Club');
    await map.choose('Delete');
    await expect(page.locator('.react-flow__edge')).toHaveCount(0);
    await expect(page.getByText('2 actors · 0 ties')).toBeVisible();
  });

  test('the empty map: add an actor of a kind here, named as one undo step; paste waits for a copy', async ({
    page,
    caremap,
  }) => {
    const map = new EditingPage(page);
    await map.open(caremap.url);
    await map.rightClickMap({ x: 500, y: 350 });
    await expect(map.menuItem('Paste here')).toBeDisabled();
    await map.menuItem('Add an actor here').click();
    await map.choose(GRASSROOTS);
    await expect(map.renameField).toBeFocused();
    await map.renameField.fill('Chats & Chai');
    await map.renameField.press('Enter');
    await expect(map.actor('Chats & Chai')).toBeVisible();
    await expect(map.undoButton()).toHaveAccessibleName('Undo Add “Chats & Chai”');
    // Right where it was asked for: the actor's shape is under the spot that was right-clicked.
    const mapBox = (await map.map.boundingBox())!;
    const box = await map.box('Chats & Chai');
    expect(Math.abs(box.x + box.width / 2 - (mapBox.x + 500))).toBeLessThan(box.width);
    await map.undoButton().click();
    await expect(map.actor('Chats & Chai')).toHaveCount(0);
    await expect(map.actor('New actor')).toHaveCount(0);
  });

  test('a selection: change the kind of all of them and zoom to them', async ({ page, caremap }) => {
    const map = new EditingPage(page);
    await map.open(caremap.url);
    await map.quickAdd('Ada Okafor', CITIZEN);
    await map.quickAdd('Ben Ito', CITIZEN);
    await map.quickAdd('Lunch Club', GRASSROOTS);
    await map.actor('Ada Okafor').click();
    await map.actor('Ben Ito').click({ modifiers: ['Shift'] });
    await map.rightClickActor('Ben Ito');
    await expect(map.contextMenu).toHaveAccessibleName('Actions for 2 chosen actors');
    const before = await map.box('Ada Okafor');
    await map.choose('Zoom to selection');
    await expect.poll(async () => (await map.box('Ada Okafor')).width).toBeGreaterThan(before.width);
    await map.rightClickActor('Ben Ito');
    await map.menuItem('Change kind of 2 actors').click();
    await map.choose(STATUTORY);
    await expect(map.status).toHaveText('Saved: Change kind of 2 actors.');
  });
});

test.describe('copy, cut, paste and duplicate', () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  async function twoTied(map: EditingPage): Promise<void> {
    await map.quickAdd('Chats & Chai', GRASSROOTS);
    await map.quickAdd('Ada Okafor', CITIZEN);
    const tieTo = map.page.getByRole('complementary', { name: 'Details' }).getByLabel('Tie to');
    await tieTo.fill('Chats & Chai');
    await tieTo.press('Enter');
    await expect(map.tie('Ada Okafor', 'Chats & Chai')).toBeAttached();
    await map.actor('Chats & Chai').click();
    await map.actor('Ada Okafor').click({ modifiers: ['Shift'] });
  }

  test('paste within the map: clashing names get a number, the tie comes along, one undo takes it all', async ({
    page,
    caremap,
  }) => {
    const map = new EditingPage(page);
    await map.open(caremap.url);
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.evaluate(() => navigator.clipboard.writeText('what was there before'));
    await twoTied(map);
    await page.keyboard.press('Control+c');
    await expect(map.status).toHaveText(
      'Copied 2 actors and 1 tie among them. Paste with Ctrl+V, here or in another map.',
    );
    // Nothing went to the system clipboard, where any program could read people's details: Copy stays in Caremap.
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('what was there before');
    const box = (await map.map.boundingBox())!;
    await page.mouse.move(box.x + 300, box.y + 300);
    await page.keyboard.press('Control+v');
    await expect(map.actor('Chats & Chai (2)')).toBeVisible();
    await expect(map.tie('Ada Okafor (2)', 'Chats & Chai (2)')).toBeAttached();
    // Under the pointer: the middle of the pasted pair is where the pointer was.
    const [c, a] = [await map.box('Chats & Chai (2)'), await map.box('Ada Okafor (2)')];
    expect(Math.abs((c.x + c.width / 2 + a.x + a.width / 2) / 2 - (box.x + 300))).toBeLessThan(c.width / 2);
    await expect(page.getByRole('alert')).toContainText(
      'Names already on the map got a number: “Chats & Chai (2)”, “Ada Okafor (2)”.',
    );
    await expect(page.getByText('4 actors · 2 ties')).toBeVisible();
    await expect(map.actor('Chats & Chai (2)')).toHaveClass(/\bselected\b/);
    await expect(map.undoButton()).toHaveAccessibleName('Undo Paste 2 actors and 1 tie');
    await map.undoButton().click();
    await expect(page.getByText('2 actors · 1 tie')).toBeVisible();

    // Duplicate: beside the originals, in one step.
    await map.actor('Chats & Chai').click();
    await page.keyboard.press('Control+d');
    await expect(map.actor('Chats & Chai (2)')).toBeVisible();
    await expect(page.getByText('3 actors · 1 tie')).toBeVisible();
  });

  test('cut and paste into another map opened afterwards keeps the names and the tie', async ({ page, caremap }) => {
    const map = new EditingPage(page);
    await map.open(caremap.url);
    await twoTied(map);
    await page.keyboard.press('Control+x');
    await expect(page.getByText('0 actors · 0 ties')).toBeVisible();
    await map.newMap('Second workshop');
    await map.map.click({ position: { x: 400, y: 300 } });
    await page.keyboard.press('Control+v');
    await expect(map.actor('Chats & Chai')).toBeVisible();
    await expect(map.actor('Ada Okafor')).toBeVisible();
    await expect(map.tie('Ada Okafor', 'Chats & Chai')).toBeAttached();
    await expect(page.getByText('2 actors · 1 tie')).toBeVisible();
    await expect(page.getByRole('alert')).toHaveCount(0);
  });
});
