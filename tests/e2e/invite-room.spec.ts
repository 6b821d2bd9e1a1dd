// Invite the room, end to end: the facilitator shares on loopback (standing in for the room's Wi-Fi), phones at
// 360×740 (and a laptop) join from the QR code's address or by typing the code, add actors and a tie that appear on the facilitator's
// map; pausing, removing a person and stopping sharing reach the phones.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from '@playwright/test';
import { expect, test } from './fixtures';
import { MapPage } from './page-models/map-page';
import { InvitePanel, PhonePage } from './page-models/invite-page';

const GRASSROOTS = 'Grassroots or mutual aid group';
const SHOTS = join(import.meta.dirname, '..', '..', 'test-results', 'invite-room');

async function phone(browser: Browser, laptop = false): Promise<PhonePage> {
  const context = await browser.newContext(
    laptop
      ? { viewport: { width: 1280, height: 800 } }
      : { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true },
  );
  return new PhonePage(await context.newPage());
}

test('phones join, add to the facilitator’s map, and hear pause, removal and stop', async ({
  page,
  caremap,
  browser,
}) => {
  mkdirSync(SHOTS, { recursive: true });
  const facilitator = new MapPage(page);
  await facilitator.open(caremap.url);
  const invite = new InvitePanel(page);
  const { url, code } = await invite.startOnLoopback();
  expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/join$/);
  expect(code).toMatch(/^[A-Z0-9]{6}$/);
  // The QR code holds the address with the code, so a scan joins with one tap.
  await expect(invite.panel.getByRole('img', { name: /QR code/ })).toHaveAttribute(
    'data-qr-text',
    `${url}#code=${code}`,
  );

  // Sam scans the QR code: the code is filled in, only the name is typed.
  const sam = await phone(browser);
  await sam.page.goto(`${url}#code=${code}`);
  await expect(sam.page.getByLabel('Code on the screen')).toHaveValue(code);
  await sam.join(`${url}#code=${code}`, 'Sam');
  await expect(invite.person('Sam')).toContainText('Connected');

  await sam.addActor('Lunch Club', GRASSROOTS);
  await sam.addActor('Food Bank', GRASSROOTS);
  await expect(facilitator.actor('Lunch Club')).toBeVisible();
  await expect(facilitator.actor('Food Bank')).toBeVisible();
  await sam.addTie({ search: 'lunch', name: 'Lunch Club' }, { search: 'FOOD', name: 'Food Bank' });
  await expect(facilitator.tie('Lunch Club', 'Food Bank')).toBeAttached();
  await sam.addOffer({ search: 'club', name: 'Lunch Club' }, 'Hot meals');
  await expect(invite.person('Sam')).toContainText('4 added');
  // What the phone added is on the facilitator's map with the offer, in the details panel.
  await facilitator.actor('Lunch Club').click();
  await expect(page.getByRole('complementary', { name: 'Details' })).toContainText('Hot meals');
  // An actor the facilitator adds reaches the phone's map live.
  await facilitator.quickAdd('Tenants Association', GRASSROOTS);
  await expect(sam.mapName('Tenants Association')).toBeVisible();
  // Names on the phone's map are legible: at least 11 px tall on screen.
  const nameHeight = await sam.mapName('Lunch Club').evaluate((el) => el.getBoundingClientRect().height);
  expect(nameHeight).toBeGreaterThanOrEqual(11);
  await sam.page.screenshot({ path: join(SHOTS, 'phone-360x740.png') });

  // New code: the old one stops admitting people; the panel and the QR code show the new one at once.
  await invite.panel.getByRole('button', { name: 'New code' }).click();
  await expect(invite.panel.locator('.join-details__code')).not.toHaveAttribute('data-code', code);
  const fresh = (await invite.panel.locator('.join-details__code').getAttribute('data-code')) ?? '';
  await expect(invite.panel.getByRole('img', { name: /QR code/ })).toHaveAttribute(
    'data-qr-text',
    `${url}#code=${fresh}`,
  );
  await expect(invite.panel).toContainText(/New people can join with this code for 15 more minutes/);

  // Lee, on a laptop, types the code by hand, in small letters with a space, as read off the projector.
  const lee = await phone(browser, true);
  // The old code is refused, in the laptop's own sentence, beside the form.
  await lee.page.goto(url);
  await lee.page.getByLabel('Code on the screen').fill(code);
  await lee.page.getByLabel('Your name').fill('Lee');
  await lee.page.getByRole('button', { name: 'Join' }).click();
  await expect(lee.page.getByRole('alert')).toHaveText(/That code is not right/);
  await lee.join(url, 'Lee', `${fresh.slice(0, 3).toLowerCase()} ${fresh.slice(3)}`);
  await expect(invite.person('Lee')).toContainText('Connected');
  await expect(lee.mapName('Food Bank')).toBeVisible();
  await lee.page.screenshot({ path: join(SHOTS, 'laptop-1280x800.png') });
  // Made a viewer, Lee watches: the add buttons go; made a contributor again, they come back.
  await invite.panel.getByLabel('Role of Lee').selectOption('viewer');
  await expect(lee.page.getByText('You can watch the map as people add to it.')).toBeVisible();
  await expect(lee.action('Add someone or an organisation')).toHaveCount(0);
  await invite.panel.getByLabel('Role of Lee').selectOption('contributor');
  await expect(lee.action('Add someone or an organisation')).toBeVisible();

  // Pause: the phones say so and their add buttons wait.
  await invite.panel.getByRole('button', { name: 'Pause contributions' }).click();
  await expect(sam.page.getByText('The facilitator has paused contributions.').first()).toBeVisible();
  await expect(sam.action('Add someone or an organisation')).toBeDisabled();
  await invite.panel.getByRole('button', { name: 'Open', exact: true }).click();
  await expect(sam.action('Add someone or an organisation')).toBeEnabled();
  await page.screenshot({ path: join(SHOTS, 'panel-1280x800.png') });

  // Remove Sam: the phone says so, and its token no longer adds anything.
  const token = await sam.page.evaluate(() => sessionStorage.getItem('caremap.room.token'));
  expect(token).toBeTruthy();
  await invite.panel.getByRole('button', { name: 'Remove Sam' }).click();
  await expect(sam.page.getByText('The facilitator has taken this device out of the room.')).toBeVisible();
  await expect(invite.person('Sam')).toHaveCount(0);
  const refused = await sam.page.evaluate(async (t) => {
    const response = await fetch('/room/api/room.addActor', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Caremap-Token': t ?? '' },
      body: JSON.stringify({ name: 'After removal', kindId: 'any' }),
    });
    return (await response.json()) as { ok: boolean; error?: { message: string } };
  }, token);
  expect(refused.ok).toBe(false);
  expect(refused.error?.message).toMatch(/not in the room/);

  // Workshop mode: the code and QR code large in a corner of the projected map; the facilitator can hide it.
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.getByRole('button', { name: 'Workshop mode' }).click();
  const card = page.getByRole('complementary', { name: 'How to join this map' });
  await expect(card).toContainText(fresh.slice(0, 3));
  await expect(card.getByRole('img', { name: 'QR code to join this map' })).toBeVisible();
  await page.screenshot({ path: join(SHOTS, 'workshop-1920x1080.png') });
  await card.getByRole('button', { name: 'Hide' }).click();
  await expect(card).toHaveCount(0);
  await page.getByRole('button', { name: 'Show the join code' }).click();
  await expect(card).toBeVisible();
  await page.keyboard.press('F5');

  // Stop sharing: Lee's phone is told and stops.
  // The header says the map is shared, and the panel is where the facilitator left it.
  await expect(page.getByRole('button', { name: 'Sharing: Invite the room' })).toBeVisible();
  await invite.panel.getByRole('button', { name: 'Stop sharing' }).click();
  await expect(
    lee.page.getByText('The facilitator has stopped sharing this map. Thank you for taking part.'),
  ).toBeVisible();
  await expect(invite.panel.getByRole('button', { name: 'Start sharing' })).toBeVisible();
  await lee.page.screenshot({ path: join(SHOTS, 'phone-ended.png') });
});

test('a device made co-facilitator reloads into the full editing view, edits, and leaves it when demoted or removed', async ({
  page,
  caremap,
  browser,
}) => {
  const facilitator = new MapPage(page);
  await facilitator.open(caremap.url);
  const invite = new InvitePanel(page);
  const { url, code } = await invite.startOnLoopback();
  const kim = await phone(browser, true);
  await kim.join(`${url}#code=${code}`, 'Kim');
  await invite.panel.getByLabel('Role of Kim').selectOption('co-facilitator');

  // The same page reloads as the full app, talking to the share listener with Kim's own token.
  const full = new MapPage(kim.page);
  await expect(kim.page.getByRole('application')).toBeVisible();
  await expect(kim.page.getByRole('heading', { level: 1 })).toHaveText('Workshop test');
  await expect(kim.page.getByRole('button', { name: 'Invite the room', exact: true })).toHaveCount(0);
  await full.quickAdd('Corner Café', GRASSROOTS);
  await expect(facilitator.actor('Corner Café')).toBeVisible();
  // And the facilitator's edits reach Kim's full view live.
  await facilitator.quickAdd('Youth Club', GRASSROOTS);
  await expect(full.actor('Youth Club')).toBeVisible();

  // Made a contributor again, the device reloads into the contribution view; removed, it is told and stops.
  await invite.panel.getByLabel('Role of Kim').selectOption('contributor');
  await expect(kim.page.getByRole('region', { name: 'Add to the map' })).toBeVisible();
  await expect(kim.mapName('Youth Club')).toBeVisible();
  await invite.panel.getByLabel('Role of Kim').selectOption('co-facilitator');
  await expect(kim.page.getByRole('application')).toBeVisible();
  await invite.panel.getByRole('button', { name: 'Remove Kim' }).click();
  await expect(kim.page.getByText('The facilitator has taken this device out of the room.')).toBeVisible();
  expect(await kim.page.evaluate(() => sessionStorage.getItem('caremap.token'))).toBeNull();
});
