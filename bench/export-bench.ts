// `npx tsx bench/export-bench.ts` (after `npx electron-vite build`): export speed on big maps, printed as figures.
// - xlsx of 5,000 actors / 15,000 ties (every field filled): the pure writer, and export.data on the real map file
//   (read from SQLite, written, base64'd). Target ≤ 3 s.
// - PNG 2× of a 2,000-actor map in headless Chromium through the UI: from clicking Export to the download.
//   Target ≤ 5 s. Also the same picture rasterised in Node (the command line's resvg path), for comparison.
import { chromium } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM_ARGS } from '../playwright.config';
import { createTempBackend } from '../src/main/api/temp-backend';
import { mapPng } from '../src/main/render/map-png';
import { openMapStore, seedTaxonomy, writeNewMapFile } from '../src/main/store';
import type { Actor, ActorId, CustomField, CustomFieldId, MapDocument, Tie, TieId } from '../src/shared/domain';
import { buildExport } from '../src/shared/export/build-export';
import { blankActorDetails, blankTieDetails } from '../src/shared/record-defaults';
import { startCaremapServer } from '../tests/e2e/caremap-server';
import { median } from './stats';

const ROUNDS = 3;

function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/**
 * A map file with `actorCount` actors (every field filled) and `tieCount` ties, on a square grid `spacing` apart
 * (the picture of a 2,000-actor map 220 px apart would be wider at 2× than a browser can draw, ~16,000 px).
 */
function writeBigMap(file: string, actorCount: number, tieCount: number, spacing = { x: 220, y: 110 }): void {
  const seed = seedTaxonomy();
  const random = seeded(actorCount);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  const fields: CustomField[] = [
    {
      id: 'f-budget' as CustomFieldId,
      name: 'Budget',
      type: 'number',
      options: [],
      sortOrder: 0,
      safe: false,
      appliesTo: 'actor',
    },
    {
      id: 'f-meets' as CustomFieldId,
      name: 'Meets',
      type: 'choice',
      options: ['Weekly', 'Monthly'],
      sortOrder: 1,
      safe: false,
      appliesTo: 'actor',
    },
    {
      id: 'f-kitchen' as CustomFieldId,
      name: 'Has a kitchen',
      type: 'boolean',
      options: [],
      sortOrder: 2,
      safe: false,
      appliesTo: 'actor',
    },
  ];
  const columns = Math.ceil(Math.sqrt(actorCount * (spacing.y / spacing.x)));
  const actors: Actor[] = Array.from({ length: actorCount }, (_, i) => ({
    id: `a${i}` as ActorId,
    name: `Actor ${i + 1} of ${pick(['Maple Street', 'Clapton', 'Riverside', 'Canal Side'])}`,
    kindId: pick(seed.kinds).id,
    x: (i % columns) * spacing.x,
    y: Math.floor(i / columns) * spacing.y,
    ...blankActorDetails(),
    description: 'Runs a weekly drop-in with tea, advice and a warm welcome for anyone who comes.',
    careOfferIds: [seed.careOffers[i % 5]!.id, seed.careOffers[5 + (i % 5)]!.id],
    careModes: ['caring-for'],
    address: `${i} High Street`,
    tags: [pick(['food', 'youth', 'older people', 'housing']), pick(['lunch club', 'sport', 'arts'])],
    contact: { email: `actor${i}@example.org`, phone: '020 7946 0000', other: '' },
    notes: i % 5 === 0 ? 'Met at the spring workshop' : '',
    customValues: {
      'f-budget': Math.round(random() * 10_000),
      'f-meets': pick(['Weekly', 'Monthly']),
      'f-kitchen': random() < 0.5,
    },
  }));
  const ties: Tie[] = Array.from({ length: tieCount }, (_, i) => {
    const from = i % actorCount;
    // Up to three ties per actor, to different neighbours, so no pair repeats.
    const to = (from + [1, 7, 23][Math.floor(i / actorCount) % 3]!) % actorCount;
    return {
      id: `t${i}` as TieId,
      fromId: `a${from}` as ActorId,
      toId: `a${to}` as ActorId,
      tieTypeId: pick(seed.tieTypes).id,
      direction: pick(['one-way', 'mutual', 'none'] as const),
      ...blankTieDetails(),
      statusId: pick(seed.tieStatuses).id,
    };
  });
  writeNewMapFile(file, { name: `Bench ${actorCount}`, ...seed, customFields: fields, actors, ties });
}

function readDocument(file: string): MapDocument {
  const store = openMapStore(file);
  try {
    return store.document();
  } finally {
    store.close();
  }
}

function time(fn: () => unknown): number {
  const start = performance.now();
  fn();
  return performance.now() - start;
}

async function benchXlsx(dir: string): Promise<void> {
  const file = join(dir, 'big-5000.caremap');
  writeBigMap(file, 5000, 15_000);
  const doc = readDocument(file);
  buildExport(doc, 'xlsx', { anonymise: false }); // warm up the library
  const writer = Array.from({ length: ROUNDS }, () => time(() => buildExport(doc, 'xlsx', { anonymise: false })));
  const size = buildExport(doc, 'xlsx', { anonymise: false })[0]!.bytes.length;
  const t = createTempBackend();
  try {
    await t.backend.handlers['map.open']({ path: file });
    const operation: number[] = [];
    for (let i = 0; i < ROUNDS; i++) {
      const start = performance.now();
      await t.backend.handlers['export.data']({ format: 'xlsx', anonymise: true });
      operation.push(performance.now() - start);
    }
    console.log(
      `xlsx, ${doc.actors.length.toLocaleString('en-GB')} actors / ${doc.ties.length.toLocaleString('en-GB')} ties (${(size / 1e6).toFixed(1)} MB):`,
    );
    console.log(`  writer alone, median of ${ROUNDS}: ${Math.round(median(writer))} ms`);
    console.log(
      `  export.data (read map, anonymise, write, base64), median of ${ROUNDS}: ${Math.round(median(operation))} ms  (target ≤ 3000)`,
    );
  } finally {
    t.dispose();
  }
}

async function benchPng(dir: string, spacing: { x: number; y: number }, withNode: boolean): Promise<void> {
  const file = join(dir, `big-2000-${spacing.x}.caremap`);
  writeBigMap(file, 2000, 5000, spacing);
  const doc = readDocument(file);
  const options = {
    background: 'white' as const,
    title: doc.info.name,
    date: '2026-11-27',
    legend: true,
    anonymise: false,
    scale: 2,
  };
  let pixels = '';
  // resvg is single-threaded and slow on big pictures: one run is enough for a comparison.
  const node = time(() => {
    const png = mapPng(doc, options);
    pixels = `${png.width.toLocaleString('en-GB')} × ${png.height.toLocaleString('en-GB')} = ${Math.round((png.width * png.height) / 1e6)} million`;
  });

  const server = await startCaremapServer({ dataDir: join(dir, 'data'), mapPath: file });
  const browser = await chromium.launch({
    executablePath: process.env.CAREMAP_CHROMIUM ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, acceptDownloads: true });
    await page.goto(server.url);
    await page.getByRole('application').waitFor();
    const ui: number[] = [];
    // One warm-up export first (the first run also loads the dialog's code and fonts), then ROUNDS measured.
    for (let i = -1; i < ROUNDS; i++) {
      await page.getByRole('button', { name: 'File' }).click();
      await page.getByRole('menuitem', { name: 'Export…' }).click();
      const dialog = page.getByRole('dialog', { name: 'Export the map' });
      await dialog.getByRole('radio', { name: /Picture \(PNG\)/ }).check();
      await dialog.getByRole('radio', { name: '2×' }).check();
      const download = page.waitForEvent('download', { timeout: 120_000 });
      const failed = dialog
        .getByRole('alert')
        .waitFor({ timeout: 120_000 })
        .then(async () => {
          throw new Error(`The export failed: ${await dialog.getByRole('alert').textContent()}`);
        });
      const start = Date.now();
      await dialog.getByRole('button', { name: 'Export', exact: true }).click();
      await Promise.race([download, failed]);
      if (i >= 0) ui.push(Date.now() - start);
      await dialog.getByRole('button', { name: 'Done' }).click();
    }
    console.log(
      `PNG 2×, ${doc.actors.length.toLocaleString('en-GB')} actors / ${doc.ties.length.toLocaleString('en-GB')} ties, ${spacing.x} × ${spacing.y} apart (${pixels} pixels):`,
    );
    console.log(
      `  in Chromium through the Export dialog, click → download, median of ${ROUNDS}: ${Math.round(median(ui))} ms (runs: ${ui.join(', ')})  (target ≤ 5000)`,
    );
    if (withNode) console.log(`  in Node with resvg (command line), one run: ${Math.round(node)} ms`);
  } finally {
    await browser.close();
    await server.stop();
  }
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'caremap-export-bench-'));
  try {
    if (!process.env.BENCH_PNG_ONLY) await benchXlsx(dir);
    // A compact map (neighbours 80 × 60 apart, labels just clear of each other) and a spread-out one.
    await benchPng(dir, { x: 80, y: 60 }, true);
    await benchPng(dir, { x: 120, y: 90 }, false);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
