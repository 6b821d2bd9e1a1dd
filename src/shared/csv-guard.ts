// The apostrophe Caremap's CSV export puts before text a spreadsheet would run as a formula, and its exact undoing
// on import. An apostrophe is added to text starting like a formula, and also to text that already starts with
// apostrophes before such a character, so that removing one apostrophe on import always gives the text back.
import { ACTOR_COLUMNS, startsLikeFormula, TIE_COLUMNS } from './spreadsheet-columns';

function needsGuard(text: string): boolean {
  let i = 0;
  while (text[i] === "'") i++;
  return startsLikeFormula(text.slice(i));
}

export function guardCsvText(text: string): string {
  return needsGuard(text) ? `'${text}` : text;
}

export function unguardCsvText(text: string): string {
  return text.startsWith("'") && needsGuard(text.slice(1)) ? text.slice(1) : text;
}

const startsWith = (row: readonly string[], columns: readonly string[]) =>
  columns.every((c, i) => (row[i] ?? '').trim().toLowerCase() === c.toLowerCase());

/** A header row as Caremap's own actors or ties CSV writes it (its columns first, in order; custom fields after). */
export function isCaremapCsvHeader(row: readonly string[] | undefined): 'actors' | 'ties' | null {
  if (!row) return null;
  if (startsWith(row, ACTOR_COLUMNS)) return 'actors';
  if (startsWith(row, TIE_COLUMNS)) return 'ties';
  return null;
}

/** Rows of a CSV file: when its first row is Caremap's own header, the export's guarding apostrophes are removed. */
export function unguardCaremapCsv(rows: string[][]): string[][] {
  if (isCaremapCsvHeader(rows[0]) === null) return rows;
  return rows.map((row, r) => (r === 0 ? row : row.map(unguardCsvText)));
}
