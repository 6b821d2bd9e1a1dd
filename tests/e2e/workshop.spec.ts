// Workshop mode: in and out with one key or a button, three actors added by keyboard alone, one-click undo, and no
// personal field (contact, address, notes) anywhere on the page while it is on.
import { expect, test } from './fixtures';
import { MapPage } from './page-models/map-page';
import { WorkshopPage } from './page-models/workshop-page';

const CITIZEN = 'Individual active citizen';
const PERSONAL = {
  Email: 'ada@example.org',
  Phone: '07700 900123',
  'Area or address': '12 Maple Street, E5',
  Notes: 'Prefers calls after 6pm',
};

test('workshop mode: F5 in, three actors by keyboard, undo one in one click, Esc out; personal fields never shown', async ({
  page,
  caremap,
}) => {
  const map = new MapPage(page);
  const workshop = new WorkshopPage(page);
  await map.open(caremap.url);
  await map.quickAdd('Ada Okafor', CITIZEN);
  await map.actor('Ada Okafor').click();
  const details = page.getByRole('complementary', { name: 'Details' });
  for (const [label, value] of Object.entries(PERSONAL)) {
    const field = details.getByLabel(label, { exact: true });
    await field.fill(value);
    await field.blur();
    await expect(map.status).toContainText('Saved');
  }
  await expect(details.getByLabel('Email', { exact: true })).toHaveValue(PERSONAL.Email);

  await page.keyboard.press('F5');
  await workshop.expectOn();
  await expect(details).toBeHidden();
  await expect(page.getByRole('complementary', { name: 'Tools' })).toBeHidden();
  await expect(page.getByRole('button', { name: 'Table' })).toBeHidden();

  // Keyboard only: a grassroots group (one step along the kinds), the same kind again, then a charity.
  await workshop.add('Lunch Club', 1);
  await workshop.add('Food Bank');
  await workshop.add('Library', 1);
  for (const name of ['Lunch Club', 'Food Bank', 'Library']) await expect(map.actor(name)).toBeVisible();
  // The kinds picked by keyboard: the name's hover text says name and kind (and nothing else).
  await expect(map.actor('Lunch Club').getByTitle('Lunch Club · Grassroots or mutual aid group')).toBeVisible();
  await expect(map.actor('Food Bank').getByTitle('Food Bank · Grassroots or mutual aid group')).toBeVisible();
  await expect(map.actor('Library').getByTitle('Library · Community charity / not-for-profit (CIC)')).toBeVisible();
  await expect(workshop.recent.getByRole('listitem')).toHaveText([
    /^Add “Library”/,
    /^Add “Food Bank”/,
    /^Add “Lunch Club”/,
    /^Edit “Ada Okafor”/,
  ]);

  // Hovering an actor shows its name only; nothing personal is anywhere in the page, visible or not.
  await map.actor('Ada Okafor').hover();
  const html = await page.content();
  for (const value of Object.values(PERSONAL)) expect(html).not.toContain(value);

  // One click undoes the last step, and the list says so.
  await workshop.recent.getByRole('button', { name: 'Undo Add “Library”' }).click();
  await expect(map.actor('Library')).toHaveCount(0);
  await expect(workshop.recent.getByRole('listitem').first()).toHaveText(/^Add “Food Bank”/);
  await expect(page.getByText('3 actors · 0 ties')).toBeVisible();

  await page.keyboard.press('Escape');
  await workshop.expectOff();
  await expect(details).toBeVisible();

  // The header button and the bar's button do the same.
  await workshop.enterButton.click();
  await expect(workshop.bar).toBeVisible();
  await workshop.leaveButton.click();
  await workshop.expectOff();
  await page.keyboard.press('F5');
  await expect(workshop.bar).toBeVisible();
  await page.keyboard.press('F5');
  await workshop.expectOff();
});
