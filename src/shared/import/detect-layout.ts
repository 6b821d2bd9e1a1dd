// Finds, with no set-up, which sheet holds actors and which ties, where their header rows are, and what each column is:
// by sheet name (Actors/Ties, Elements/Connections, Factors/Links, Nodes/Relations…) and by headers (Label in A1,
// From/To in A1/B1, Source/Target, Id/Label). Sheets named with "(ignore)" are left out, as Kumu does.
import { isCaremapCsvHeader } from '../csv-guard';
import { fold } from '../text-fold';
import { columnLetter, isDirectionWord, tidy } from './cell-values';
import { actorTargetFor, headerKey, isActorNameHeader, tieTargetFor } from './header-synonyms';
import type {
  ActorTarget,
  ImportChoices,
  LayoutName,
  RawSheet,
  RawWorkbook,
  SheetInfo,
  TieTarget,
} from './import-types';

const HEADER_SEARCH_ROWS = 20;
const ACTOR_SHEET_NAMES = [
  'actors',
  'elements',
  'factors',
  'nodes',
  'nodos',
  'nodi',
  'noeuds',
  'people',
  'organisations',
  'organizations',
  'contacts',
];
const TIE_SHEET_NAMES = [
  'ties',
  'connections',
  'links',
  'relations',
  'relaciones',
  'relazioni',
  'edges',
  'relationships',
];

export const isIgnoredSheet = (sheet: RawSheet) => /\(ignore\)/i.test(sheet.name);
const isBlank = (row: readonly string[] | undefined) => !row || row.every((c) => c.trim() === '');

function tieHeaderRow(sheet: RawSheet): number | null {
  for (let r = 0; r < Math.min(sheet.rows.length, HEADER_SEARCH_ROWS); r++) {
    const targets = sheet.rows[r]!.map(tieTargetFor);
    if (targets.includes('from') && targets.includes('to')) return r;
  }
  return null;
}

function actorHeaderRow(sheet: RawSheet): number | null {
  for (let r = 0; r < Math.min(sheet.rows.length, HEADER_SEARCH_ROWS); r++) {
    if (sheet.rows[r]!.some(isActorNameHeader)) return r;
  }
  return null;
}

/** 0-based index of the header row: a recognised one, else the first row with anything in it. */
export function headerRowOf(sheet: RawSheet, role: 'actors' | 'ties' | null = null): number {
  const found =
    role === 'ties'
      ? tieHeaderRow(sheet)
      : role === 'actors'
        ? actorHeaderRow(sheet)
        : (tieHeaderRow(sheet) ?? actorHeaderRow(sheet));
  if (found !== null) return found;
  const first = sheet.rows.findIndex((row) => !isBlank(row));
  return first === -1 ? 0 : first;
}

function columnCount(sheet: RawSheet, headerRow: number): number {
  let width = 0;
  for (let r = headerRow; r < sheet.rows.length; r++) width = Math.max(width, sheet.rows[r]!.length);
  return width;
}

export function sheetInfo(sheet: RawSheet, role: 'actors' | 'ties' | null = null): SheetInfo {
  const headerRow = headerRowOf(sheet, role);
  const headers = sheet.rows[headerRow] ?? [];
  const width = columnCount(sheet, headerRow);
  const columns = Array.from({ length: width }, (_, index) => {
    const samples: string[] = [];
    for (let r = headerRow + 1; r < sheet.rows.length && samples.length < 3; r++) {
      const value = tidy(sheet.rows[r]![index] ?? '');
      if (value !== '' && !samples.includes(value)) samples.push(value.length > 40 ? `${value.slice(0, 39)}…` : value);
    }
    return { index, letter: columnLetter(index), header: tidy(headers[index] ?? ''), samples };
  });
  let rows = 0;
  for (let r = headerRow + 1; r < sheet.rows.length; r++) if (!isBlank(sheet.rows[r])) rows++;
  return { name: sheet.name, rows, headerRow: headerRow + 1, columns, ignored: isIgnoredSheet(sheet) };
}

function byName(sheets: RawSheet[], names: string[]): RawSheet | undefined {
  return sheets.find((s) => names.includes(fold(s.name)));
}

const NUMBER = /^[-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?$/;

/** Every value written in the column is a number (and there is at least one). */
function isNumberColumn(sheet: RawSheet, headerRow: number, column: number): boolean {
  let numbers = 0;
  for (let r = headerRow + 1; r < sheet.rows.length; r++) {
    const text = (sheet.rows[r]![column] ?? '').trim();
    if (text === '') continue;
    if (!NUMBER.test(text)) return false;
    numbers++;
  }
  return numbers > 0;
}

/** Each header's field; a field already taken by an earlier column makes the later one a custom field (or ignored). */
export function defaultActorColumns(sheet: RawSheet): ActorTarget[] {
  const headers = sheet.rows[headerRowOf(sheet, 'actors')] ?? [];
  const width = columnCount(sheet, headerRowOf(sheet, 'actors'));
  const taken = new Set<ActorTarget>();
  const targets = Array.from({ length: width }, (_, i) => {
    let target = actorTargetFor(headers[i] ?? '');
    if (target !== 'custom' && target !== 'ignore') {
      if (taken.has(target)) target = 'custom';
      taken.add(target);
    }
    return target;
  });
  // A column of numbers only (Gephi's metrics, Kumu's populations) becomes a number field; the preview shows it.
  targets.forEach((target, i) => {
    if (target === 'custom' && isNumberColumn(sheet, headerRowOf(sheet, 'actors'), i)) targets[i] = 'customNumber';
  });
  // Gephi's nodes may have only an Id; then the Id is the name too.
  if (!taken.has('name') && !taken.has('firstName') && taken.has('id')) targets[targets.indexOf('id')] = 'name';
  // No header says "name": the first column written in is the most likely one (the facilitator can change it).
  else if (!taken.has('name') && !taken.has('firstName')) {
    const first = targets.findIndex((t) => t !== 'ignore');
    if (first !== -1) targets[first] = 'name';
  }
  return targets;
}

/** Has at least one value below the header row. */
function hasValues(sheet: RawSheet, headerRow: number, column: number): boolean {
  for (let r = headerRow + 1; r < sheet.rows.length; r++) if ((sheet.rows[r]![column] ?? '').trim() !== '') return true;
  return false;
}

export function defaultTieColumns(sheet: RawSheet): TieTarget[] {
  const headerRow = headerRowOf(sheet, 'ties');
  const headers = sheet.rows[headerRow] ?? [];
  const width = columnCount(sheet, headerRow);
  const taken = new Set<TieTarget>();
  const targets = Array.from({ length: width }, (_, i): TieTarget => {
    let target = tieTargetFor(headers[i] ?? '');
    // Gephi's edge "Type" says Directed/Undirected/Mixed: a direction, not a type of tie.
    if (target === 'tieType') {
      const values = sheet.rows
        .slice(headerRow + 1)
        .map((row) => tidy(row[i] ?? ''))
        .filter((v) => v !== '');
      if (values.length > 0 && values.every(isDirectionWord)) target = 'direction';
    }
    if (target !== 'ignore') {
      // A second "Weight" beside "Strength" (Caremap's own tie field of that name) is a field, not a second strength.
      if (taken.has(target))
        return target === 'notes'
          ? 'notes'
          : hasValues(sheet, headerRow, i)
            ? isNumberColumn(sheet, headerRow, i)
              ? 'customNumber'
              : 'custom'
            : 'ignore';
      taken.add(target);
    }
    return target;
  });
  // Any other headed column with values (Kumu's extra connection columns, Gephi's edge metrics) becomes a tie field,
  // a number field when every value is a number; an edge's own Id (Gephi writes one) has no use on the map.
  targets.forEach((target, i) => {
    const header = headers[i] ?? '';
    if (
      target !== 'ignore' ||
      headerKey(header) === '' ||
      headerKey(header) === 'id' ||
      !hasValues(sheet, headerRow, i)
    )
      return;
    if (tieTargetFor(header) !== 'ignore') return;
    targets[i] = isNumberColumn(sheet, headerRow, i) ? 'customNumber' : 'custom';
  });
  return targets;
}

function layoutOf(
  actors: RawSheet | undefined,
  ties: RawSheet | undefined,
  sheets: RawSheet[],
  graph: boolean,
): LayoutName {
  if (graph) return 'graph';
  const names = new Set(sheets.map((s) => fold(s.name)));
  if (names.has('actors') && names.has('ties')) return 'caremap';
  // One of the two CSV files of Caremap's own export: its provenance columns are read as provenance.
  if (sheets.length === 1 && isCaremapCsvHeader(sheets[0]!.rows[0]) !== null) return 'caremap';
  if (names.has('factors') && names.has('links')) return 'prsm';
  if ((names.has('nodes') || names.has('nodos')) && (names.has('relations') || names.has('relaciones'))) return 'onodo';
  const first = (sheet: RawSheet | undefined) => (sheet?.rows[0] ?? []).map(headerKey);
  const a = first(actors);
  const t = first(ties);
  if ((a[0] === 'label' || (a[0] === 'id' && a[1] === 'label')) && (!ties || (t[0] === 'from' && t[1] === 'to')))
    return 'kumu';
  if (t.includes('source') && t.includes('target')) return 'gephi';
  if (a.includes('id') && a.includes('label')) return 'gephi';
  if (t[0] === 'from' && t[1] === 'to') return 'kumu';
  return 'generic';
}

/** The choices that need no taxonomy: sheets and column targets. Kinds are matched in planning. */
export function detectLayout(workbook: RawWorkbook): {
  layout: LayoutName;
  choices: Omit<ImportChoices, 'kinds' | 'unknownActors' | 'preferLater'>;
} {
  const usable = workbook.sheets.filter((s) => !isIgnoredSheet(s) && s.rows.some((row) => !isBlank(row)));
  const tieCandidates = usable.filter((s) => tieHeaderRow(s) !== null);
  const ties = byName(tieCandidates, TIE_SHEET_NAMES) ?? tieCandidates[0];
  const actorCandidates = usable.filter((s) => s !== ties && actorHeaderRow(s) !== null);
  // A plain contact list with no recognisable headers is still a list of actors: its first column is taken as the name.
  const actors =
    byName(actorCandidates, ACTOR_SHEET_NAMES) ??
    actorCandidates[0] ??
    (ties ? undefined : usable.find((s) => s !== ties));
  return {
    layout: layoutOf(actors, ties, usable, workbook.graph === true),
    choices: {
      actorSheet: actors?.name ?? null,
      tieSheet: ties?.name ?? null,
      actorColumns: actors ? defaultActorColumns(actors) : [],
      tieColumns: ties ? defaultTieColumns(ties) : [],
    },
  };
}
