// The parts of Caremap's window the inspector and taxonomy specs work with, found by role and label as people see them.
import { expect, type Locator, type Page } from '@playwright/test';

export class DetailsPage {
  constructor(readonly page: Page) {}

  get tools(): Locator {
    return this.page.getByRole('complementary', { name: 'Tools' });
  }

  get details(): Locator {
    return this.page.getByRole('complementary', { name: 'Details' });
  }

  get lists(): Locator {
    return this.page.getByRole('dialog', { name: 'Kinds & lists' });
  }

  /** The legend's row for a kind (its name and count). */
  legendKind(name: string): Locator {
    return this.page
      .locator('.legend')
      .getByRole('list', { name: 'Kinds of actor' })
      .getByRole('listitem')
      .filter({ hasText: name });
  }

  paletteKind(name: string): Locator {
    return this.page.getByRole('button', { name, exact: true });
  }

  actor(name: string): Locator {
    return this.page.getByRole('group', { name, exact: true });
  }

  async open(url: string): Promise<void> {
    await this.page.goto(url);
    await expect(this.page.getByRole('heading', { name: 'Add an actor' })).toBeVisible();
  }

  /** Adds an actor with the quick-add bar; Caremap selects it, so the details panel shows it. */
  async quickAdd(name: string, kind?: string): Promise<void> {
    await this.tools.getByLabel('Actor name').fill(name);
    if (kind) await this.tools.getByLabel('Kind').selectOption({ label: kind });
    await this.tools.getByRole('button', { name: 'Add', exact: true }).click();
    await expect(this.actor(name)).toBeVisible();
    await expect(this.details.getByLabel('Name', { exact: true })).toHaveValue(name);
  }

  async openLists(tab?: string): Promise<void> {
    await this.page.getByRole('button', { name: 'Kinds & lists…' }).click();
    await expect(this.lists).toBeVisible();
    if (tab) await this.lists.getByRole('tab', { name: tab }).click();
  }

  async closeLists(): Promise<void> {
    await this.lists.getByRole('button', { name: 'Done' }).click();
    await expect(this.lists).toBeHidden();
  }

  /** Waits until the last edit is saved: the status bar names it once the server has answered. */
  async saved(what: string | RegExp): Promise<void> {
    await expect(this.page.getByRole('status')).toContainText(what);
  }
}
