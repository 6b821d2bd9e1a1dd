// The facilitator's choices made whole: whatever the dialog (or the command line) did not say is detected from the
// file, and every type value in the actor sheet gets a kind, matched or new.
import type { Kind, TieType } from '../domain';
import { CaremapError } from '../errors';
import { tidy } from './cell-values';
import { defaultActorColumns, defaultTieColumns, detectLayout, headerRowOf, sheetInfo } from './detect-layout';
import type {
  ImportChoices,
  KindValueInfo,
  LayoutName,
  RawSheet,
  RawWorkbook,
  SheetInfo,
  TieTypeChoice,
  TieTypeValueInfo,
} from './import-types';
import { kindKey, matchKind, tieTypeKey } from './match-kinds';

const MAX_NAME = 200;

export interface ResolvedImport {
  layout: LayoutName;
  sheets: SheetInfo[];
  choices: ImportChoices;
  kindValues: KindValueInfo[];
  tieTypeValues: TieTypeValueInfo[];
}

export function findSheet(workbook: RawWorkbook, name: string | null): RawSheet | null {
  if (name === null) return null;
  const sheet = workbook.sheets.find((s) => s.name === name);
  if (!sheet) {
    const names = workbook.sheets.map((s) => `“${s.name}”`).join(', ');
    throw new CaremapError(
      'invalid-input',
      `“${workbook.fileName}” has no sheet called “${name}”. Its sheets are ${names}.`,
      { file: workbook.fileName, sheet: name },
    );
  }
  return sheet;
}

function fit<T>(given: readonly T[] | undefined, defaults: T[], filler: T): T[] {
  if (!given) return defaults;
  return defaults.map((_, i) => given[i] ?? filler);
}

/** Each distinct type value (by its folded key), how often it appears, and the kind it matches by itself. */
function kindValuesOf(sheet: RawSheet | null, columns: readonly string[], kinds: readonly Kind[]): KindValueInfo[] {
  const found = new Map<string, KindValueInfo>();
  let blank = 0;
  const kindCol = columns.indexOf('kind');
  if (sheet) {
    const headerRow = headerRowOf(sheet, 'actors');
    for (let r = headerRow + 1; r < sheet.rows.length; r++) {
      const cells = sheet.rows[r]!;
      if (cells.every((c) => c.trim() === '')) continue;
      const value = kindCol === -1 ? '' : tidy(cells[kindCol] ?? '');
      const key = value ? kindKey(value) : '';
      if (key === '') {
        blank++;
        continue;
      }
      const entry = found.get(key);
      if (entry) entry.count++;
      else found.set(key, { value, key, count: 1, matchedKindId: matchKind(value, kinds) });
    }
  }
  return [...found.values(), { value: '', key: '', count: blank, matchedKindId: null }];
}

/** Each distinct tie type value (by its key) of the tie sheet, how often it appears, and the tie type it matches. */
function tieTypeValuesOf(
  sheet: RawSheet | null,
  columns: readonly string[],
  tieTypes: readonly TieType[],
): TieTypeValueInfo[] {
  const typeCol = columns.indexOf('tieType');
  if (!sheet || typeCol === -1) return [];
  const found = new Map<string, TieTypeValueInfo>();
  const headerRow = headerRowOf(sheet, 'ties');
  for (let r = headerRow + 1; r < sheet.rows.length; r++) {
    const value = tidy(sheet.rows[r]![typeCol] ?? '');
    const key = value ? tieTypeKey(value) : '';
    if (key === '') continue;
    const entry = found.get(key);
    if (entry) entry.count++;
    else found.set(key, { value, key, count: 1, matchedTieTypeId: matchKind(value, tieTypes) });
  }
  return [...found.values()];
}

/** The choice given for each tie type value if it still holds, else the match, else a new tie type of its name. */
function tieTypeChoicesOf(
  values: readonly TieTypeValueInfo[],
  tieTypes: readonly TieType[],
  given: ImportChoices['tieTypes'],
): Record<string, TieTypeChoice> {
  const ids = new Set(tieTypes.map((t) => t.id));
  const choices: Record<string, TieTypeChoice> = {};
  for (const value of values) {
    const wanted = given?.[value.key];
    if (wanted && !('tieTypeId' in wanted && !ids.has(wanted.tieTypeId))) choices[value.key] = wanted;
    else if (value.matchedTieTypeId) choices[value.key] = { tieTypeId: value.matchedTieTypeId };
    else choices[value.key] = { newTieType: value.value.slice(0, MAX_NAME) };
  }
  return choices;
}

export function resolveChoices(
  workbook: RawWorkbook,
  kinds: readonly Kind[],
  given: Partial<ImportChoices> = {},
  tieTypes: readonly TieType[] = [],
): ResolvedImport {
  const detected = detectLayout(workbook);
  const actorSheetName = given.actorSheet !== undefined ? given.actorSheet : detected.choices.actorSheet;
  const tieSheetName = given.tieSheet !== undefined ? given.tieSheet : detected.choices.tieSheet;
  const actorSheet = findSheet(workbook, actorSheetName);
  const tieSheet = findSheet(workbook, tieSheetName);
  if (actorSheet && actorSheet === tieSheet) {
    throw new CaremapError(
      'invalid-input',
      `The sheet “${actorSheet.name}” cannot hold both the actors and the ties. Choose another sheet for one of them.`,
    );
  }
  const actorColumns = actorSheet ? fit(given.actorColumns, defaultActorColumns(actorSheet), 'ignore') : [];
  const tieColumns = tieSheet ? fit(given.tieColumns, defaultTieColumns(tieSheet), 'ignore') : [];
  const kindValues = kindValuesOf(actorSheet, actorColumns, kinds);
  const tieTypeValues = tieTypeValuesOf(tieSheet, tieColumns, tieTypes);
  const kindIds = new Set(kinds.map((k) => k.id));
  const choicesForKinds: ImportChoices['kinds'] = {};
  for (const value of kindValues) {
    const wanted = given.kinds?.[value.key];
    const stillThere = wanted && ('newKind' in wanted || kindIds.has(wanted.kindId));
    if (wanted && stillThere) choicesForKinds[value.key] = wanted;
    else if (value.matchedKindId) choicesForKinds[value.key] = { kindId: value.matchedKindId };
    else if (value.key === '') choicesForKinds[''] = { kindId: kinds[0]!.id };
    // A new kind's name is cut to a name's length here, not only when made, so the commit accepts the choice back.
    else choicesForKinds[value.key] = { newKind: value.value.slice(0, MAX_NAME) };
  }
  const sheets = workbook.sheets.map((s) => sheetInfo(s, s === actorSheet ? 'actors' : s === tieSheet ? 'ties' : null));
  return {
    layout: detected.layout,
    sheets,
    choices: {
      actorSheet: actorSheet?.name ?? null,
      tieSheet: tieSheet?.name ?? null,
      actorColumns,
      tieColumns,
      kinds: choicesForKinds,
      tieTypes: tieTypeChoicesOf(tieTypeValues, tieTypes, given.tieTypes),
      // With no actor sheet, ties are all there is: their ends must become actors.
      unknownActors: given.unknownActors ?? (actorSheet ? 'skip' : 'create'),
      preferLater: given.preferLater ?? [],
      // Each row or edge says its own direction; two ties keeps what a directed source says, and the preview offers one.
      reciprocal: given.reciprocal ?? 'two-ties',
    },
    kindValues,
    tieTypeValues,
  };
}
