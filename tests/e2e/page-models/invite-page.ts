// Page objects for "Invite the room": the facilitator's Invite panel, and a participant's phone on the join page.
import { expect, type Locator, type Page } from '@playwright/test';

export class InvitePanel {
  readonly panel: Locator;

  constructor(readonly page: Page) {
    this.panel = page.getByRole('region', { name: 'Invite the room' });
  }

  /** Opens the panel from the header and starts sharing on the loopback address (standing in for the room's Wi-Fi). */
  async startOnLoopback(): Promise<{ url: string; code: string }> {
    await this.page.getByRole('button', { name: 'Invite the room', exact: true }).click();
    await expect(this.panel).toBeVisible();
    await this.panel.getByLabel('Share on').selectOption({ label: 'This computer only (for trying it out)' });
    await this.panel.getByRole('button', { name: 'Start sharing' }).click();
    const code = this.panel.locator('.join-details__code');
    await expect(code).not.toHaveAttribute('data-code', '');
    return {
      code: (await code.getAttribute('data-code')) ?? '',
      url: (await this.panel.locator('.join-details__url').textContent()) ?? '',
    };
  }

  person(name: string): Locator {
    return this.panel.locator(`[data-participant="${name}"]`);
  }
}

export class PhonePage {
  constructor(readonly page: Page) {}

  async join(address: string, name: string, code?: string): Promise<void> {
    await this.page.goto(address);
    if (code !== undefined) await this.page.getByLabel('Code on the screen').fill(code);
    await this.page.getByLabel('Your name').fill(name);
    await this.page.getByRole('button', { name: 'Join' }).click();
    await expect(this.page.getByRole('region', { name: 'Add to the map' })).toBeVisible();
  }

  action(name: string): Locator {
    return this.page.getByRole('button', { name, exact: true });
  }

  /** A name drawn on the phone's map. */
  mapName(name: string): Locator {
    return this.page.locator('.room-map__svg text', { hasText: name });
  }

  /** The names offered by one actor picker. */
  picks(label: string): Locator {
    return this.page.getByRole('list', { name: `${label}: matching names` });
  }

  async addActor(name: string, kind: string): Promise<void> {
    await this.action('Add someone or an organisation').click();
    await this.page.getByLabel('Name', { exact: true }).fill(name);
    await this.page.getByLabel('Kind', { exact: true }).selectOption({ label: kind });
    await this.page.getByRole('button', { name: 'Add to the map' }).click();
    await expect(this.page.getByText(`${name} is on the map.`)).toBeVisible();
  }

  async addTie(from: { search: string; name: string }, to: { search: string; name: string }): Promise<void> {
    await this.action('Say who they know or work with').click();
    await this.page.getByLabel('Who', { exact: true }).fill(from.search);
    await this.picks('Who').getByRole('button', { name: from.name, exact: true }).click();
    await this.page.getByLabel('Knows or works with', { exact: true }).fill(to.search);
    await this.picks('Knows or works with').getByRole('button', { name: to.name, exact: true }).click();
    await this.page.getByRole('button', { name: 'Link them' }).click();
    await expect(this.page.getByText('are now linked on the map.')).toBeVisible();
  }

  async addOffer(who: { search: string; name: string }, offer: string): Promise<void> {
    await this.action('Add what they offer').click();
    await this.page.getByLabel('Who offers it', { exact: true }).fill(who.search);
    await this.picks('Who offers it').getByRole('button', { name: who.name, exact: true }).click();
    await this.page.getByLabel('What they offer', { exact: true }).fill(offer);
    await this.page.getByRole('button', { name: 'Add the offer' }).click();
    await expect(this.page.getByText(`${who.name} offers ${offer}.`)).toBeVisible();
  }
}
