// Previews and commits an import on an open map. The commit runs in one transaction and is one undo step; its plan is
// the preview's own when the map has not changed since (no write in between), else it is made again inside the
// transaction, so what is written always matches the map exactly as it is.
import { randomUUID } from 'node:crypto';
import { CaremapError } from '../../shared/errors';
import { todayIsoDate } from '../../shared/dates';
import {
  MAX_PROBLEMS_SHOWN,
  planImport,
  type ImportChoices,
  type ImportCommitOutput,
  type ImportPlan,
  type ImportPreview,
  type ImportSummary,
  type RawWorkbook,
} from '../../shared/import';
import { recordSet, type MapStore } from '../store';
import { quotedName } from '../commands/labels';
import { runEdit } from '../commands/run-edit';

/** Where a plan made earlier may be kept and found again (the API's open import files). */
export interface PlanCache {
  get(key: string): ImportPlan | null;
  set(key: string, plan: ImportPlan): void;
}

/** A plan is only reused for the same choices, the same map and no write to it since. */
function planKey(store: MapStore, choices: Partial<ImportChoices>): string {
  return JSON.stringify([store.path, store.changeCount(), todayIsoDate(), choices]);
}

function plan(store: MapStore, workbook: RawWorkbook, choices: Partial<ImportChoices>, cache?: PlanCache): ImportPlan {
  const key = planKey(store, choices);
  const cached = cache?.get(key);
  if (cached) return cached;
  const made = planImport(workbook, { actors: store.actors(), ties: store.ties(), taxonomy: store.taxonomy() }, choices, {
    today: todayIsoDate(),
    newId: randomUUID,
  });
  cache?.set(key, made);
  // The dialog commits with the choices the preview gave back (made whole), so remember the plan under those too.
  cache?.set(planKey(store, made.resolved.choices), made);
  return made;
}

function summaryOf(workbook: RawWorkbook, result: ImportPlan): ImportSummary {
  return { fileName: workbook.fileName, counts: result.counts, problems: result.problems.slice(0, MAX_PROBLEMS_SHOWN), problemCount: result.problems.length };
}

/** Refused rather than recorded as an empty step: the facilitator should learn why nothing came in. */
function nothingUsable(workbook: RawWorkbook, result: ImportPlan): CaremapError {
  const first = result.problems[0];
  const why = first ? ` For example, ${first.sheet} row ${first.row}${first.column ? `, column ${first.column}` : ''}: ${first.message}` : '';
  const sheets = [result.resolved.choices.actorSheet, result.resolved.choices.tieSheet].filter((s) => s !== null);
  const where = sheets.length ? ` in ${sheets.map((s) => `“${s}”`).join(' and ')}` : '; choose a sheet of actors or ties';
  return new CaremapError('bad-spreadsheet', `“${workbook.fileName}” has no rows Caremap can import${where}.${why}`, { file: workbook.fileName });
}

export function previewImport(store: MapStore, importId: string, workbook: RawWorkbook, choices: Partial<ImportChoices> = {}, cache?: PlanCache): ImportPreview {
  const result = plan(store, workbook, choices, cache);
  const { layout, sheets, choices: resolved, kindValues } = result.resolved;
  return { importId, layout, sheets, choices: resolved, kindValues, ...summaryOf(workbook, result) };
}

export function commitImport(store: MapStore, workbook: RawWorkbook, choices: Partial<ImportChoices> = {}, cache?: PlanCache): ImportCommitOutput {
  let summary: ImportSummary | null = null;
  const edit = runEdit(store, () => {
    const result = plan(store, workbook, choices, cache);
    summary = summaryOf(workbook, result);
    if (result.records.actorsAfter.length + result.records.tiesAfter.length === 0) throw nothingUsable(workbook, result);
    const { taxonomy, actorsBefore, actorsAfter, tiesBefore, tiesAfter } = result.records;
    return {
      label: `Import ${quotedName(workbook.fileName)}`,
      patch: {
        before: recordSet({ actors: actorsBefore, ties: tiesBefore }),
        after: recordSet({ ...taxonomy, actors: actorsAfter, ties: tiesAfter }),
      },
    };
  });
  return { ...edit, summary: summary! };
}
