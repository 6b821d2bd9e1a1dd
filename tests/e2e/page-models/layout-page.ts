// Page object for the Layout menu and the automatic layout's bar.
import { expect, type Locator, type Page } from '@playwright/test';

export class LayoutPage {
  readonly menuButton: Locator;

  constructor(readonly page: Page) {
    this.menuButton = page.getByRole('button', { name: 'Layout' });
  }

  item(name: string | RegExp): Locator {
    return this.page.getByRole('menu', { name: 'Layout' }).getByRole('menuitem', { name });
  }

  async choose(name: string | RegExp): Promise<void> {
    await this.menuButton.click();
    await this.item(name).click();
  }

  /** Runs "Arrange automatically" and waits until it has settled and been saved. */
  async arrangeAutomatically(): Promise<void> {
    await this.choose(/^Arrange automatically/);
    await expect(
      this.page.getByRole('status').filter({ hasText: /^Arrange automatically: moved \d+ actors?\./ }),
    ).toBeVisible({ timeout: 20_000 });
  }
}
