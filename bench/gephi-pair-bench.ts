// `npx tsx bench/gephi-pair-bench.ts`: Gephi's two-table export (nodes.csv 5,000 rows + edges.csv 15,000 rows) from the
// files' bytes to a committed import through the app's handlers (import.read with both files → import.commit), and
// reading alone (bytes → sheets) side by side with pandas.read_csv on the same two files. Median of 3 runs each.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { createBackend } from '../src/main/api/create-backend';
import { readImportFiles } from '../src/shared/import';
import { median } from './stats';

const NODES = 5000;
const EDGES = 15_000;
const RUNS = 3;

/** Gephi's Data Laboratory export: nodes Id,Label,timeset,… and edges Source,Target,Type,Id,Label,timeset,Weight. */
function writePair(dir: string): { nodes: string; edges: string } {
  const nodes = ['Id,Label,timeset,modularity_class,Degree'];
  for (let i = 0; i < NODES; i++)
    nodes.push(`${i},"Actor ${i}, ${['Café', 'Hub', 'Group', 'Ünal'][i % 4]}",,${i % 12},${(i * 7) % 40}`);
  const edges = ['Source,Target,Type,Id,Label,timeset,Weight'];
  let seed = 42;
  // A 32-bit LCG in exact integer arithmetic, scaled from its high bits (low bits repeat with a short period).
  const next = () => Math.floor(((seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0) / 2 ** 32) * NODES);
  for (let e = 0; e < EDGES; e++) {
    const a = next();
    let b = next();
    if (b === a) b = (a + 1) % NODES;
    edges.push(`${a},${b},${e % 4 ? 'Directed' : 'Undirected'},${e},,,${1 + (e % 31)}.0`);
  }
  const paths = { nodes: join(dir, 'nodes.csv'), edges: join(dir, 'edges.csv') };
  writeFileSync(paths.nodes, `${nodes.join('\n')}\n`);
  writeFileSync(paths.edges, `${edges.join('\n')}\n`);
  return paths;
}

async function importOnce(
  files: { fileName: string; bytes: Buffer }[],
): Promise<{ total: number; actors: number; ties: number }> {
  const dir = mkdtempSync(join(tmpdir(), 'caremap-gephi-bench-'));
  const backend = createBackend({ mode: 'browser', version: 'bench', dataDir: dir, mapsFolder: dir });
  try {
    backend.openInitialMap(join(dir, 'Bench.caremap'));
    const h = backend.handlers;
    const [first, second] = files.map((f) => ({ fileName: f.fileName, base64: f.bytes.toString('base64') }));
    const t0 = performance.now();
    const read = await h['import.read']({ ...first!, more: [second!] });
    const result = await h['import.commit']({ importId: read.importId, choices: read.choices });
    const total = performance.now() - t0;
    return { total, actors: result.summary.counts.actorsAdded, ties: result.summary.counts.tiesAdded };
  } finally {
    backend.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** pandas.read_csv of both files, median of RUNS, in ms; null (with the reason) when no Python with pandas is here. */
function pandasMs(paths: { nodes: string; edges: string }): { ms: number | null; note: string } {
  const script = `import sys, time, statistics\nimport pandas as pd\nt=[]\nfor _ in range(${RUNS}):\n  s=time.perf_counter(); pd.read_csv(sys.argv[1]); pd.read_csv(sys.argv[2]); t.append((time.perf_counter()-s)*1000)\nprint(statistics.median(t)); print(pd.__version__)`;
  for (const python of ['python3', '/usr/bin/python3']) {
    const run = spawnSync(python, ['-c', script, paths.nodes, paths.edges], { encoding: 'utf8' });
    if (run.status === 0) {
      const [ms, version] = run.stdout.trim().split('\n');
      return { ms: Number(ms), note: `pandas ${version} (${python})` };
    }
  }
  return {
    ms: null,
    note: 'pandas is not installed here (Debian: apt-get install -y python3-pandas), so there is no side-by-side figure',
  };
}

const dir = mkdtempSync(join(tmpdir(), 'caremap-gephi-pair-'));
try {
  const paths = writePair(dir);
  const files = [
    { fileName: 'nodes.csv', bytes: readFileSync(paths.nodes) },
    { fileName: 'edges.csv', bytes: readFileSync(paths.edges) },
  ];
  console.log(
    `Gephi pair: ${NODES.toLocaleString('en-GB')} nodes, ${EDGES.toLocaleString('en-GB')} edges (${((files[0]!.bytes.length + files[1]!.bytes.length) / 1024).toFixed(0)} KB)`,
  );
  const reads: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now();
    readImportFiles(files.map((f) => ({ fileName: f.fileName, bytes: new Uint8Array(f.bytes) })));
    reads.push(performance.now() - t);
  }
  const imports: Awaited<ReturnType<typeof importOnce>>[] = [];
  for (let i = 0; i < RUNS; i++) imports.push(await importOnce(files));
  const read = median(reads);
  const total = median(imports.map((r) => r.total));
  const pandas = pandasMs(paths);
  console.log(`Imported ${imports[0]!.actors} actors and ${imports[0]!.ties} ties (median of ${RUNS} runs):`);
  console.log(`  reading both files (bytes → sheets):      ${read.toFixed(0)} ms`);
  console.log(
    `  pandas.read_csv of both files:            ${pandas.ms === null ? '—' : `${pandas.ms.toFixed(0)} ms`}  ${pandas.note}`,
  );
  if (pandas.ms !== null)
    console.log(`  reading, Caremap ÷ pandas:                ${(read / pandas.ms).toFixed(1)}×  (aim ≤ 2×)`);
  console.log(`  files to committed import (read + commit): ${total.toFixed(0)} ms  (target ≤ 3,000 ms)`);
  console.log(`Load average (1 min): ${loadavg()[0]!.toFixed(1)} on ${(await import('node:os')).cpus().length} cores.`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
