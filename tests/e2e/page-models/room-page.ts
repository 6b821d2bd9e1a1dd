// Page object for the map's room: measures what covers the map (header, panels, legend, toolbar…) and the actors.
import type { Page } from '@playwright/test';
import type { Box } from './map-page';

/** Everything an actor must never sit under once the map is fitted. */
export const COVERS: Record<string, string> = {
  header: '.app-header',
  tools: '.side-panel',
  details: '.inspector',
  analysis: '.analysis',
  history: '.history',
  table: '.table-panel',
  rail: '.panel-rail',
  legend: '.legend',
  toolbar: '.map-toolbar__row',
  overview: '.overview',
  zoom: '.react-flow__controls',
};

export interface Room {
  map: Box;
  covers: { name: string; box: Box }[];
  actors: { name: string; box: Box }[];
}

export const intersects = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
export const within = (a: Box, b: Box) =>
  a.x >= b.x - 0.5 &&
  a.y >= b.y - 0.5 &&
  a.x + a.width <= b.x + b.width + 0.5 &&
  a.y + a.height <= b.y + b.height + 0.5;

export class RoomPage {
  constructor(readonly page: Page) {}

  async measure(): Promise<Room> {
    return this.page.evaluate((covers) => {
      const box = (e: Element) => {
        const r = e.getBoundingClientRect();
        return { x: r.x, y: r.y, width: r.width, height: r.height };
      };
      const main = document.querySelector('.app__main');
      if (!main) throw new Error('no map on the page');
      return {
        map: box(main),
        covers: Object.entries(covers).flatMap(([name, selector]) =>
          [...document.querySelectorAll(selector)]
            .map((e) => ({ name, box: box(e) }))
            .filter((c) => c.box.width > 0 && c.box.height > 0),
        ),
        actors: [...document.querySelectorAll('.react-flow__node-actor')].map((e) => ({
          name: e.getAttribute('aria-label') ?? '?',
          box: box(e),
        })),
      };
    }, COVERS);
  }

  /** "actor under cover" lines for every actor that is outside the map or under something; empty when all is clear. */
  async actorsUnderCovers(): Promise<string[]> {
    const room = await this.measure();
    const problems: string[] = [];
    for (const actor of room.actors) {
      if (!within(actor.box, room.map)) problems.push(`${actor.name} outside the map`);
      for (const cover of room.covers)
        if (intersects(actor.box, cover.box)) problems.push(`${actor.name} under the ${cover.name}`);
    }
    return problems;
  }

  /**
   * How the visible children of `selector` lie: on one row when a horizontal line crosses every one of them
   * (the lowest top is above the highest bottom); `overflow` is how far they run past the parent's width.
   */
  async row(selector: string): Promise<{ lowestTop: number; highestBottom: number; overflow: number; height: number }> {
    return this.page.evaluate((sel) => {
      const parent = document.querySelector(sel);
      if (!parent) throw new Error(`nothing matches ${sel}`);
      const rects = [...parent.children]
        .map((c) => c.getBoundingClientRect())
        .filter((r) => r.width > 0 && r.height > 0);
      return {
        lowestTop: Math.max(...rects.map((r) => r.top)),
        highestBottom: Math.min(...rects.map((r) => r.bottom)),
        overflow: parent.scrollWidth - parent.clientWidth,
        height: parent.getBoundingClientRect().height,
      };
    }, selector);
  }
}
