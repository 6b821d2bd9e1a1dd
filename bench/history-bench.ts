// `npx tsx bench/history-bench.ts`: snapshots on a big map (5,000 actors by default, BENCH_ACTORS to change):
// saving, opening and restoring a snapshot through the real handlers, the pure comparison, and, in headless
// Chromium through browser mode with the map zoomed out, the time from "Compare with now" to the first frame
// after the far layer has drawn the marks. Prints the figures (and, with BENCH_SHOT=file.png, a screenshot).
import { launchBenchBrowser, openMapPage } from './bench-page';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createBackend } from '../src/main/api/create-backend';
import { diffMaps } from '../src/shared/history';
import type { MapState, SnapshotId } from '../src/shared/history';
import { startCaremapServer } from '../tests/e2e/caremap-server';
import { generateMap } from './generate-map';
import { median } from './stats';

const ACTORS = Number(process.env.BENCH_ACTORS ?? 5000);
const RUNS = 5;

async function timed<T>(fn: () => Promise<T> | T): Promise<[T, number]> {
  const start = performance.now();
  const value = await fn();
  return [value, performance.now() - start];
}

/** Clicks "Compare with now" in the page and waits for the far layer to ring `expected` actors, then one frame. */
function compareProbe(expected: number): string {
  return `(async () => {
    const button = [...document.querySelectorAll('button')].find((b) => b.textContent === 'Compare with now');
    const start = performance.now();
    button.click();
    await new Promise((resolve) => {
      const check = () => {
        const far = document.querySelector('canvas.far-layer');
        if (far && Number(far.dataset.markedActors) >= ${Number(expected)}) requestAnimationFrame(() => resolve());
        else requestAnimationFrame(check);
      };
      check();
    });
    return performance.now() - start;
  })()`;
}

const BACK_TO_NOW = `(async () => {
  [...document.querySelectorAll('button')].find((b) => b.textContent === 'Back to now').click();
  await new Promise((resolve) => {
    const check = () => (document.querySelector('[aria-label="Showing the past"]') ? requestAnimationFrame(check) : resolve());
    check();
  });
})()`;

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'caremap-history-bench-'));
  try {
    const map = await generateMap(join(dir, 'maps', `bench-${ACTORS}.caremap`), ACTORS);
    const backend = createBackend({
      mode: 'browser',
      version: 'bench',
      dataDir: join(dir, 'node-data'),
      mapsFolder: join(dir, 'maps'),
    });
    const figures: [string, number][] = [];
    let marked = 0;
    try {
      const doc = backend.openInitialMap(map.path);
      const h = backend.handlers;
      const saves: number[] = [];
      let id = '' as SnapshotId;
      for (let i = 0; i < RUNS; i++) {
        const [saved, ms] = await timed(() => h['snapshots.save']({ name: `Workshop ${i + 1}` }));
        saves.push(ms);
        id = saved.id;
      }
      figures.push(['save a snapshot', median(saves)]);
      const opens: number[] = [];
      for (let i = 0; i < RUNS; i++) opens.push((await timed(() => h['snapshots.open']({ id })))[1]);
      figures.push(['open a snapshot (read and check its JSON)', median(opens)]);

      // A workshop's worth of change: 100 actors added, 50 deleted (with their ties), 100 renamed, every actor moved.
      const kindId = doc.kinds[0]!.id;
      for (let i = 0; i < 100; i++) await h['actors.create']({ name: `New ${i}`, kindId, x: i * 50, y: -400 });
      await h['elements.delete']({ actorIds: doc.actors.slice(0, 50).map((a) => a.id), tieIds: [] });
      for (const a of doc.actors.slice(50, 150)) await h['actors.rename']({ id: a.id, name: `${a.name} (renamed)` });
      await h['actors.move']({ moves: doc.actors.slice(50).map((a) => ({ id: a.id, x: a.x + 5, y: a.y })) });

      const snapshot = await h['snapshots.open']({ id });
      // The window's document is slim; a comparison reads records whole (records.details), as the History panel does.
      const now: MapState = {
        ...(await h['map.current']({}))!,
        ...(await h['records.details']({ allActors: true, allTies: true })),
      };
      const diffs: number[] = [];
      let diff = diffMaps(snapshot.content, now);
      for (let i = 0; i < RUNS; i++) diffs.push((await timed(() => (diff = diffMaps(snapshot.content, now))))[1]);
      figures.push([
        `compare (pure diff: ${diff.actors.length} actors and ${diff.ties.length} ties differ, ${diff.moved.length} moved)`,
        median(diffs),
      ]);
      marked = diff.actors.length;

      const [, restore] = await timed(() => h['snapshots.restore']({ id }));
      const [, undo] = await timed(() => h['history.undo']({}));
      figures.push(['restore (one undo step)', restore], ['undo the restore', undo]);
    } finally {
      backend.close();
    }

    const server = await startCaremapServer({ dataDir: join(dir, 'data'), mapPath: map.path });
    const browser = await launchBenchBrowser();
    try {
      const page = await openMapPage(browser, server.url, ACTORS, 120_000);
      // The map as a facilitator would compare on a projector: side panels closed, the History panel open.
      await page.getByRole('button', { name: 'Tools', exact: true }).click();
      await page.getByRole('button', { name: 'Details', exact: true }).click();
      await page.getByRole('button', { name: 'History', exact: true }).click();
      await page.getByRole('button', { name: 'Compare with now' }).first().waitFor();
      const compares: number[] = [];
      for (let i = 0; i < RUNS; i++) {
        compares.push(await page.evaluate<number>(compareProbe(marked)));
        if (i === RUNS - 1 && process.env.BENCH_SHOT) await page.screenshot({ path: process.env.BENCH_SHOT });
        await page.evaluate(BACK_TO_NOW);
        await page.waitForTimeout(200);
      }
      figures.push(['"Compare with now" → marks drawn (browser, zoomed out)', median(compares)]);
    } finally {
      await browser.close();
      await server.stop();
    }
    console.log(`\n${map.actors} actors, ${map.ties} ties; median of ${RUNS} runs (restore and undo: one run)`);
    console.log('| what | ms |');
    console.log('|---|---:|');
    for (const [what, ms] of figures) console.log(`| ${what} | ${ms.toFixed(1)} |`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
