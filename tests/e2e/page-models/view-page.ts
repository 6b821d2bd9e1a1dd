// The map's view controls (search, filter, focus) as people find them: by role and name.
import { expect, type Locator, type Page } from '@playwright/test';

export type Look = 'full' | 'dim' | 'hidden';

export class ViewPage {
  constructor(readonly page: Page) {}

  get filterPanel(): Locator {
    return this.page.getByRole('region', { name: 'Filter' });
  }

  get filterChip(): Locator {
    return this.page.locator('.filter-chip');
  }

  get searchBox(): Locator {
    return this.page.getByRole('combobox', { name: 'Search actors' });
  }

  get results(): Locator {
    return this.page.getByRole('listbox', { name: 'Search results' });
  }

  focusButton(name: 'Off' | '1 step' | '2 steps'): Locator {
    return this.page.getByRole('group', { name: /^Focus/ }).getByRole('button', { name, exact: true });
  }

  async openFilter(): Promise<void> {
    await this.page.getByRole('button', { name: 'Filter', exact: true }).click();
    await expect(this.filterPanel).toBeVisible();
  }

  async closeFilter(): Promise<void> {
    await this.filterPanel.getByRole('button', { name: 'Close the filter' }).click();
    await expect(this.filterPanel).toBeHidden();
  }

  /** How an actor is drawn up close: in full, dimmed, or hidden by the filter (data-look on the node). */
  async expectLook(name: string, look: Look): Promise<void> {
    const node = this.page.getByRole('group', { name, exact: true });
    if (look === 'hidden') await expect(node).toBeHidden();
    else await expect(node.locator('.actor')).toHaveAttribute('data-look', look);
  }
}
