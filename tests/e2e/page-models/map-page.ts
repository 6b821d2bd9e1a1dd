// Page object for Caremap's map window: finds things the way a person does (by role and name) and performs gestures.
import { expect, type Locator, type Page } from '@playwright/test';

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export class MapPage {
  readonly map: Locator;
  readonly status: Locator;
  readonly renameField: Locator;
  readonly quickAddName: Locator;
  readonly quickAddKind: Locator;

  constructor(readonly page: Page) {
    this.map = page.getByRole('main', { name: 'Map' });
    this.status = page.getByRole('status');
    this.renameField = page.getByRole('textbox', { name: 'Rename actor' });
    this.quickAddName = page.getByLabel('Actor name', { exact: true });
    this.quickAddKind = page.getByLabel('Kind of actor', { exact: true });
  }

  async open(url: string): Promise<void> {
    await this.page.goto(url);
    await expect(this.page.getByRole('heading', { level: 1 })).not.toHaveText('No map is open');
    await expect(this.page.getByRole('application')).toBeVisible();
  }

  async reload(): Promise<void> {
    await this.page.reload();
    await expect(this.page.getByRole('application')).toBeVisible();
  }

  actor(name: string): Locator {
    return this.page.getByRole('group', { name, exact: true });
  }

  tie(from: string, to: string): Locator {
    return this.page.getByRole('group', { name: `Tie from ${from} to ${to}`, exact: true });
  }

  paletteItem(kind: string): Locator {
    return this.page.getByRole('button', { name: kind, exact: true });
  }

  undoButton(): Locator {
    return this.page.getByRole('button', { name: /^Undo/ });
  }

  redoButton(): Locator {
    return this.page.getByRole('button', { name: /^Redo/ });
  }

  /** Drags a kind from the palette onto the map at `at` (relative to the map's top-left) and names the new actor. */
  async dragKindOntoMap(kind: string, at: { x: number; y: number }, name: string): Promise<void> {
    await this.paletteItem(kind).dragTo(this.map, { targetPosition: at });
    await expect(this.renameField).toBeFocused();
    await this.renameField.fill(name);
    await this.renameField.press('Enter');
    await expect(this.actor(name)).toBeVisible();
  }

  async quickAdd(name: string, kind: string): Promise<void> {
    await this.quickAddName.fill(name);
    await this.quickAddKind.selectOption({ label: kind });
    await this.quickAddName.press('Enter');
    await expect(this.actor(name)).toBeVisible();
  }

  /** Drags from the tie knob beside `from` onto `to`. */
  async drawTie(from: string, to: string): Promise<void> {
    const source = this.actor(from);
    await source.hover();
    const knob = source.getByTitle('Drag to another actor to draw a tie');
    const start = await centre(knob);
    const end = await centre(this.actor(to));
    await this.page.mouse.move(start.x, start.y);
    await this.page.mouse.down();
    await this.page.mouse.move(end.x, end.y, { steps: 12 });
    await this.page.mouse.up();
    await expect(this.tie(from, to)).toBeAttached();
  }

  /** Drags an actor by its shape, `dx`/`dy` screen pixels, and waits until the move is saved. */
  async moveActor(name: string, dx: number, dy: number): Promise<void> {
    const box = await this.box(name);
    const x = box.x + box.width / 2;
    const y = box.y + box.height * 0.3; // the shape, above the name
    await this.page.mouse.move(x, y);
    await this.page.mouse.down();
    await this.page.mouse.move(x + dx, y + dy, { steps: 10 });
    await this.page.mouse.up();
    await expect(this.status).toHaveText('Moved 1 actor.');
  }

  async box(name: string): Promise<Box> {
    const box = await this.actor(name).boundingBox();
    if (!box) throw new Error(`${name} is not on screen`);
    return box;
  }

  /** Where `name` sits relative to `anchor`, in actor widths: independent of how far the map is zoomed. */
  async offset(name: string, anchor: string): Promise<{ x: number; y: number }> {
    const [a, b] = [await this.box(anchor), await this.box(name)];
    return { x: (b.x - a.x) / a.width, y: (b.y - a.y) / a.width };
  }
}

async function centre(locator: Locator): Promise<{ x: number; y: number }> {
  const box = await locator.boundingBox();
  if (!box) throw new Error('Not on screen');
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}
