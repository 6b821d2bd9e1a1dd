// The bench workbook read into text cells by readWorkbook (the fast .xlsx reader) and by SheetJS's path alone
// (readSpreadsheet with fastXlsx off, what readWorkbook did before), alternated in one thread, median of 5, wall and
// CPU time, with the load average: `BENCH_SIZES=20000 npx tsx bench/xlsx-read-bench.ts`.
import { isDeepStrictEqual } from 'node:util';
import { loadavg } from 'node:os';
import { readWorkbook } from '../src/shared/import/read-workbook';
import { readSpreadsheet } from '../src/shared/import/read-spreadsheet';
import { benchMapRows, benchSizes, benchWorkbook } from './import-workbook';
import { median } from './stats';

const load = () =>
  loadavg()
    .map((n) => n.toFixed(2))
    .join(' ');
const cpuNow = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

function timed(fn: () => unknown): { wall: number; cpu: number } {
  const wall = performance.now();
  const cpu = cpuNow();
  fn();
  return { wall: performance.now() - wall, cpu: cpuNow() - cpu };
}

console.log(`load average before: ${load()}`);
for (const actors of benchSizes([20_000])) {
  const bytes = new Uint8Array(benchWorkbook(benchMapRows(actors)));
  const fast = () => readWorkbook('bench.xlsx', bytes).sheets;
  const sheetjs = () => readSpreadsheet('bench.xlsx', bytes, { fastXlsx: false });
  if (!isDeepStrictEqual(fast(), sheetjs()))
    throw new Error('the fast reader and SheetJS disagree on the bench workbook');
  const runs = { sheetjs: [] as { wall: number; cpu: number }[], fast: [] as { wall: number; cpu: number }[] };
  for (let i = 0; i < 5; i++) {
    runs.sheetjs.push(timed(sheetjs));
    runs.fast.push(timed(fast));
  }
  const row = (name: string, list: { wall: number; cpu: number }[]) =>
    `${name.padEnd(30)} wall ${median(list.map((t) => t.wall))
      .toFixed(0)
      .padStart(5)} ms  cpu ${median(list.map((t) => t.cpu))
      .toFixed(0)
      .padStart(5)} ms  (runs ${list.map((t) => t.wall.toFixed(0)).join(', ')})`;
  console.log(`${actors} actors, ${actors * 3} ties, ${(bytes.length / 1e6).toFixed(1)} MB`);
  console.log(row('SheetJS path', runs.sheetjs));
  console.log(row('readWorkbook (fast reader)', runs.fast));
  const ratio = median(runs.sheetjs.map((t) => t.wall)) / median(runs.fast.map((t) => t.wall));
  console.log(`${ratio.toFixed(1)}× faster`);
}
console.log(`load average after: ${load()}`);
