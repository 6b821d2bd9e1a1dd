// A big workbook of several sheets is read by two workers at once (the first sheet by one, the others by the other):
// the facilitator must get exactly what one reader gives — the same sheets in order, the same plan, the same refusals
// in the same words — and no worker may be left running after a refusal or a timeout.
import { describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import { planningPoint } from '../../../src/main/import/commit-import';
import { runImportJob, type ImportJob } from '../../../src/main/import/import-job';
import { runImportWorker } from '../../../src/main/import/run-import-worker';
import { CaremapError } from '../../../src/shared/errors';
import { limitMessages, MAX_COLUMNS } from '../../../src/shared/import/import-limits';
import {
  joinWorkbookParts,
  readWorkbook,
  readWorkbookPart,
  SPLIT_ABOVE_BYTES,
  splitsWell,
} from '../../../src/shared/import/read-workbook';
import { newMap } from '../store/temp-maps';

/** A Kumu-style workbook big enough to be split (written uncompressed), with a notes sheet after the two. */
function bigWorkbook(sheets: Record<string, string[][]>): Buffer {
  const book = XLSX.utils.book_new();
  for (const [name, rows] of Object.entries(sheets))
    XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet(rows), name);
  return XLSX.write(book, { type: 'buffer', bookType: 'xlsx', compression: false, bookSST: true }) as Buffer;
}

const ACTORS = 3000;
const elements = [
  ['Label', 'Type', 'Description'],
  ...Array.from({ length: ACTORS }, (_, i) => [`Actor ${i}`, i % 2 ? 'Charity' : 'Person', `Helps on day ${i}`]),
];
// Distinct pairs: each actor to the next, then to the one after that.
const connections = [
  ['From', 'To', 'Type'],
  ...Array.from({ length: ACTORS * 2 }, (_, i) => {
    const from = i % ACTORS;
    return [`Actor ${from}`, `Actor ${(from + 1 + Math.floor(i / ACTORS)) % ACTORS}`, 'Referral'];
  }),
];
const notes = [['Made for the split-read test'], ['second line']];

function readJob(fileName: string, bytes: Uint8Array): ImportJob {
  const point = planningPoint(newMap());
  return { kind: 'read', files: [{ fileName, bytes }], snapshot: point.snapshot, today: point.today };
}

async function refusalOf(promise: Promise<unknown>): Promise<CaremapError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  if (!(error instanceof CaremapError)) throw new Error(`expected a refusal, got ${String(error)}`);
  return error;
}

describe('a big workbook read by two workers', () => {
  const bytes = bigWorkbook({ Elements: elements, Connections: connections, Notes: notes });

  it('is split only when big, an .xlsx, and of two sheets or more', () => {
    expect(bytes.length).toBeGreaterThan(SPLIT_ABOVE_BYTES);
    expect(splitsWell('partners.xlsx', bytes)).toBe(true);
    expect(splitsWell('partners.ods', bytes)).toBe(false);
    expect(
      splitsWell(
        'partners.xlsx',
        bigWorkbook({ Elements: elements.slice(0, 50), Connections: connections.slice(0, 50) }),
      ),
    ).toBe(false);
    const oneSheet = bigWorkbook({ Elements: [...elements, ...connections] });
    expect(oneSheet.length).toBeGreaterThan(SPLIT_ABOVE_BYTES);
    expect(splitsWell('partners.xlsx', oneSheet)).toBe(false);
  });

  it('reads in two parts exactly the sheets one reader reads, in their order', () => {
    const first = readWorkbookPart('partners.xlsx', bytes, 'first');
    const rest = readWorkbookPart('partners.xlsx', bytes, 'rest');
    expect(first.map((s) => s.name)).toEqual(['Elements']);
    expect(rest.map((s) => s.name)).toEqual(['Connections', 'Notes']);
    expect(joinWorkbookParts('partners.xlsx', first, rest)).toEqual(readWorkbook('partners.xlsx', bytes));
  });

  it('gives through the workers the workbook and plan one thread makes', async () => {
    const job = readJob('partners.xlsx', new Uint8Array(bytes));
    const inProcess = runImportJob(job);
    const split = await runImportWorker(readJob('partners.xlsx', new Uint8Array(bytes)), 'partners.xlsx');
    expect(split.workbook).toEqual(inProcess.workbook);
    expect(split.plan.counts).toEqual(inProcess.plan.counts);
    expect(split.plan.counts).toMatchObject({ actorsAdded: ACTORS, tiesAdded: ACTORS * 2 });
    expect(split.plan.records.tiesAfter.map((t) => t.provenance.row)).toEqual(
      inProcess.plan.records.tiesAfter.map((t) => t.provenance.row),
    );
  });

  it('refuses a later sheet past the limits with the one reader’s words, then reads the next file', async () => {
    const wide = [Array.from({ length: MAX_COLUMNS + 1 }, (_, i) => `Column ${i}`)];
    const hostile = bigWorkbook({ Elements: elements, Connections: connections, Wide: wide });
    expect(splitsWell('wide.xlsx', hostile)).toBe(true);
    const alone = (() => {
      try {
        readWorkbook('wide.xlsx', hostile);
      } catch (error) {
        return error as CaremapError;
      }
      throw new Error('one reader should refuse it');
    })();
    expect(alone.message).toBe(limitMessages.columns('wide.xlsx', 'Wide', 1, MAX_COLUMNS + 1));
    const error = await refusalOf(runImportWorker(readJob('wide.xlsx', new Uint8Array(hostile)), 'wide.xlsx'));
    expect(error.message).toBe(alone.message);
    const next = await runImportWorker(readJob('partners.xlsx', new Uint8Array(bytes)), 'partners.xlsx');
    expect(next.plan.counts.actorsAdded).toBe(ACTORS);
  });

  it('refuses a read out of time with a sentence, and the next read works', async () => {
    const error = await refusalOf(
      runImportWorker(readJob('partners.xlsx', new Uint8Array(bytes)), 'partners.xlsx', { seconds: 0, memoryMb: 1536 }),
    );
    expect(error.message).toBe(limitMessages.timeout('partners.xlsx', 0));
    const next = await runImportWorker(readJob('partners.xlsx', new Uint8Array(bytes)), 'partners.xlsx');
    expect(next.plan.counts.tiesAdded).toBe(ACTORS * 2);
  });
});
