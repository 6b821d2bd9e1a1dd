// `npx tsx bench/open-payload-bench.ts`: what opening a map sends to the window, before and after the slim canvas
// payload, at BENCH_SIZES actors (default 5000,20000): the bytes, main's time to read and serialise them, and the
// page's time to parse them (JSON.parse here: the same V8). "full" is the whole document main used to send
// (store.document()); "slim" is what map.open / map.current send now (store.canvasDocument(), packed in columns). Then what the panels
// fetch on demand: one actor's details (the inspector) and every record's (the table, the report). Each size is
// measured on the generated map as it is (names only, as the figures) and again with every actor's
// description, address, website and notes filled in, as a real borough map would have them.
// BENCH_DIR keeps the generated maps between runs (and reuses them).
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createBackend } from '../src/main/api/create-backend';
import { openMapStore, type MapStore } from '../src/main/store';
import { packCanvasDocument, unpackCanvasDocument, type CanvasPayload } from '../src/shared/canvas-pack';
import type { ActorId } from '../src/shared/domain';
import { generateMap } from './generate-map';
import { median } from './stats';

const SIZES = (process.env.BENCH_SIZES ?? '5000,20000').split(',').map(Number);
const RUNS = Number(process.env.BENCH_RUNS ?? 5);

interface Sample {
  bytes: number;
  serverMs: number;
  parseMs: number;
}

function measure(build: () => unknown, unpack?: (value: never) => unknown): Sample {
  const start = performance.now();
  const text = JSON.stringify({ ok: true, value: build() });
  const serverMs = performance.now() - start;
  const parseStart = performance.now();
  const parsed = JSON.parse(text) as { value: never };
  unpack?.(parsed.value);
  return { bytes: Buffer.byteLength(text), serverMs, parseMs: performance.now() - parseStart };
}

const firstIds = new WeakMap<MapStore, ActorId>();
/** Looked up once per store, outside the timing. */
const firstActor = (s: MapStore): ActorId => {
  if (!firstIds.has(s)) firstIds.set(s, s.canvasDocument().actors[0]!.id);
  return firstIds.get(s)!;
};

type Payload = [label: string, build: (store: MapStore) => unknown, unpack?: (value: CanvasPayload) => unknown];

const PAYLOADS: Payload[] = [
  ['full document (before)', (s) => s.document()],
  [
    'slim document (map.open now, packed; parse + unpack)',
    (s) => packCanvasDocument(s.canvasDocument()),
    unpackCanvasDocument,
  ],
  ['slim document, unpacked (for comparison)', (s) => s.canvasDocument()],
  ['one actor’s details (inspector)', (s) => ({ actors: s.actorsByIds([firstActor(s)]), ties: [] })],
  ['every record’s details (table, report)', (s) => ({ actors: s.actors(), ties: s.ties() })],
];

/** Interleaved: each run measures every payload once, so load on the machine falls on all of them alike. */
function measureAll(store: MapStore): Sample[][] {
  const samples: Sample[][] = PAYLOADS.map(() => []);
  for (let run = 0; run < RUNS; run++)
    PAYLOADS.forEach(([, build, unpack], i) => samples[i]!.push(measure(() => build(store), unpack)));
  return samples;
}

function report(title: string, samples: Sample[][]): void {
  const fullBytes = samples[0]![0]!.bytes;
  console.log(`\n${title}`);
  console.log('| payload | MB | % of full | main: read + serialise (median ms) | page: parse (median ms) |');
  console.log('|---|---:|---:|---:|---:|');
  PAYLOADS.forEach(([label], i) => {
    const runs = samples[i]!;
    const bytes = runs[0]!.bytes;
    const mb = bytes < 10_000 ? `${(bytes / 1000).toFixed(1)} kB` : (bytes / 1e6).toFixed(2);
    console.log(
      `| ${label} | ${mb} | ${((100 * bytes) / fullBytes).toFixed(1)}% | ${median(runs.map((r) => r.serverMs)).toFixed(1)} | ${median(runs.map((r) => r.parseMs)).toFixed(1)} |`,
    );
  });
}

/** Fills every actor's text fields in one edit, as a map built from partners' lists would have them. */
async function fillDetails(path: string, dir: string): Promise<void> {
  const backend = createBackend({
    mode: 'browser',
    version: 'bench',
    dataDir: join(dir, 'fill-data'),
    mapsFolder: dir,
  });
  try {
    const doc = backend.openInitialMap(path);
    await backend.handlers['actors.update']({
      ids: doc.actors.map((a) => a.id),
      patch: {
        description: 'Weekly drop-in lunch club and befriending for older neighbours; volunteers welcome.',
        address: '14 Maple Street, Hackney, E8 1AB',
        website: 'maplestreet.org.uk',
        notes: 'Met at the March workshop; runs the Tuesday club with two volunteers. Ask about transport.',
      },
    });
  } finally {
    backend.close();
  }
}

async function main(): Promise<void> {
  const dir = process.env.BENCH_DIR ?? mkdtempSync(join(tmpdir(), 'caremap-payload-bench-'));
  mkdirSync(dir, { recursive: true });
  console.log(
    `load average ${(await import('node:os'))
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}; ${RUNS} runs`,
  );
  try {
    for (const size of SIZES) {
      const path = join(dir, `payload-${size}.caremap`);
      const filledPath = join(dir, `payload-${size}-filled.caremap`);
      if (!existsSync(path)) {
        const started = performance.now();
        const map = await generateMap(path, size);
        const seconds = ((performance.now() - started) / 1000).toFixed(0);
        console.log(`\ngenerated ${map.actors} actors, ${map.ties} ties in ${seconds} s`);
      }
      if (!existsSync(filledPath)) {
        copyFileSync(path, filledPath);
        await fillDetails(filledPath, dir);
      }
      for (const filled of [false, true]) {
        const store = openMapStore(filled ? filledPath : path);
        try {
          report(
            `${size.toLocaleString('en-GB')} actors, ${filled ? 'details filled in' : 'names only'}`,
            measureAll(store),
          );
        } finally {
          store.close();
        }
      }
    }
  } finally {
    if (!process.env.BENCH_DIR) rmSync(dir, { recursive: true, force: true });
  }
}

void main();
