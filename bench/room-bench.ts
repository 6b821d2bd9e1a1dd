// The room bench: 30 simulated participants add actors and ties for 60 s while the facilitator's page drags an actor;
// measures lost edits, whether every view converges to the file, edit-to-every-view latency and the facilitator's frames.
// Run: npx electron-vite build, then npx tsx bench/room-bench.ts
//   BENCH_SECONDS (60), BENCH_BASELINE_SECONDS (10), BENCH_PARTICIPANTS (30), BENCH_PAUSE_MS (1000: each participant
//   waits 0.5–1.5× this between its edits), BENCH_VIA=view to use loopback views even where the room can be joined.
import { unpackCanvasDocument, type CanvasPayload } from '../src/shared/canvas-pack';
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { startCaremapServer } from '../tests/e2e/caremap-server';
import { openMapStore } from '../src/main/store';
import { launchBenchBrowser } from './bench-page';
import { dragWhile, shownTotals, statusCounts, TOTAL_CLOCK } from './room-facilitator';
import { JoinedDeviceLink, LoopbackViewLink, type Ack, type ParticipantLink } from './room-links';
import { wallNow } from './room-stream';
import { editLatencies, facilitatorShownAt, summary } from './room-figures';

const env = (name: string, fallback: number, max: number) =>
  Math.max(1, Math.min(max, Number(process.env[name] ?? fallback) || fallback));
const SECONDS = env('BENCH_SECONDS', 60, 600);
const BASELINE_SECONDS = env('BENCH_BASELINE_SECONDS', Math.min(10, SECONDS), 120);
const PARTICIPANTS = env('BENCH_PARTICIPANTS', 30, 100);
const PAUSE_MS = env('BENCH_PAUSE_MS', 1000, 60_000);
const SEED_ACTORS = 60;
/** canvas/lod.ts's LOD_ZOOM (not imported: that module pulls React Flow into Node). */
const LOD_ZOOM = 0.45;
const PICK = 'Facilitator’s pick';

/** A small seeded generator, so two runs make the same choices (mulberry32). */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function facilitatorApi(origin: string, key: string) {
  return async <T>(operation: string, input: unknown): Promise<T> => {
    const response = await fetch(`${origin}/api/${operation}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Caremap-Token': key, 'X-Caremap-View': 'bench-facilitator' },
      body: JSON.stringify(input),
    });
    const answer = (await response.json()) as { ok: boolean; value: T; error?: { message: string } };
    if (!answer.ok) throw new Error(`${operation}: ${answer.error?.message}`);
    return answer.value;
  };
}

/** A map a workshop might have an hour in: the facilitator's pick in the middle, 60 actors round it, a tie each. */
async function seed(call: ReturnType<typeof facilitatorApi>, kinds: string[]): Promise<void> {
  const ids: string[] = [];
  const made = await call<{ changes: { actorsPut: { id: string }[] } }>('actors.create', {
    name: PICK,
    kindId: kinds[0],
    x: 0,
    y: 0,
  });
  ids.push(made.changes.actorsPut[0]!.id);
  for (let i = 0; i < SEED_ACTORS; i++) {
    const angle = (2 * Math.PI * i) / SEED_ACTORS;
    const r = await call<{ changes: { actorsPut: { id: string }[] } }>('actors.create', {
      name: `Seed ${i + 1}`,
      kindId: kinds[i % kinds.length],
      x: Math.round(Math.cos(angle) * 200),
      y: Math.round(Math.sin(angle) * 200),
    });
    ids.push(r.changes.actorsPut[0]!.id);
  }
  for (let i = 1; i <= SEED_ACTORS; i++)
    await call('ties.create', { fromId: ids[i], toId: ids[(i % SEED_ACTORS) + 1] });
}

/** One participant: adds an actor or a tie (from one of their own actors to any they can see), pausing between. */
async function participate(
  link: ParticipantLink,
  index: number,
  kinds: string[],
  deadline: number,
  acks: Ack[],
  refusals: Map<string, number>,
) {
  const rng = random(index + 1);
  const mine: string[] = [];
  let n = 0;
  while (wallNow() < deadline) {
    await sleep(PAUSE_MS * (0.5 + rng()));
    if (wallNow() >= deadline) break;
    const sentAt = wallNow();
    try {
      if (mine.length === 0 || rng() < 0.5) {
        const x = 900 + (index % 6) * 400 + Math.round(rng() * 350);
        const y = -900 + Math.floor(index / 6) * 400 + Math.round(rng() * 350);
        const made = await link.addActor(
          `${link.name} · neighbour ${++n}`,
          kinds[Math.floor(rng() * kinds.length)]!,
          x,
          y,
        );
        acks.push({ kind: 'actor', id: made.id, seq: made.seq, sentAt, at: wallNow() });
        mine.push(made.id);
      } else {
        const seen = [...link.view.actors];
        const from = mine[Math.floor(rng() * mine.length)]!;
        const to = seen[Math.floor(rng() * seen.length)]!;
        if (to === from) continue;
        const made = await link.addTie(from, to);
        acks.push({ kind: 'tie', id: made.id, seq: made.seq, sentAt, at: wallNow() });
      }
    } catch (error) {
      // "code: sentence", shortened: the same refusal from many participants is counted once.
      const reason = (error as Error).message.slice(0, 90);
      refusals.set(reason, (refusals.get(reason) ?? 0) + 1);
    }
  }
}

/** The room's share listener when this build has one, else loopback views of the ordinary API. */
async function makeLinks(
  call: ReturnType<typeof facilitatorApi>,
  origin: string,
  key: string,
): Promise<ParticipantLink[]> {
  const names = Array.from({ length: PARTICIPANTS }, (_, i) => `Participant ${i + 1}`);
  if (process.env.BENCH_VIA !== 'view') {
    try {
      const share = await call<{ joinUrl: string; joinCode: string }>('share.start', { address: '127.0.0.1' });
      const roomOrigin = new URL(share.joinUrl).origin;
      const links = names.map((name) => new JoinedDeviceLink(roomOrigin, share.joinCode, name));
      for (const link of links) await link.join();
      return links;
    } catch (error) {
      console.log(`(Joining the room failed — ${(error as Error).message} — so participants are loopback views.)`);
    }
  }
  return names.map((name, i) => new LoopbackViewLink(origin, key, name, `bench-participant-${i + 1}`));
}

async function waitUntil(what: string, check: () => Promise<boolean> | boolean, ms = 20_000): Promise<void> {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`Gave up waiting: ${what}`);
    await sleep(50);
  }
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'caremap-room-bench-'));
  const mapPath = join(dir, 'maps', 'Room bench.caremap');
  const server = await startCaremapServer({ dataDir: join(dir, 'data'), mapPath });
  const browser = await launchBenchBrowser();
  const streams = new AbortController();
  const loadBefore = loadavg();
  try {
    const page: Page = await browser.newPage({ viewport: { width: 1280, height: 800 }, bypassCSP: true });
    await page.addInitScript(TOTAL_CLOCK);
    await page.goto(server.url);
    await page.getByRole('application').waitFor();
    const key = (await page.evaluate(() => sessionStorage.getItem('caremap.token'))) ?? '';
    const origin = new URL(server.url).origin;
    const call = facilitatorApi(origin, key);
    const kinds = unpackCanvasDocument(await call<CanvasPayload>('map.current', {})).kinds.map((k) => k.id);
    await seed(call, kinds);
    await page.reload(); // fits the seeded map in view, as opening it would
    await page.getByRole('group', { name: PICK, exact: true }).waitFor();
    // The facilitator works close up, where actors are elements (see canvas/lod.ts): the map passes 300 actors during
    // the run, and zoomed out it would be drawn on one canvas, with no element to find the pick by.
    const zoom = await page.evaluate<number>(
      `new DOMMatrix(getComputedStyle(document.querySelector('.react-flow__viewport')).transform).a`,
    );
    if (!(zoom >= LOD_ZOOM)) throw new Error(`The seeded map fits at zoom ${zoom}, too far out`);

    const baseline = await dragWhile(page, PICK, deadlineIn(BASELINE_SECONDS));

    const links = await makeLinks(call, origin, key);
    const via = links[0] instanceof JoinedDeviceLink ? 'joined with the room code' : 'loopback views of /api/';
    await Promise.all(links.map((link) => link.connect(streams.signal)));
    const start = unpackCanvasDocument(await call<CanvasPayload>('map.current', {}));
    const seedTotal = start.actors.length + start.ties.length;
    await waitUntil('the facilitator page shows the seeded map', async () => {
      const c = await statusCounts(page);
      return c.actors + c.ties === seedTotal;
    });

    const acks: Ack[] = [];
    const refusals = new Map<string, number>();
    const deadline = wallNow() + SECONDS * 1000;
    const [run] = await Promise.all([
      dragWhile(page, PICK, () => wallNow() >= deadline),
      ...links.map((link, i) => participate(link, i, kinds, deadline, acks, refusals)),
    ]);
    const loadDuring = loadavg();

    // Settle: every view reaches the file's last seq (a view that never does fails the bench here, with its name).
    const end = unpackCanvasDocument(await call<CanvasPayload>('map.current', {}));
    const endSeq = end.live!.seq;
    const endTotal = end.actors.length + end.ties.length;
    await waitUntil('every participant’s stream reaches the last edit', () => links.every((l) => l.view.seq >= endSeq));
    await waitUntil('the facilitator page shows the last edit', async () => {
      const c = await statusCounts(page);
      return c.actors + c.ties === endTotal;
    });
    const after = await dragWhile(page, PICK, deadlineIn(BASELINE_SECONDS));
    const finalSeq = unpackCanvasDocument(await call<CanvasPayload>('map.current', {})).live!.seq;
    await waitUntil('every stream hears the last drag', () => links.every((l) => l.view.seq >= finalSeq));
    const pageCounts = await statusCounts(page);
    const totals = await shownTotals(page);
    streams.abort();
    await browser.close();
    await server.stop();

    // The file itself, opened after Caremap closed it: what is really there.
    const store = openMapStore(mapPath);
    const fileActors = new Set<string>(store.actors().map((a) => a.id));
    const fileTies = new Set<string>(store.ties().map((t) => t.id));
    store.close();

    const lost = acks.filter((a) => !(a.kind === 'actor' ? fileActors : fileTies).has(a.id));
    const sameSet = (a: Set<string>, b: Set<string>) => a.size === b.size && [...a].every((id) => b.has(id));
    const diverged = links.filter((l) => !sameSet(l.view.actors, fileActors) || !sameSet(l.view.ties, fileTies));
    const pageInStep = pageCounts.actors === fileActors.size && pageCounts.ties === fileTies.size;
    const shownAt = facilitatorShownAt(acks, seedTotal, totals);
    const lat = editLatencies(acks, links, shownAt);

    const [l1, l5, l15] = loadDuring.map((l) => l.toFixed(2));
    const f = (n: number) => (Number.isFinite(n) ? n.toFixed(1) : '—');
    console.log(
      `Room bench: ${PARTICIPANTS} participants (${via}), ${SECONDS} s, one edit each every ~${PAUSE_MS} ms,`,
    );
    console.log(`while the facilitator's page (headless Chromium, 1280×800) drags an actor; browser mode, loopback.`);
    console.log(
      `  acknowledged edits: ${acks.length} (${acks.filter((a) => a.kind === 'actor').length} actors, ${acks.filter((a) => a.kind === 'tie').length} ties); refused: ${[...refusals].map(([r, n]) => `${n} ${r}`).join(', ') || 'none'}`,
    );
    console.log(`  lost (acknowledged but not in the file): ${lost.length}`);
    console.log(`  file at the end: ${fileActors.size} actors, ${fileTies.size} ties, seq ${finalSeq}`);
    console.log(
      `  views converged to the file: ${links.length - diverged.length}/${links.length} participant streams (same ids, seq ${finalSeq}); facilitator page ${pageInStep ? 'shows the file’s counts' : `shows ${pageCounts.actors}/${pageCounts.ties}: NOT in step`}`,
    );
    console.log(
      `  stream reloads after a gap: ${links.reduce((s, l) => s + l.view.reloads - 1, 0)}; (edit, view) pairs delivered only by a reload: ${lat.missing}`,
    );
    console.log(`  | latency, ack → shown (ms) | p50 | p95 | max | samples |`);
    console.log(`  | --- | --- | --- | --- | --- |`);
    for (const row of [
      ['each participant stream', lat.streams],
      ['facilitator page (painted)', lat.page],
      [`every view (slowest of all ${links.length + 1} per edit)`, lat.every],
      ['every view, from the request being sent', lat.everyFromSend],
      ['the participant’s own answer (request → ack)', acks.map((a) => a.at - a.sentAt)],
    ] as const) {
      const s = summary(row[1]);
      console.log(`  | ${row[0]} | ${f(s.p50)} | ${f(s.p95)} | ${f(s.max)} | ${row[1].length} |`);
    }
    console.log(`  | facilitator frames (ms) | p50 | p95 | longest | frames |`);
    console.log(`  | --- | --- | --- | --- | --- |`);
    for (const [label, phase] of [
      [`drag alone, before (${start.actors.length} actors)`, baseline],
      ['drag while participants add', run],
      [`drag alone, after (${fileActors.size} actors)`, after],
    ] as const) {
      const s = summary(phase.frames);
      console.log(`  | ${label} | ${f(s.p50)} | ${f(s.p95)} | ${f(s.max)} | ${phase.frames.length} |`);
    }
    console.log(
      `  load average before ${loadBefore.map((l) => l.toFixed(2)).join(' / ')}, at the end of the run ${l1} / ${l5} / ${l15} (${process.env.CAREMAP_BENCH_MACHINE ?? 'this machine'})`,
    );
    if (lost.length > 0 || diverged.length > 0 || !pageInStep) process.exitCode = 1;
  } finally {
    streams.abort();
    await browser.close().catch(() => undefined);
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

function deadlineIn(seconds: number): () => boolean {
  const end = wallNow() + seconds * 1000;
  return () => wallNow() >= end;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
