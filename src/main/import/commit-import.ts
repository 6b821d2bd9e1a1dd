// Previews and commits an import on an open map. The commit runs in one transaction and is one undo step; its plan is
// the preview's own when the map has not changed since (no write in between), else it is made again inside the
// transaction, so what is written always matches the map exactly as it is.
import { orderedIds } from '../../shared/import/ordered-ids';
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
  type MapSnapshot,
  type RawWorkbook,
} from '../../shared/import';
import type { IsoDate } from '../../shared/domain';
import { recordSet, type MapStore } from '../store';
import { quotedName } from '../commands/labels';
import { runEdit } from '../commands/run-edit';

/** Where a plan made earlier may be kept and found again (the API's open import files). */
export interface PlanCache {
  get(key: string): ImportPlan | null;
  set(key: string, plan: ImportPlan): void;
}

/** The map as a plan is made against it, and the key that plan is kept under. */
export interface PlanningPoint {
  snapshot: MapSnapshot;
  today: IsoDate;
  /** The map's file and its change counter (kept in the file, so it survives closing and reopening the map). */
  mapState: string;
}

export function planningPoint(store: MapStore): PlanningPoint {
  return {
    snapshot: { actors: store.actors(), ties: store.ties(), taxonomy: store.taxonomy() },
    today: todayIsoDate(),
    mapState: JSON.stringify([store.path, store.changeCount()]),
  };
}

/** A plan is only reused for the same choices, the same map, the same day and no write to the map since. */
const planKey = (point: Pick<PlanningPoint, 'mapState' | 'today'>, choices: Partial<ImportChoices>) =>
  JSON.stringify([point.mapState, point.today, choices]);

/** Keeps a plan made at `point`: under the choices asked for and the choices made whole, which the dialog commits with. */
export function rememberPlan(
  cache: PlanCache,
  point: PlanningPoint,
  choices: Partial<ImportChoices>,
  made: ImportPlan,
): void {
  cache.set(planKey(point, choices), made);
  cache.set(planKey(point, made.resolved.choices), made);
}

/** The plan kept for these choices on the map as it is now, if any. */
export function cachedPlan(store: MapStore, choices: Partial<ImportChoices>, cache?: PlanCache): ImportPlan | null {
  return (
    cache?.get(
      planKey({ mapState: JSON.stringify([store.path, store.changeCount()]), today: todayIsoDate() }, choices),
    ) ?? null
  );
}

function plan(store: MapStore, workbook: RawWorkbook, choices: Partial<ImportChoices>, cache?: PlanCache): ImportPlan {
  const cached = cachedPlan(store, choices, cache);
  if (cached) return cached;
  const point = planningPoint(store);
  const made = planImport(workbook, point.snapshot, choices, { today: point.today, newId: orderedIds() });
  if (cache) rememberPlan(cache, point, choices, made);
  return made;
}

function summaryOf(workbook: RawWorkbook, result: ImportPlan): ImportSummary {
  return {
    fileName: workbook.fileName,
    counts: result.counts,
    problems: result.problems.slice(0, MAX_PROBLEMS_SHOWN),
    problemCount: result.problems.length,
  };
}

/** Refused rather than recorded as an empty step: the facilitator should learn why nothing came in. */
function nothingUsable(workbook: RawWorkbook, result: ImportPlan): CaremapError {
  const first = result.problems[0];
  const why = first
    ? ` For example, ${first.sheet} row ${first.row}${first.column ? `, column ${first.column}` : ''}: ${first.message}`
    : '';
  const sheets = [result.resolved.choices.actorSheet, result.resolved.choices.tieSheet].filter((s) => s !== null);
  const where = sheets.length
    ? ` in ${sheets.map((s) => `“${s}”`).join(' and ')}`
    : '; choose a sheet of actors or ties';
  return new CaremapError('bad-spreadsheet', `“${workbook.fileName}” has no rows Caremap can import${where}.${why}`, {
    file: workbook.fileName,
  });
}

/** The preview the dialog shows for a plan. */
export function previewOf(importId: string, workbook: RawWorkbook, result: ImportPlan): ImportPreview {
  const { layout, sheets, choices: resolved, kindValues, tieTypeValues } = result.resolved;
  return {
    importId,
    layout,
    sheets,
    choices: resolved,
    kindValues,
    tieTypeValues,
    ...summaryOf(workbook, result),
    updates: result.updates.slice(0, MAX_PROBLEMS_SHOWN),
  };
}

export function previewImport(
  store: MapStore,
  importId: string,
  workbook: RawWorkbook,
  choices: Partial<ImportChoices> = {},
  cache?: PlanCache,
): ImportPreview {
  return previewOf(importId, workbook, plan(store, workbook, choices, cache));
}

export function commitImport(
  store: MapStore,
  workbook: RawWorkbook,
  choices: Partial<ImportChoices> = {},
  cache?: PlanCache,
): ImportCommitOutput {
  let summary: ImportSummary | null = null;
  const edit = store.checkpointAfter(() =>
    runEdit(store, () => {
      const result = plan(store, workbook, choices, cache);
      summary = summaryOf(workbook, result);
      if (result.records.actorsAfter.length + result.records.tiesAfter.length === 0)
        throw nothingUsable(workbook, result);
      const { taxonomy, actorsBefore, actorsAfter, tiesBefore, tiesAfter } = result.records;
      return {
        label: `Import ${quotedName(workbook.fileName)}`,
        patch: {
          before: recordSet({ actors: actorsBefore, ties: tiesBefore }),
          after: recordSet({ ...taxonomy, actors: actorsAfter, ties: tiesAfter }),
        },
      };
    }),
  );
  return { ...edit, summary: summary! };
}
