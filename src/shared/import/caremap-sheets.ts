// Caremap's own workbook read back (the export's layout, src/shared/spreadsheet-columns.ts): the Fields sheet gives
// each custom field its type and choices, and the Actors sheet's Source / Source label / Certainty columns are the
// record's provenance, not fields of their own — so an exported map imports as it was.
import type { Certainty, CustomFieldType, FieldTarget } from '../domain';
import {
  CERTAINTY_CELLS,
  FIELD_COLUMNS,
  FIELD_TARGET_CELLS,
  FIELD_TYPE_CELLS,
  readChoiceCell,
  SHEETS,
  splitValues,
} from '../spreadsheet-columns';
import type { RawWorkbook } from './import-types';

export interface FieldShape {
  type: CustomFieldType;
  options: string[];
}

/** How a field is looked up by name: an actors' "Weight" and a ties' "Weight" are two fields. */
export const fieldKey = (appliesTo: FieldTarget, name: string) => `${appliesTo}:${name.trim().toLocaleLowerCase()}`;

/**
 * fieldKey → a field's type and choices, from a sheet named "Fields" headed Name, Type, Choices and (since ties have
 * fields) For; without a For column every field is an actors' one, as older workbooks meant.
 */
export function fieldShapesOf(workbook: RawWorkbook): Map<string, FieldShape> {
  const shapes = new Map<string, FieldShape>();
  const sheet = workbook.sheets.find((s) => s.name.trim().toLowerCase() === SHEETS.fields.toLowerCase());
  const header = sheet?.rows[0]?.map((h) => h.trim().toLowerCase()) ?? [];
  const [nameCol, typeCol, choicesCol, forCol] = FIELD_COLUMNS.map((c) => header.indexOf(c.toLowerCase()));
  if (!sheet || nameCol === -1 || typeCol === -1) return shapes;
  for (const row of sheet.rows.slice(1)) {
    const name = (row[nameCol!] ?? '').trim();
    const type = readChoiceCell(FIELD_TYPE_CELLS, row[typeCol!] ?? '');
    if (name === '' || type === null) continue;
    const options = type === 'choice' && choicesCol !== -1 ? splitValues(row[choicesCol!] ?? '') : [];
    // A choice field with no choices could hold nothing; it comes in as text instead.
    const appliesTo = (forCol !== -1 ? readChoiceCell(FIELD_TARGET_CELLS, row[forCol!] ?? '') : null) ?? 'actor';
    shapes.set(
      fieldKey(appliesTo, name),
      type === 'choice' && options.length === 0 ? { type: 'text', options: [] } : { type, options },
    );
  }
  return shapes;
}

const SOURCE_HEADERS = ['source', 'source label'];
const CERTAINTY_HEADER = 'certainty';

/**
 * Removes the provenance columns from an actor's custom cells (the import records its own source: this file) and
 * returns the certainty they gave, if it is one of Caremap's words.
 */
export function takeProvenanceCells(custom: Record<string, { text: string }>): Certainty | undefined {
  let certainty: Certainty | undefined;
  for (const header of Object.keys(custom)) {
    const key = header.trim().toLowerCase();
    if (key === CERTAINTY_HEADER) certainty = readChoiceCell(CERTAINTY_CELLS, custom[header]!.text) ?? undefined;
    if (key === CERTAINTY_HEADER || SOURCE_HEADERS.includes(key)) delete custom[header];
  }
  return certainty;
}
