// The import bench's Kumu-style map: N actors and exactly the ties asked for (3 × N by default), as the rows of an
// Elements and a Connections sheet, written as an .xlsx workbook or as two CSV files of the same rows.
import * as XLSX from 'xlsx';

const TYPES = ['Person', 'Charity/CIC', 'Social Enterprise', 'Mutual aid', 'Community hub', 'Council', 'Faith group'];
const TIE_TYPES = ['Referral', 'Collaboration', 'Peer support', 'Funding'];

export interface BenchMapRows {
  actors: number;
  ties: number;
  elements: string[][];
  connections: string[][];
}

/** Sizes from `BENCH_SIZES=5000,20000` (actors; ties are 3 × actors), else the given default. */
export function benchSizes(fallback: readonly number[], env = process.env.BENCH_SIZES): number[] {
  if (!env) return [...fallback];
  const sizes = env.split(',').map((s) => Number(s.trim().replace(/_/g, '')));
  if (sizes.some((n) => !Number.isInteger(n) || n < 2))
    throw new Error(`BENCH_SIZES must be whole numbers of actors of 2 or more, separated by commas (got “${env}”).`);
  return sizes;
}

export const benchActorName = (i: number) => `Actor ${i} ${['Café', 'Hub', 'Group', 'Ünal'][i % 4]}`;

/**
 * A 32-bit LCG in exact integer arithmetic (Math.imul), scaled from its high bits. The old generator multiplied in
 * floating point past 2⁵³, so its low bits collapsed into short cycles: 60,000 ties asked, 23,295 distinct.
 */
function seeded(seed: number): (below: number) => number {
  let state = seed >>> 0;
  return (below) => Math.floor(((state = (Math.imul(state, 1664525) + 1013904223) >>> 0) / 2 ** 32) * below);
}

/**
 * Exactly `ties` ties between distinct pairs of actors, no tie from an actor to itself and no pair twice in either
 * order (the importer treats B→A of the same type as a clash with a mutual A–B tie, so unordered pairs are distinct
 * ties whatever their direction). Repeated draws are drawn again, so the count is exact.
 */
export function benchMapRows(actors: number, ties = actors * 3): BenchMapRows {
  if (ties > (actors * (actors - 1)) / 2)
    throw new Error(`${actors} actors have only ${(actors * (actors - 1)) / 2} distinct pairs; asked for ${ties}.`);
  const elements: string[][] = [['Label', 'Type', 'Description', 'Tags', 'Email', 'Languages']];
  for (let i = 0; i < actors; i++)
    elements.push([
      benchActorName(i),
      TYPES[i % TYPES.length]!,
      `Runs things on day ${i % 7}`,
      `tag${i % 10}|tag${i % 13}`,
      `a${i}@example.org`,
      i % 3 ? 'English' : 'Turkish',
    ]);
  const connections: string[][] = [['From', 'To', 'Type', 'Direction', 'Strength']];
  const next = seeded(42);
  const pairs = new Set<number>();
  while (connections.length - 1 < ties) {
    const a = next(actors);
    const b = next(actors);
    if (a === b) continue;
    const key = a < b ? a * actors + b : b * actors + a;
    if (pairs.has(key)) continue;
    pairs.add(key);
    const t = connections.length - 1;
    connections.push([
      benchActorName(a),
      benchActorName(b),
      TIE_TYPES[t % TIE_TYPES.length]!,
      t % 5 ? 'directed' : 'mutual',
      String(1 + (t % 5)),
    ]);
  }
  return { actors, ties, elements, connections };
}

/**
 * The rows as an .xlsx workbook written as Excel, LibreOffice and Google Sheets write one: compressed, each text once
 * in the shared strings table and cells pointing to it (`t="s"`). `sharedStrings: false` writes SheetJS's default
 * instead, every text inline in its cell as a formula's result (`t="str"`), which no spreadsheet program saves.
 */
export function benchWorkbook(rows: BenchMapRows, { sharedStrings = true } = {}): Buffer {
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet(rows.elements), 'Elements');
  XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet(rows.connections), 'Connections');
  return XLSX.write(wb, { type: 'buffer', bookType: 'xlsx', compression: true, bookSST: sharedStrings }) as Buffer;
}

const csvCell = (cell: string) => (/[",\n\r]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell);

/** One sheet's rows as CSV text, quoted where a cell needs it (as Excel writes it). */
export const benchCsv = (rows: readonly string[][]) => `${rows.map((row) => row.map(csvCell).join(',')).join('\n')}\n`;
