// An import job's result crosses from the worker to main in parts: the sheets, then the plan's records a slice at a
// time, then the rest. Copying a message out (in the worker) and in (in main) each cost a thread ~0.2 s for the
// 36 MB of records a 20,000-actor import makes; in parts, main takes in one part while the worker copies out the next,
// so the two copies overlap on two cores instead of following one another.
import type { ImportPlan, ImportRecords } from '../../shared/import';
import type { ImportJobResult } from './import-job';

type RecordList = Exclude<keyof ImportRecords, 'taxonomy'>;
const RECORD_LISTS: readonly RecordList[] = ['actorsBefore', 'actorsAfter', 'tiesBefore', 'tiesAfter'];

/** Records per part: small enough that the copies overlap well, large enough that the messages stay few. */
export const RECORDS_PER_PART = 5000;

export type ResultPart =
  { part: 'workbook'; workbook: ImportJobResult['workbook'] } | { part: 'records'; list: RecordList; items: unknown[] };

/** The parts to post before the result, and the result left to post last (its record lists emptied where sent). */
export function splitResult(result: ImportJobResult): { parts: ResultPart[]; rest: ImportJobResult } {
  const parts: ResultPart[] = [];
  if (result.workbook) parts.push({ part: 'workbook', workbook: result.workbook });
  const records: ImportRecords = { ...result.plan.records };
  for (const list of RECORD_LISTS) {
    const items = records[list];
    if (items.length <= RECORDS_PER_PART) continue;
    for (let i = 0; i < items.length; i += RECORDS_PER_PART)
      parts.push({ part: 'records', list, items: items.slice(i, i + RECORDS_PER_PART) });
    records[list] = [];
  }
  const plan: ImportPlan = { ...result.plan, records };
  return { parts, rest: { workbook: null, plan } };
}

/** Main's side: takes the parts as they come and puts the result back together when its last message arrives. */
export class ResultAssembler {
  private workbook: ImportJobResult['workbook'] = null;
  private readonly lists = new Map<RecordList, unknown[][]>();

  take(part: ResultPart): void {
    if (part.part === 'workbook') this.workbook = part.workbook;
    else {
      const slices = this.lists.get(part.list) ?? [];
      slices.push(part.items);
      this.lists.set(part.list, slices);
    }
  }

  complete(rest: ImportJobResult): ImportJobResult {
    const records = { ...rest.plan.records };
    for (const [list, slices] of this.lists) (records[list] as unknown[]) = slices.flat();
    return { workbook: rest.workbook ?? this.workbook, plan: { ...rest.plan, records } };
  }
}

export const isResultPart = (message: unknown): message is ResultPart =>
  typeof message === 'object' && message !== null && 'part' in message;
