// Previews and commits an import on an open map. The commit plans again inside its transaction, so what is written
// is planned against the map exactly as it is, and one undo step takes the whole import back.
import { randomUUID } from 'node:crypto';
import type { EditResult } from '../../shared/domain';
import { todayIsoDate } from '../../shared/dates';
import { MAX_PROBLEMS_SHOWN, planImport, type ImportChoices, type ImportCommitOutput, type ImportPlan, type ImportPreview, type ImportSummary, type RawWorkbook } from '../../shared/import';
import { recordSet, type MapStore } from '../store';
import { quotedName } from '../commands/labels';
import { runEdit } from '../commands/run-edit';

function plan(store: MapStore, workbook: RawWorkbook, choices: Partial<ImportChoices>): ImportPlan {
  return planImport(workbook, { actors: store.actors(), ties: store.ties(), taxonomy: store.taxonomy() }, choices, {
    today: todayIsoDate(),
    newId: randomUUID,
  });
}

function summaryOf(workbook: RawWorkbook, result: ImportPlan): ImportSummary {
  return { fileName: workbook.fileName, counts: result.counts, problems: result.problems.slice(0, MAX_PROBLEMS_SHOWN), problemCount: result.problems.length };
}

export function previewImport(store: MapStore, importId: string, workbook: RawWorkbook, choices: Partial<ImportChoices> = {}): ImportPreview {
  const result = plan(store, workbook, choices);
  const { layout, sheets, choices: resolved, kindValues } = result.resolved;
  return { importId, layout, sheets, choices: resolved, kindValues, ...summaryOf(workbook, result) };
}

export type ImportCommitResult = ImportCommitOutput;

export function commitImport(store: MapStore, workbook: RawWorkbook, choices: Partial<ImportChoices> = {}): ImportCommitResult {
  let summary: ImportSummary | null = null;
  const edit = runEdit(store, () => {
    const result = plan(store, workbook, choices);
    summary = summaryOf(workbook, result);
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
