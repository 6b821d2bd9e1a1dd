// Reads the tie sheet's rows into tie drafts: several pipe-separated names in From or To mean several ties (Kumu);
// blank ends are skipped; values are checked. Matching the ends to actors happens later, against file and map.
import type { IsoDate, TieDirection, TieStrength } from '../domain';
import { parseDirection, splitList, tidy } from './cell-values';
import { limitText, parseDate, parseStrength } from './field-values';
import type { RawSheet, TieTarget } from './import-types';
import { columnName, type ProblemList } from './problems';

export interface TieDraft {
  sheet: string;
  row: number;
  from: string;
  to: string;
  fromColumn: string;
  toColumn: string;
  tieType: string | null;
  direction: TieDirection | null;
  strength: TieStrength | null;
  status: string | null;
  statusColumn: string;
  since: IsoDate | null;
  notes: string | null;
  /** The strength cell when it is a number (Gephi's Weight, Kumu's Strength): kept exactly beside the three levels. */
  weight: number | null;
  /** Header → the cell's text and where it is, for columns that go to a tie field of their own. */
  custom: Record<string, { text: string; column: string }>;
}

function numericRange(sheet: RawSheet, headerRow: number, column: number): { min: number; max: number } | null {
  if (column === -1) return null;
  let min = Infinity;
  let max = -Infinity;
  for (let r = headerRow + 1; r < sheet.rows.length; r++) {
    const text = tidy(sheet.rows[r]![column] ?? '');
    const n = text === '' ? Number.NaN : Number(text);
    if (Number.isFinite(n)) {
      min = Math.min(min, n);
      max = Math.max(max, n);
    }
  }
  return min <= max ? { min, max } : null;
}

export function readTieRows(
  sheet: RawSheet,
  headerRow: number,
  targets: readonly string[],
  problems: ProblemList,
): TieDraft[] {
  const headers = sheet.rows[headerRow] ?? [];
  const col = (target: TieTarget) => targets.indexOf(target);
  const [fromCol, toCol, typeCol, dirCol, strengthCol, statusCol, sinceCol] = [
    col('from'),
    col('to'),
    col('tieType'),
    col('direction'),
    col('strength'),
    col('status'),
    col('since'),
  ];
  const noteCols = targets.flatMap((t, i) => (t === 'notes' ? [i] : []));
  const customCols = targets.flatMap((t, i) =>
    (t === 'custom' || t === 'customNumber') && tidy(headers[i] ?? '') !== '' ? [i] : [],
  );
  const range = numericRange(sheet, headerRow, strengthCol);
  const drafts: TieDraft[] = [];
  const columns = {
    fromColumn: columnName(fromCol, headers),
    toColumn: columnName(toCol, headers),
    statusColumn: columnName(statusCol, headers),
  };
  // A tie sheet repeats a few words thousands of times ("directed", "3"); each distinct one is read once.
  const directions = new Map<string, TieDirection | null>();
  const strengths = new Map<string, ReturnType<typeof parseStrength>>();
  for (let r = headerRow + 1; r < sheet.rows.length; r++) {
    const cells = sheet.rows[r]!;
    if (cells.every((c) => c.trim() === '')) continue;
    const row = r + 1;
    const cell = (index: number) => (index === -1 ? '' : (cells[index] ?? ''));
    const froms = splitList(cell(fromCol), /\|/);
    const tos = splitList(cell(toCol), /\|/);
    if (froms.length === 0 || tos.length === 0) {
      const blank =
        froms.length === 0
          ? fromCol === -1
            ? ''
            : columnName(fromCol, headers)
          : toCol === -1
            ? ''
            : columnName(toCol, headers);
      const which =
        froms.length === 0 && tos.length === 0 ? 'either end' : froms.length === 0 ? 'who it is from' : 'who it is to';
      problems.add(sheet.name, row, blank, `This tie does not say ${which}, so it is not imported.`, 'skipped');
      continue;
    }
    const tieType = tidy(cell(typeCol)) || null;
    const dirText = tidy(cell(dirCol));
    if (dirText && !directions.has(dirText)) directions.set(dirText, parseDirection(dirText));
    let direction = dirText ? directions.get(dirText)! : null;
    if (dirText && !direction) {
      problems.add(
        sheet.name,
        row,
        columnName(dirCol, headers),
        `“${dirText}” is not a direction (directed, undirected or mutual); the tie is drawn one-way.`,
        'kept',
      );
      direction = null;
    }
    const strengthText = tidy(cell(strengthCol));
    const weightNumber = strengthText === '' ? Number.NaN : Number(strengthText);
    const weight = Number.isFinite(weightNumber) ? weightNumber : null;
    let strength: TieStrength | null = null;
    if (strengthText) {
      if (!strengths.has(strengthText)) strengths.set(strengthText, parseStrength(strengthText, range));
      const parsed = strengths.get(strengthText)!;
      if (parsed.ok) strength = parsed.value;
      else problems.add(sheet.name, row, columnName(strengthCol, headers), parsed.message, 'kept');
    }
    const sinceText = tidy(cell(sinceCol));
    let since: IsoDate | null = null;
    if (sinceText) {
      const parsed = parseDate(sinceText);
      if (parsed.ok) since = parsed.value;
      else problems.add(sheet.name, row, columnName(sinceCol, headers), parsed.message, 'cleared');
    }
    const noteText = noteCols
      .map((i) => cell(i).trim())
      .filter((t) => t !== '')
      .join('\n');
    const notes = noteText ? limitText(noteText, 20_000, 'The notes').value : null;
    const status = tidy(cell(statusCol)) || null;
    const custom: TieDraft['custom'] = {};
    for (const i of customCols) {
      const text = cell(i).trim();
      if (text !== '') custom[tidy(headers[i]!)] = { text, column: columnName(i, headers) };
    }
    // Written out rather than spread: V8 keeps objects built by spreading many keys in slow dictionary mode.
    for (const from of froms) {
      for (const to of tos) {
        drafts.push({
          sheet: sheet.name,
          row,
          from,
          to,
          fromColumn: columns.fromColumn,
          toColumn: columns.toColumn,
          tieType,
          direction,
          strength,
          status,
          statusColumn: columns.statusColumn,
          since,
          notes,
          weight,
          custom,
        });
      }
    }
  }
  return drafts;
}
