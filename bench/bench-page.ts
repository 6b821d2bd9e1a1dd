// Opens a map in headless Chromium for a bench, the same way every bench does, and waits until every actor is drawn.
import { chromium, type Browser, type Page } from '@playwright/test';
import { CHROMIUM_ARGS } from '../playwright.config';
import { READY_AT, readyProbe } from './frame-probe';

export function launchBenchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: process.env.CAREMAP_CHROMIUM ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
}

export async function openMapPage(browser: Browser, url: string, actors: number, timeout = 120_000): Promise<Page> {
  // The probes are evaluated strings, which the app's CSP (rightly) forbids; bypassing it changes no drawing cost.
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, bypassCSP: true });
  await page.addInitScript(readyProbe(actors));
  await page.goto(url);
  await page.waitForFunction(READY_AT, null, { timeout });
  return page;
}
