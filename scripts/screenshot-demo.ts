// Retakes docs/demo-map.png, the README's picture: the demo map as a first-time user sees it, in browser mode.
// Run after a build: npx electron-vite build && npx tsx scripts/screenshot-demo.ts [out.png] (default docs/demo-map.png).
import { chromium } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startCaremapServer } from '../tests/e2e/caremap-server';

const ROOT = join(import.meta.dirname, '..');
const out = process.argv[2] ?? join(ROOT, 'docs', 'demo-map.png');
const size = { width: Number(process.env.SHOT_WIDTH ?? 1600), height: Number(process.env.SHOT_HEIGHT ?? 1000) };

const dataDir = mkdtempSync(join(tmpdir(), 'caremap-shot-'));
const server = await startCaremapServer({ dataDir });
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium' });
try {
  const page = await browser.newPage({ viewport: size });
  await page.goto(server.url);
  await page.getByRole('application').waitFor();
  await page.locator('.react-flow__node-actor').first().waitFor();
  // The map is the picture: close the empty Details panel if it is open, then fit the map to the room it has.
  const details = page.getByRole('button', { name: 'Details', exact: true });
  if ((await details.getAttribute('aria-pressed')) === 'true') await details.click();
  await page.getByRole('button', { name: 'Fit the whole map in view' }).click();
  // Let the fit's frame and the legend settle (a fixed picture, not a test: no assertion depends on it).
  await page.waitForTimeout(600);
  await page.screenshot({ path: out });
  console.log(`Saved ${out} (${size.width}×${size.height})`);
} finally {
  await browser.close();
  await server.stop();
  rmSync(dataDir, { recursive: true, force: true });
}
