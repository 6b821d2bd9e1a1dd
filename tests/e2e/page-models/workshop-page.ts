// Page object for workshop mode: its bar, its quick-add field and kinds, and the "Just done" list.
import { expect, type Locator, type Page } from '@playwright/test';

export class WorkshopPage {
  readonly bar: Locator;
  readonly name: Locator;
  readonly recent: Locator;
  readonly leaveButton: Locator;
  readonly enterButton: Locator;

  constructor(readonly page: Page) {
    this.bar = page.getByText('Workshop mode · press F5 or Esc to leave');
    this.name = page.getByRole('textbox', { name: 'Name of the actor to add' });
    this.recent = page.getByRole('region', { name: 'Just done' });
    this.leaveButton = page.getByRole('button', { name: 'Leave workshop mode' });
    this.enterButton = page.getByRole('button', { name: 'Workshop mode' });
  }

  async expectOn(): Promise<void> {
    await expect(this.bar).toBeVisible();
    await expect(this.name).toBeFocused();
  }

  async expectOff(): Promise<void> {
    await expect(this.bar).toBeHidden();
    await expect(this.enterButton).toBeVisible();
  }

  /** Keyboard only: type the name; Tab to the kinds and press → `kindSteps` times (0 keeps the kind); Enter. */
  async add(name: string, kindSteps = 0): Promise<void> {
    await expect(this.name).toBeFocused();
    await this.page.keyboard.type(name);
    if (kindSteps > 0) {
      await this.page.keyboard.press('Tab');
      for (let i = 0; i < kindSteps; i++) await this.page.keyboard.press('ArrowRight');
    }
    await this.page.keyboard.press('Enter');
    await expect(this.recent.getByRole('listitem').first()).toHaveText(new RegExp(`^Add “${name}”`));
  }
}
