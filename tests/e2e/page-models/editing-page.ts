// Page object for editing like a drawing tool: right-click menus, the clipboard keys and a second map.
import { expect, type Locator, type Page } from '@playwright/test';
import { MapPage } from './map-page';

export class EditingPage extends MapPage {
  readonly contextMenu: Locator;

  constructor(page: Page) {
    super(page);
    this.contextMenu = page.getByRole('menu', { name: /^(Actions for|Change|Add|Care)/ });
  }

  menuItem(name: string | RegExp): Locator {
    return this.contextMenu.getByRole('menuitem', { name });
  }

  async rightClickActor(name: string): Promise<void> {
    await this.actor(name).click({ button: 'right', position: { x: 40, y: 20 } });
    await expect(this.contextMenu).toBeVisible();
  }

  /** Right-clicks the tie where it is drawn: the point nearest its middle that is the tie itself, clear of every actor. */
  async rightClickTie(from: string, to: string): Promise<void> {
    const point = await this.tie(from, to).evaluate((edge) => {
      const path = edge.querySelector('path')!;
      const matrix = path.getScreenCTM()!;
      // An actor's box (its shape, name and handles) takes the pointer before a tie under it: stay clear of them all.
      const boxes = [...document.querySelectorAll('.react-flow__node')].map((node) => node.getBoundingClientRect());
      const clear = (x: number, y: number) =>
        boxes.every((b) => x < b.left - 4 || x > b.right + 4 || y < b.top - 4 || y > b.bottom + 4);
      for (const share of [0.5, 0.4, 0.6, 0.3, 0.7, 0.2, 0.8]) {
        const p = path.getPointAtLength(path.getTotalLength() * share);
        const x = p.x * matrix.a + p.y * matrix.c + matrix.e;
        const y = p.x * matrix.b + p.y * matrix.d + matrix.f;
        if (clear(x, y) && document.elementFromPoint(x, y)?.closest('.react-flow__edge') === edge) return { x, y };
      }
      return null;
    });
    if (!point) throw new Error(`The tie ${from} → ${to} is covered everywhere along its length`);
    await this.page.mouse.click(point.x, point.y, { button: 'right' });
    await expect(this.contextMenu).toHaveAccessibleName('Actions for the tie');
  }

  /** Right-clicks empty map `at` pixels from the map's top-left corner. */
  async rightClickMap(at: { x: number; y: number }): Promise<void> {
    const box = (await this.map.boundingBox())!;
    await this.page.mouse.click(box.x + at.x, box.y + at.y, { button: 'right' });
    await expect(this.contextMenu).toBeVisible();
  }

  async choose(...path: (string | RegExp)[]): Promise<void> {
    for (const step of path) await this.menuItem(step).click();
    await expect(this.contextMenu).toHaveCount(0);
  }

  /** Names of the actors on the canvas, sorted. */
  async actorNames(): Promise<string[]> {
    const names = await this.page
      .locator('.react-flow__node')
      .evaluateAll((nodes) => nodes.map((n) => n.getAttribute('aria-label') ?? ''));
    return names.sort();
  }

  /** File › New map…: a second map in the same window (browser mode's way to have another map). */
  async newMap(name: string): Promise<void> {
    await this.page.getByRole('button', { name: 'File' }).click();
    await this.page.getByRole('menuitem', { name: 'New map…' }).click();
    const dialog = this.page.getByRole('dialog', { name: 'Start a new map' });
    await dialog.getByLabel('File name').fill(name);
    await dialog.getByRole('button', { name: 'Create map' }).click();
    await expect(this.page.getByRole('heading', { level: 1 })).toHaveText(name);
  }
}
