// Caremap's own spreadsheet layout (sheet names, column headers, the words for fixed choices), shared by the
// exporter and the importer so a map exported and imported again comes back the same.
import type {
  ActorRole,
  CareMode,
  Certainty,
  Consent,
  CustomFieldType,
  FieldTarget,
  KindShape,
  LineStyle,
  ProvenanceSource,
  TieDirection,
  TieStrength,
} from './domain';

export const SHEETS = {
  actors: 'Actors',
  ties: 'Ties',
  kinds: 'Kinds',
  tieTypes: 'Tie types',
  tieStatuses: 'Tie statuses',
  careOffers: 'Care offers',
  fields: 'Fields',
  about: 'About',
} as const;

/** The Actors sheet's built-in columns, in order; one column per custom field (its name) follows. */
export const ACTOR_COLUMNS = [
  'Name',
  'Kind',
  'Description',
  'Care offers',
  'Care modes',
  'Role',
  'Area or address',
  'Tags',
  'Website',
  'Email',
  'Phone',
  'Other contact',
  'Consent',
  'Consent date',
  'Notes',
  'Source',
  'Source label',
  'Certainty',
  'X',
  'Y',
] as const;
export type ActorColumn = (typeof ACTOR_COLUMNS)[number];

export const TIE_COLUMNS = ['From', 'To', 'Tie type', 'Direction', 'Strength', 'Status', 'Since', 'Notes'] as const;
export type TieColumn = (typeof TIE_COLUMNS)[number];

/** The list sheets: what a map's own kinds, tie types, statuses, care offers and custom fields are. */
export const KIND_COLUMNS = ['Name', 'Colour', 'Shape'] as const;
export const TIE_TYPE_COLUMNS = ['Name', 'Colour'] as const;
export const TIE_STATUS_COLUMNS = ['Name', 'Line style'] as const;
export const CARE_OFFER_COLUMNS = ['Name'] as const;
/** Choices of a choice field are joined with MULTI_VALUE_SEPARATOR. */
export const FIELD_COLUMNS = ['Name', 'Type', 'Choices', 'For'] as const;
/** The Fields sheet's For column: whom a field is recorded on. A workbook without the column has actors' fields. */
export const FIELD_TARGET_CELLS: Record<FieldTarget, string> = { actor: 'Actors', tie: 'Ties' };

/** Several values in one cell (tags, care offers, care modes), as Kumu writes them. */
export const MULTI_VALUE_SEPARATOR = '|';

export function joinValues(values: readonly string[]): string {
  return values.join(MULTI_VALUE_SEPARATOR);
}

/** Splits a multi-value cell, trimming each value and dropping empty ones. */
export function splitValues(cell: string): string[] {
  return cell
    .split(MULTI_VALUE_SEPARATOR)
    .map((v) => v.trim())
    .filter((v) => v !== '');
}

/** The words written for the fixed choices; a reader should accept these and the codes themselves. */
export const CARE_MODE_CELLS: Record<CareMode, string> = {
  'taking-care-of': 'Taking care of',
  'caring-for': 'Caring for',
  'caring-about': 'Caring about',
};
export const ROLE_CELLS: Record<ActorRole, string> = {
  participant: 'Participant',
  collaborator: 'Collaborator',
  'community-member': 'Community member',
};
export const CONSENT_CELLS: Record<Consent, string> = {
  given: 'Given',
  'not-asked': 'Not asked',
  withdrawn: 'Withdrawn',
};
export const SOURCE_CELLS: Record<ProvenanceSource, string> = {
  hand: 'By hand',
  workshop: 'Workshop',
  import: 'Imported',
};
export const CERTAINTY_CELLS: Record<Certainty, string> = {
  confirmed: 'Confirmed',
  reported: 'Reported',
  assumed: 'Assumed',
};
/** Kumu's words for direction, so a Caremap export also opens in Kumu. */
export const DIRECTION_CELLS: Record<TieDirection, string> = {
  'one-way': 'directed',
  mutual: 'mutual',
  none: 'undirected',
};
export const STRENGTH_CELLS: Record<TieStrength, string> = { weak: 'Weak', medium: 'Medium', strong: 'Strong' };
export const FIELD_TYPE_CELLS: Record<CustomFieldType, string> = {
  text: 'Text',
  number: 'Number',
  boolean: 'Yes/no',
  choice: 'Choice',
  date: 'Date',
};
export const SHAPE_CELLS: Record<KindShape, string> = {
  circle: 'Circle',
  rounded: 'Rounded',
  square: 'Square',
  diamond: 'Diamond',
  hexagon: 'Hexagon',
  triangle: 'Triangle',
};
export const LINE_STYLE_CELLS: Record<LineStyle, string> = {
  solid: 'Solid',
  'long-dash': 'Long dash',
  dashed: 'Dashed',
  dotted: 'Dotted',
};

/** A yes/no custom field's cell. */
export const YES_CELL = 'yes';
export const NO_CELL = 'no';

/**
 * Reads a fixed-choice cell back: the written word or the code itself, whatever the capitals. null when it is
 * neither, so the caller can name the cell in its message.
 */
export function readChoiceCell<K extends string>(cells: Record<K, string>, text: string): K | null {
  const wanted = text.trim().toLowerCase();
  for (const [code, word] of Object.entries(cells) as [K, string][]) {
    if (code.toLowerCase() === wanted || word.toLowerCase() === wanted) return code;
  }
  return null;
}

/**
 * CSV only: a text cell that a spreadsheet program would run as a formula is written with a leading apostrophe
 * (the OWASP rule); a reader of Caremap's CSV drops an apostrophe followed by one of these characters.
 */
export const FORMULA_STARTS = ['=', '+', '-', '@', '\t', '\r'] as const;

export function startsLikeFormula(text: string): boolean {
  return text.length > 0 && (FORMULA_STARTS as readonly string[]).includes(text[0]!);
}
