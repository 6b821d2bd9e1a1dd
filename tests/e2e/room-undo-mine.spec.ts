// A phone takes back its own last addition: the button appears once it has added something, the answer's sentence
// shows, and the facilitator's map (and the phone's) lose that actor while the facilitator's own stays.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import { MapPage } from './page-models/map-page';
import { InvitePanel, PhonePage } from './page-models/invite-page';

const GRASSROOTS = 'Grassroots or mutual aid group';
const SHOTS = join(import.meta.dirname, '..', '..', 'test-results', 'room-undo-mine');

test('a phone takes back its own last addition and the facilitator’s map loses it', async ({
  page,
  caremap,
  browser,
}) => {
  mkdirSync(SHOTS, { recursive: true });
  const facilitator = new MapPage(page);
  await facilitator.open(caremap.url);
  const { url, code } = await new InvitePanel(page).startOnLoopback();
  const context = await browser.newContext({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
  const sam = new PhonePage(await context.newPage());
  await sam.join(`${url}#code=${code}`, 'Sam');
  const takeBack = sam.action('Take back my last addition');
  // Nothing added yet on this device: nothing to offer taking back.
  await expect(takeBack).toHaveCount(0);

  await sam.addActor('Soup Kitchen', GRASSROOTS);
  await facilitator.quickAdd('Tenants Association', GRASSROOTS);
  await sam.addActor('Choir', GRASSROOTS);
  await expect(facilitator.actor('Choir')).toBeVisible();
  await expect(sam.mapName('Tenants Association')).toBeVisible();

  await takeBack.click();
  await expect(sam.page.getByText('Taken back: “Choir”.')).toBeVisible();
  await expect(facilitator.actor('Choir')).toHaveCount(0);
  await expect(sam.mapName('Choir')).toHaveCount(0);
  await expect(facilitator.actor('Soup Kitchen')).toBeVisible();
  await expect(facilitator.actor('Tenants Association')).toBeVisible();
  await sam.page.screenshot({ path: join(SHOTS, 'phone-360x740.png') });

  // The facilitator's own actor is never taken back by the phone.
  await takeBack.click();
  await expect(sam.page.getByText('Taken back: “Soup Kitchen”.')).toBeVisible();
  await expect(facilitator.actor('Soup Kitchen')).toHaveCount(0);
  await takeBack.click();
  await expect(sam.page.getByText('There is nothing of yours to take back.')).toBeVisible();
  await expect(facilitator.actor('Tenants Association')).toBeVisible();
  await expect(sam.mapName('Tenants Association')).toBeVisible();
  await page.screenshot({ path: join(SHOTS, 'facilitator-1280x800.png') });
  await context.close();
});
