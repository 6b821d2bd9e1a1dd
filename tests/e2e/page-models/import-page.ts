// Page object for the import dialog: open it from the File menu, give it a file, change choices, import.
import { expect, type Locator, type Page } from '@playwright/test';

export class ImportPage {
  readonly dialog: Locator;

  constructor(readonly page: Page) {
    this.dialog = page.getByRole('dialog');
  }

  async openFromFileMenu(): Promise<void> {
    await this.page.getByRole('button', { name: 'File' }).click();
    await this.page.getByRole('menuitem', { name: 'Import a spreadsheet…' }).click();
    await expect(this.dialog.getByRole('heading', { name: 'Import a spreadsheet' })).toBeVisible();
  }

  async chooseFile(
    name: string,
    buffer: Buffer,
    mimeType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  ): Promise<void> {
    await this.dialog.getByLabel('Spreadsheet to import').setInputFiles({ name, mimeType, buffer });
    await expect(this.dialog.getByRole('heading', { name: `Import “${name}”` })).toBeVisible();
  }

  /** Several files at once, as when Gephi's nodes and edges tables are chosen together. */
  async chooseFiles(files: { name: string; buffer: Buffer }[]): Promise<void> {
    await this.dialog
      .getByLabel('Spreadsheet to import')
      .setInputFiles(files.map((f) => ({ ...f, mimeType: 'text/csv' })));
    await expect(
      this.dialog.getByRole('heading', { name: `Import “${files.map((f) => f.name).join(' + ')}”` }),
    ).toBeVisible();
  }

  kindFor(value: string): Locator {
    return this.dialog.getByLabel(`Kind for “${value}”`);
  }

  tieTypeFor(value: string): Locator {
    return this.dialog.getByLabel(`Tie type for “${value}”`, { exact: true });
  }

  count(what: string): Locator {
    return this.dialog.getByRole('listitem').filter({ hasText: what });
  }

  async importNow(): Promise<void> {
    await this.dialog.getByRole('button', { name: 'Import', exact: true }).click();
    await expect(this.dialog).toBeHidden();
  }
}
