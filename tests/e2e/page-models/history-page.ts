// Page object for the History panel and the banner over the map while it shows a snapshot or a comparison.
import { expect, type Locator, type Page } from '@playwright/test';

export class HistoryPage {
  readonly panel: Locator;
  readonly banner: Locator;

  constructor(readonly page: Page) {
    this.panel = page.getByRole('region', { name: 'History' });
    this.banner = page.getByRole('region', { name: 'Showing the past' });
  }

  async openPanel(): Promise<void> {
    const toggle = this.page.getByRole('button', { name: 'History', exact: true });
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
    await expect(this.panel).toBeVisible();
  }

  async save(name: string): Promise<void> {
    await this.panel.getByLabel('Name (optional)').fill(name);
    await this.panel.getByRole('button', { name: 'Save snapshot' }).click();
    await expect(this.snapshot(name)).toBeVisible();
  }

  snapshot(name: string): Locator {
    return this.panel.getByRole('listitem', { name, exact: true });
  }

  async act(snapshot: string, action: string): Promise<void> {
    await this.snapshot(snapshot).getByRole('button', { name: action, exact: true }).click();
  }

  changedActors(): Locator {
    return this.panel.getByRole('list', { name: 'Actors added, removed or changed' });
  }
}
