// Reads the actor sheet's rows into one draft per actor: values checked, blank names skipped, and the same actor
// written twice (names differing only in case or spacing, or the same ID) merged into one.
import type { ActorRole, CareMode, Consent, IsoDate } from '../domain';
import { nameKey, splitList, tidy } from './cell-values';
import {
  parseCareModes,
  parseConsent,
  parseDate,
  parseEmail,
  parseNumber,
  parseRole,
  parseWebsite,
  limitText,
  type Parsed,
} from './field-values';
import type { ActorTarget, RawSheet } from './import-types';
import { kindKey } from './match-kinds';
import { columnName, type ProblemList } from './problems';

export interface ActorFields {
  description: string;
  careOffers: string[];
  careModes: CareMode[];
  role: ActorRole;
  address: string;
  tags: string[];
  website: string;
  email: string;
  phone: string;
  otherContact: string;
  consent: Consent;
  consentDate: IsoDate;
  notes: string;
  x: number;
  y: number;
}

export interface ActorDraft {
  sheet: string;
  /** 1-based row the actor was (first) read from. */
  row: number;
  name: string;
  key: string;
  externalId: string | null;
  /** kindKey of the type cell; null when there is no type column or the cell is blank. */
  kind: string | null;
  /** The type cell as written, for the preview's words. */
  kindText: string;
  fields: Partial<ActorFields>;
  /** Custom column header → its text and the column it came from (for problems). */
  custom: Record<string, { text: string; column: string }>;
  /** The column each field was read from, to name it when a duplicate row disagrees. */
  columns: Partial<Record<keyof ActorFields | 'kind', string>>;
}

const TEXT_LIMITS: Partial<Record<ActorTarget, [number, string]>> = {
  description: [5000, 'The description'],
  address: [500, 'The area or address'],
  phone: [100, 'The phone number'],
  otherContact: [1000, 'The other contact details'],
  notes: [20_000, 'The notes'],
};

type Setter = (draft: ActorDraft, text: string) => Parsed<unknown> & { cut?: string };

function set<K extends keyof ActorFields>(key: K, parse: (text: string) => Parsed<ActorFields[K]>): Setter {
  return (draft, text) => {
    const parsed = parse(text);
    if (parsed.ok) draft.fields[key] = parsed.value;
    return parsed;
  };
}

function setText(key: 'description' | 'address' | 'phone' | 'otherContact' | 'notes'): Setter {
  const [longest, what] = TEXT_LIMITS[key]!;
  return (draft, text) => {
    const parsed = limitText(text, longest, what);
    draft.fields[key] = parsed.value;
    return parsed;
  };
}

const list = (text: string): Parsed<string[]> => ({ ok: true, value: splitList(text) });
const tagList = (text: string): Parsed<string[]> => {
  const tags = splitList(text, /[|;,]/);
  const long = tags.find((t) => t.length > 60);
  return long
    ? { ok: false, message: `The tag “${long.slice(0, 40)}…” is longer than 60 characters; the tags are left out.` }
    : { ok: true, value: tags };
};

const SETTERS: Partial<Record<ActorTarget, Setter>> = {
  description: setText('description'),
  careOffers: set('careOffers', list),
  careModes: set('careModes', parseCareModes),
  role: set('role', parseRole),
  address: setText('address'),
  tags: set('tags', tagList),
  website: set('website', parseWebsite),
  email: set('email', parseEmail),
  phone: setText('phone'),
  otherContact: setText('otherContact'),
  consent: set('consent', parseConsent),
  consentDate: set('consentDate', parseDate),
  notes: setText('notes'),
  x: set('x', parseNumber),
  y: set('y', parseNumber),
};

/** A value as the preview quotes it: short, on one line. */
function quote(value: unknown): string {
  const text = (Array.isArray(value) ? value.join(', ') : String(value)).replace(/\s+/g, ' ').trim();
  return `“${text.length > 60 ? `${text.slice(0, 59)}…` : text}”`;
}

const sameValue = (a: unknown, b: unknown) =>
  String(a).replace(/\s+/g, ' ').trim().toLowerCase() === String(b).replace(/\s+/g, ' ').trim().toLowerCase();

/** "C (Description)" → "Description": the header as the facilitator wrote it. */
const headerOf = (column: string) => /\((.*)\)$/.exec(column)?.[1] ?? column;

/**
 * A later row of the same actor fills in what the first left empty and adds to its lists; it never overwrites. Where it
 * disagrees with a value already there, the first is kept and the later one is listed in the preview (row, column and
 * both values), so nothing a partner wrote disappears unseen.
 */
function mergeInto(
  first: ActorDraft,
  later: ActorDraft,
  problems: ProblemList,
  preferLater: ReadonlySet<string>,
): void {
  /** Reports the disagreement; true when the facilitator chose the later row's value. */
  const disagree = (column: string | undefined, theirs: unknown, mine: unknown): boolean => {
    const key = `${later.row}:${column ?? ''}`;
    const taken = preferLater.has(key);
    const field = headerOf(column ?? 'this field');
    const message = taken
      ? `Row ${later.row}’s ${quote(theirs)} is used for ${field}, as you chose, instead of row ${first.row}’s ${quote(mine)}.`
      : `Row ${later.row} says ${quote(theirs)} for ${field}; row ${first.row}’s ${quote(mine)} is kept.`;
    problems.add(later.sheet, later.row, column ?? '', message, 'kept', { key, taken });
    return taken;
  };
  for (const [key, value] of Object.entries(later.fields) as [keyof ActorFields, never][]) {
    const mine = first.fields[key];
    if (Array.isArray(mine) && Array.isArray(value))
      first.fields[key] = [...new Set([...mine, ...(value as string[])])] as never;
    else if (mine === undefined || mine === '') {
      first.fields[key] = value;
      if (later.columns[key]) first.columns[key] = later.columns[key];
    } else if (!sameValue(mine, value) && disagree(later.columns[key], value, mine)) first.fields[key] = value;
  }
  for (const [header, value] of Object.entries(later.custom)) {
    const mine = first.custom[header];
    if (!mine) first.custom[header] = value;
    else if (!sameValue(mine.text, value.text) && disagree(value.column, value.text, mine.text))
      first.custom[header] = value;
  }
  if (first.kind === null) first.kind = later.kind;
  else if (
    later.kind !== null &&
    later.kind !== first.kind &&
    disagree(later.columns.kind, later.kindText, first.kindText)
  ) {
    first.kind = later.kind;
    first.kindText = later.kindText;
  }
  first.externalId ??= later.externalId;
}

export function readActorRows(
  sheet: RawSheet,
  headerRow: number,
  targets: readonly string[],
  problems: ProblemList,
  preferLater: ReadonlySet<string> = new Set(),
): ActorDraft[] {
  const headers = sheet.rows[headerRow] ?? [];
  const drafts = new Map<string, ActorDraft>();
  const col = (target: ActorTarget) => targets.indexOf(target);
  const [nameCol, firstCol, lastCol, idCol, kindCol] = [
    col('name'),
    col('firstName'),
    col('lastName'),
    col('id'),
    col('kind'),
  ];
  // The column a name problem points at: the name, else the surname or first name it is made from.
  const nameWhere = [nameCol, lastCol, firstCol].find((c) => c !== -1) ?? -1;
  for (let r = headerRow + 1; r < sheet.rows.length; r++) {
    const cells = sheet.rows[r]!;
    if (cells.every((c) => c.trim() === '')) continue;
    const row = r + 1;
    const cell = (index: number) => (index === -1 ? '' : (cells[index] ?? ''));
    let name = tidy(cell(nameCol));
    if (name === '' && (firstCol !== -1 || lastCol !== -1)) name = tidy(`${cell(firstCol)} ${cell(lastCol)}`);
    const externalId = tidy(cell(idCol)) || null;
    if (name === '' && externalId !== null && nameCol === -1) name = externalId;
    if (name === '') {
      const where = nameWhere !== -1 ? columnName(nameWhere, headers) : '';
      problems.add(sheet.name, row, where, 'This row has no name, so it is not imported.', 'skipped');
      continue;
    }
    if (name.length > 200) {
      problems.add(
        sheet.name,
        row,
        columnName(nameWhere, headers),
        'The name is longer than 200 characters; it is cut to fit.',
        'kept',
      );
      name = name.slice(0, 200);
    }
    const kindText = tidy(cell(kindCol));
    const draft: ActorDraft = {
      sheet: sheet.name,
      row,
      name,
      key: nameKey(name),
      externalId,
      kind: kindText ? kindKey(kindText) || null : null,
      kindText,
      fields: {},
      custom: {},
      columns: {},
    };
    if (kindCol !== -1) draft.columns.kind = columnName(kindCol, headers);
    targets.forEach((target, index) => {
      const text = cell(index);
      if (text.trim() === '') return;
      if (target === 'custom' || target === 'customNumber') {
        const header = tidy(headers[index] ?? '');
        if (header) draft.custom[header] = { text: text.trim(), column: columnName(index, headers) };
        return;
      }
      const setter = SETTERS[target as ActorTarget];
      if (!setter) return;
      draft.columns[target as keyof ActorFields] = columnName(index, headers);
      const result = setter(draft, text);
      if (!result.ok) problems.add(sheet.name, row, columnName(index, headers), result.message, 'cleared');
      else if (result.cut) problems.add(sheet.name, row, columnName(index, headers), result.cut, 'kept');
    });
    const identity = externalId !== null ? `id:${externalId}` : `name:${draft.key}`;
    const earlier = drafts.get(identity);
    if (earlier) {
      const how =
        externalId !== null ? `the same ID (${externalId})` : `the same name as row ${earlier.row} (“${earlier.name}”)`;
      problems.add(
        sheet.name,
        row,
        columnName(externalId !== null ? idCol : nameWhere, headers),
        `This row has ${how}; the two rows are merged into one actor.`,
        'merged',
      );
      mergeInto(earlier, draft, problems, preferLater);
    } else drafts.set(identity, draft);
  }
  return [...drafts.values()];
}
