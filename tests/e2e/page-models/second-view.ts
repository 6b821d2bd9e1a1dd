// A second view (another browser context) of the same running Caremap, for the specs on views staying in step.
import type { Browser, Page } from '@playwright/test';
import { MapPage } from './map-page';

/**
 * A second tab for the same running Caremap. Each printed address works once, so the second view gets the session key
 * the way a duplicated tab does: copied into its sessionStorage before the page loads.
 */
export async function secondView(
  browser: Browser,
  first: Page,
  viewport = { width: 1600, height: 900 },
): Promise<MapPage> {
  const key = await first.evaluate(() => sessionStorage.getItem('caremap.token'));
  const origin = new URL(first.url()).origin;
  const context = await browser.newContext({ viewport });
  await context.addInitScript((k) => sessionStorage.setItem('caremap.token', k ?? ''), key);
  const page = await context.newPage();
  const view = new MapPage(page);
  await view.open(`${origin}/`);
  return view;
}
