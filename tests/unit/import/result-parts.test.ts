// A big import's result crosses from the worker in parts (sheets, record slices, the rest): main must get back exactly
// the result the worker made, every record once and in order, whatever the sizes.
import { describe, expect, it } from 'vitest';
import { runImportJob, type ImportJob } from '../../../src/main/import/import-job';
import { RECORDS_PER_PART, ResultAssembler, splitResult } from '../../../src/main/import/result-parts';
import { runImportWorker } from '../../../src/main/import/run-import-worker';
import { planningPoint } from '../../../src/main/import/commit-import';
import { benchMapRows, benchWorkbook } from '../../../bench/import-workbook';
import { newMap } from '../store/temp-maps';

function readJob(actors: number, ties: number): ImportJob {
  const point = planningPoint(newMap());
  const bytes = new Uint8Array(benchWorkbook(benchMapRows(actors, ties)));
  return { kind: 'read', files: [{ fileName: 'partners.xlsx', bytes }], snapshot: point.snapshot, today: point.today };
}

/** Through structured cloning, as the parts cross between threads. */
const crossed = <T>(value: T): T => structuredClone(value);

describe('an import result in parts', () => {
  it('comes back whole, each record list in order, with the sheets', () => {
    const result = runImportJob(readJob(RECORDS_PER_PART + 7, 2 * RECORDS_PER_PART + 1));
    const { parts, rest } = splitResult(result);
    // Sheets, two slices of actors, three of ties; what is left to post last holds no sliced records.
    expect(parts.map((p) => (p.part === 'records' ? `${p.list}:${p.items.length}` : p.part))).toEqual([
      'workbook',
      `actorsAfter:${RECORDS_PER_PART}`,
      'actorsAfter:7',
      `tiesAfter:${RECORDS_PER_PART}`,
      `tiesAfter:${RECORDS_PER_PART}`,
      'tiesAfter:1',
    ]);
    expect(rest.workbook).toBeNull();
    expect(rest.plan.records.tiesAfter).toEqual([]);
    const assembler = new ResultAssembler();
    for (const part of parts) assembler.take(crossed(part));
    expect(assembler.complete(crossed(rest))).toEqual(result);
  });

  it('sends a small result as it is', () => {
    const result = runImportJob(readJob(20, 30));
    const { parts, rest } = splitResult(result);
    expect(parts.map((p) => p.part)).toEqual(['workbook']);
    expect(rest.plan).toEqual(result.plan);
    const assembler = new ResultAssembler();
    parts.forEach((p) => assembler.take(p));
    expect(assembler.complete(rest)).toEqual(result);
  });

  it('arrives whole from the worker thread, and the next job on the same worker gets only its own records', async () => {
    const big = readJob(RECORDS_PER_PART + 300, RECORDS_PER_PART + 900);
    const inProcess = runImportJob(big);
    const fromWorker = await runImportWorker(big, 'partners.xlsx');
    expect(fromWorker.workbook).toEqual(inProcess.workbook);
    expect(fromWorker.plan.counts).toEqual(inProcess.plan.counts);
    expect(fromWorker.plan.records.actorsAfter.map((a) => a.name)).toEqual(
      inProcess.plan.records.actorsAfter.map((a) => a.name),
    );
    expect(fromWorker.plan.records.tiesAfter).toHaveLength(RECORDS_PER_PART + 900);
    const small = await runImportWorker(readJob(10, 12), 'partners.xlsx');
    expect(small.plan.records.actorsAfter).toHaveLength(10);
    expect(small.plan.records.tiesAfter).toHaveLength(12);
  });
});
