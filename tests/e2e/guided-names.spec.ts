// The guided session's tie step takes part of a name (with who it will pick shown), and the session runs full screen
// with the whole map fitted, like workshop mode.
import { expect, test } from './fixtures';
import { MapPage } from './page-models/map-page';
import { RoomPage } from './page-models/room-page';

const CITIZEN = 'Individual active citizen';

test.use({ viewport: { width: 1280, height: 800 } });

test('From and To accept part of a name, show who it picks, and say when it could be several', async ({
  page,
  caremap,
}) => {
  const map = new MapPage(page);
  await map.open(caremap.url);
  await map.quickAdd('Precious Mensah', CITIZEN);
  await map.quickAdd('Ada Okafor', CITIZEN);
  await map.quickAdd('Adam Price', CITIZEN);
  await page.getByRole('button', { name: 'Start a guided session' }).click();
  const session = page.getByRole('region', { name: 'Guided session' });
  await session.getByLabel('Session name').fill('Millbrook 2');
  await session.getByLabel('Session name').press('Enter');
  const prompt = session.locator('.guided__prompt');
  while (!(await prompt.textContent())?.includes('to whom'))
    await session.getByRole('button', { name: 'Next →' }).click();

  await session.getByLabel('From').fill('ada');
  await session.getByLabel('To').fill('Prec');
  await expect(session.getByText('→ Precious Mensah')).toBeVisible();
  await session.getByLabel('To').press('Enter');
  await expect(session.getByRole('alert')).toHaveText(
    '“ada” could be Ada Okafor, Adam Price. Type more of the name, or pick one from the list.',
  );
  await session.getByLabel('From').fill('ada ok');
  await session.getByLabel('To').press('Enter');
  await expect(map.tie('Ada Okafor', 'Precious Mensah')).toBeAttached();
  await expect(session.getByRole('list', { name: 'Ties added in this step' })).toHaveText(
    'Ada Okafor → Precious Mensah',
  );
});

test('a guided session goes full screen with the whole map fitted, and gives full screen back at the end', async ({
  page,
  caremap,
}) => {
  const map = new MapPage(page);
  await map.open(caremap.url);
  await map.quickAdd('Precious Mensah', CITIZEN);
  await map.quickAdd('Ada Okafor', CITIZEN);
  // Moved away, so the fit is the session's doing.
  const box = (await map.map.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.wheel(0, 600);
  await page.getByRole('button', { name: 'Start a guided session' }).click();
  await expect.poll(() => page.evaluate(() => document.fullscreenElement === document.documentElement)).toBe(true);
  await expect(map.actor('Precious Mensah')).toBeInViewport();
  await expect(map.actor('Ada Okafor')).toBeInViewport();
  await expect.poll(() => new RoomPage(page).actorsUnderCovers()).toEqual([]);
  await page
    .getByRole('region', { name: 'Guided session' })
    .getByRole('button', { name: /Finish|End/ })
    .first()
    .click();
  await expect.poll(() => page.evaluate(() => document.fullscreenElement)).toBeNull();
});
