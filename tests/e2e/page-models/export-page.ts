// Page object for File ▸ Export…: opens the dialog, picks a format and options, and catches the downloaded file.
import { expect, type Download, type Locator, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';

export class ExportPage {
  readonly dialog: Locator;

  constructor(readonly page: Page) {
    this.dialog = page.getByRole('dialog', { name: 'Export the map' });
  }

  async open(): Promise<void> {
    await this.page.getByRole('button', { name: 'File' }).click();
    await this.page.getByRole('menuitem', { name: 'Export…' }).click();
    await expect(this.dialog).toBeVisible();
  }

  format(label: string | RegExp): Locator {
    return this.dialog.getByRole('radio', { name: label });
  }

  anonymise(): Locator {
    return this.dialog.getByRole('checkbox', { name: /Anonymise people/ });
  }

  /** Clicks Export and returns the files downloaded (CSV gives two), with their contents. */
  async exportFiles(count = 1): Promise<{ name: string; bytes: Buffer }[]> {
    const downloads: Promise<Download>[] = [];
    const collected: Download[] = [];
    const listener = (d: Download) => collected.push(d);
    this.page.on('download', listener);
    downloads.push(this.page.waitForEvent('download'));
    await this.dialog.getByRole('button', { name: 'Export', exact: true }).click();
    await downloads[0];
    await expect.poll(() => collected.length).toBe(count);
    this.page.off('download', listener);
    await expect(this.dialog.getByRole('status')).toContainText('Exported');
    return Promise.all(
      collected.map(async (d) => ({ name: d.suggestedFilename(), bytes: readFileSync(await d.path()) })),
    );
  }
}
