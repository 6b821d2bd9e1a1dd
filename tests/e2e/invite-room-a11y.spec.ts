// Invite the room for keyboard and screen-reader users: the panel opens, starts and closes from the keyboard, and
// axe finds no serious or critical violation in the panel, the join form or the phone's contribution view.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { MapPage } from './page-models/map-page';
import { InvitePanel, PhonePage } from './page-models/invite-page';

const SHOTS = join(import.meta.dirname, '..', '..', 'test-results', 'invite-room-a11y');

async function expectNoSeriousViolations(page: Page, where: string, include?: string): Promise<void> {
  let builder = new AxeBuilder({ page });
  if (include) builder = builder.include(include);
  const { violations } = await builder.analyze();
  const serious = violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(serious, `axe on ${where}`).toEqual([]);
}

test('the Invite panel works from the keyboard, and the room’s pages pass axe', async ({ page, caremap, browser }) => {
  mkdirSync(SHOTS, { recursive: true });
  await new MapPage(page).open(caremap.url);
  const invite = new InvitePanel(page);
  const entry = page.getByRole('button', { name: 'Invite the room', exact: true });
  await entry.focus();
  await page.keyboard.press('Enter');
  await expect(invite.panel).toBeFocused();
  await expect(entry).toHaveAttribute('aria-expanded', 'true');
  await expectNoSeriousViolations(page, 'the Invite panel before sharing', '#invite-panel');
  await page.screenshot({ path: join(SHOTS, 'panel-before-sharing.png') });

  // Tab to the network picker, then to Start sharing.
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(invite.panel.getByLabel('Share on')).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(invite.panel.getByRole('button', { name: 'Start sharing' })).toBeFocused();
  await invite.panel.getByLabel('Share on').selectOption({ label: 'This computer only (for trying it out)' });
  await invite.panel.getByRole('button', { name: 'Start sharing' }).focus();
  await page.keyboard.press('Enter');
  await expect(invite.panel.getByRole('img', { name: /QR code/ })).toBeVisible();
  const url = (await invite.panel.locator('.join-details__url').textContent()) ?? '';
  const code = (await invite.panel.locator('.join-details__code').getAttribute('data-code')) ?? '';

  const context = await browser.newContext({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
  const phone = new PhonePage(await context.newPage());
  await phone.page.goto(`${url}#code=${code}`);
  await expect(phone.page.getByLabel('Your name')).toBeFocused();
  await expectNoSeriousViolations(phone.page, 'the join form');
  await phone.page.screenshot({ path: join(SHOTS, 'phone-join.png') });
  // Joining with no name says what is missing, next to the field.
  await phone.page.getByRole('button', { name: 'Join' }).click();
  await expect(phone.page.getByLabel('Your name')).toHaveAccessibleDescription(/Type your name/);
  await phone.join(`${url}#code=${code}`, 'Ana');
  await expectNoSeriousViolations(phone.page, 'the contribution view');
  await phone.action('Add someone or an organisation').click();
  await expectNoSeriousViolations(phone.page, 'the add-someone form');
  await phone.page.screenshot({ path: join(SHOTS, 'phone-add-form.png') });

  await expect(invite.person('Ana')).toBeVisible();
  await expectNoSeriousViolations(page, 'the Invite panel while sharing', '#invite-panel');
  // Escape closes the panel and gives the keyboard back to its entry in the header.
  await invite.panel.getByRole('button', { name: 'New code' }).focus();
  await page.keyboard.press('Escape');
  await expect(invite.panel).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Sharing: Invite the room' })).toBeFocused();
});
