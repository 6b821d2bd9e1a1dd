// The import's vocabulary: a workbook read into text cells, the facilitator's choices, and the preview of what will change.
import type { EditResult, KindId, TieTypeId } from '../domain';
import type { ActorUpdate } from './actor-updates';

/** One sheet as rows of text cells, exactly as written (a formula-looking cell stays text; rows are 1-based in messages). */
export interface RawSheet {
  name: string;
  rows: string[][];
}

export interface RawWorkbook {
  fileName: string;
  sheets: RawSheet[];
  /** Set when the sheets were made from a network file (GraphML, GEXF, PRSM, Kumu JSON) rather than read from cells. */
  graph?: true;
}

/**
 * Where an actor column's values go. 'custom' makes (or fills) a custom field named after the column's header;
 * 'customNumber' the same as a number field (guessed when every value in the column is a number).
 */
export const ACTOR_TARGETS = [
  'ignore',
  'id',
  'name',
  'firstName',
  'lastName',
  'kind',
  'description',
  'careOffers',
  'careModes',
  'role',
  'address',
  'tags',
  'website',
  'email',
  'phone',
  'otherContact',
  'consent',
  'consentDate',
  'notes',
  'x',
  'y',
  'custom',
  'customNumber',
] as const;
export type ActorTarget = (typeof ACTOR_TARGETS)[number];

/** 'custom' and 'customNumber' make (or fill) a tie field named after the column's header, as for actors. */
export const TIE_TARGETS = [
  'ignore',
  'from',
  'to',
  'tieType',
  'direction',
  'strength',
  'status',
  'since',
  'notes',
  'custom',
  'customNumber',
] as const;
export type TieTarget = (typeof TIE_TARGETS)[number];

/** The layouts other tools write, recognised with no set-up; 'generic' is anything else, matched by header synonyms. */
export type LayoutName = 'kumu' | 'prsm' | 'gephi' | 'onodo' | 'caremap' | 'graph' | 'generic';

/** A type value's kind: an existing one, or a new kind of this name. */
/** A new kind says whether its actors are people (the import preview asks); unsaid, they are. */
export type KindChoice = { kindId: KindId } | { newKind: string; people?: boolean };

/** A tie type value's type in the map: an existing one, a new tie type of this name, or none (the ties are untyped). */
export type TieTypeChoice = { tieTypeId: TieTypeId } | { newTieType: string } | { none: true };

export interface ImportChoices {
  actorSheet: string | null;
  tieSheet: string | null;
  /** Column index (0-based) → target, for the actor sheet and the tie sheet. */
  actorColumns: ActorTarget[];
  tieColumns: TieTarget[];
  /** Folded type value → kind; '' is the kind for rows with no type (and for actors made for unknown tie ends). */
  kinds: Record<string, KindChoice>;
  /** Folded tie type value → its type in the map. Absent (older callers) means matched or new, as before. */
  tieTypes?: Record<string, TieTypeChoice>;
  /** Ties naming an actor that is in neither the file nor the map. */
  unknownActors: 'skip' | 'create';
  /** Where a duplicate actor row disagrees with the first: the later values to use instead ("row:column" keys). */
  preferLater: string[];
  /**
   * A one-way tie A→B and one B→A of the same type: two ties (as a directed source means them), or one mutual tie.
   * Absent means two ties.
   */
  reciprocal?: ReciprocalChoice;
}

export const RECIPROCAL_CHOICES = ['two-ties', 'mutual'] as const;
export type ReciprocalChoice = (typeof RECIPROCAL_CHOICES)[number];

/** What happens to the row or value a problem is about. */
export type ProblemOutcome = 'skipped' | 'merged' | 'created' | 'kept' | 'cleared';

export interface ImportProblem {
  sheet: string;
  /** 1-based, as the spreadsheet shows it. */
  row: number;
  /** The column's letter and header, e.g. "B (Type)"; empty when the problem is the whole row. */
  column: string;
  message: string;
  outcome: ProblemOutcome;
  /** A value a duplicate row disagrees on: the key to put in choices.preferLater, and whether it is taken now. */
  choice?: { key: string; taken: boolean };
}

export interface ColumnInfo {
  index: number;
  /** "A", "B", … "AA". */
  letter: string;
  header: string;
  /** The first few non-empty values, so the facilitator can tell what the column holds. */
  samples: string[];
}

export interface SheetInfo {
  name: string;
  /** Data rows under the header row. */
  rows: number;
  /** 1-based row of the headers. */
  headerRow: number;
  columns: ColumnInfo[];
  ignored: boolean;
}

export interface KindValueInfo {
  /** The value as first written in the file. */
  value: string;
  key: string;
  count: number;
  /** The kind the value matched by itself, if any; the choice may differ. */
  matchedKindId: KindId | null;
}

export interface TieTypeValueInfo {
  /** The value as first written in the file. */
  value: string;
  key: string;
  /** Tie rows giving this value. */
  count: number;
  /** The tie type the value matched by itself, if any; the choice may differ. */
  matchedTieTypeId: TieTypeId | null;
}

export interface ImportCounts {
  actorsAdded: number;
  actorsUpdated: number;
  tiesAdded: number;
  tiesUpdated: number;
  newKinds: number;
  newTieTypes: number;
  newFields: number;
  newCareOffers: number;
  /** Empty rows between the header and the last filled row of the actor and tie sheets: skipped, but counted. */
  blankRows: number;
}

export interface ImportPreview {
  importId: string;
  fileName: string;
  layout: LayoutName;
  sheets: SheetInfo[];
  choices: ImportChoices;
  kindValues: KindValueInfo[];
  /** Each distinct tie type value of the tie sheet (none when it has no type column). */
  tieTypeValues: TieTypeValueInfo[];
  counts: ImportCounts;
  /** Every problem, up to MAX_PROBLEMS_SHOWN; problemCount says how many there were in all. */
  problems: ImportProblem[];
  problemCount: number;
  /** Existing actors the import changes and what changes on each (up to MAX_PROBLEMS_SHOWN). */
  updates?: ActorUpdate[];
}

export const MAX_PROBLEMS_SHOWN = 1000;

/**
 * Bigger than any partner's spreadsheet; a cap so a wrong file cannot exhaust memory. As base64 (4/3 bigger) it
 * also fits under browser mode's 64 MB request limit.
 */
export const MAX_IMPORT_MB = 40;
export const MAX_IMPORT_BYTES = MAX_IMPORT_MB * 1024 * 1024;
export const tooBigMessage = (fileName: string) =>
  `“${fileName}” is larger than ${MAX_IMPORT_MB} MB, too big to import. Split it into smaller files, or save it as .csv.`;

export interface ImportSummary {
  fileName: string;
  counts: ImportCounts;
  problems: ImportProblem[];
  problemCount: number;
}

/** What a commit returns: the edit (one undo step) and what it did. */
export type ImportCommitOutput = EditResult & { summary: ImportSummary };
