// The shapes an import plan is made of and the context its steps share (plan-import.ts runs the steps).
import type { Actor, ActorId, CustomField, IsoDate, Provenance, Taxonomy, Tie, TieId } from '../domain';
import type { ImportChoices, ImportCounts, ImportProblem, RawSheet, RawWorkbook } from './import-types';
import type { ImportTaxonomy } from './import-taxonomy';
import type { ProblemList } from './problems';
import type { ResolvedImport } from './resolve-choices';

export interface MapSnapshot {
  actors: readonly Actor[];
  ties: readonly Tie[];
  taxonomy: Taxonomy;
}

export interface PlanOptions {
  today: IsoDate;
  newId: () => string;
}

/** Whole records before and after, the shape an undo step holds. New taxonomy entries have no "before". */
export interface ImportRecords {
  taxonomy: Pick<Taxonomy, 'kinds' | 'tieTypes' | 'careOffers' | 'customFields'>;
  actorsBefore: Actor[];
  actorsAfter: Actor[];
  tiesBefore: Tie[];
  tiesAfter: Tie[];
}

export interface ImportPlan {
  resolved: ResolvedImport;
  records: ImportRecords;
  counts: ImportCounts;
  problems: ImportProblem[];
}

/** What every step of planning reads: the file, the map, the choices, and where problems and new taxonomy go. */
export interface PlanContext {
  workbook: RawWorkbook;
  snapshot: MapSnapshot;
  choices: ImportChoices;
  options: PlanOptions;
  problems: ProblemList;
  taxonomy: ImportTaxonomy;
  /** The file is Caremap's own layout (its provenance columns and field shapes are read back). */
  ownLayout: boolean;
  /** Where a record came from: this file, a sheet and row. */
  provenance(sheet: string, row: number, certainty?: Provenance['certainty']): Provenance;
}

/** The actors step's result: actors before and after, and how the file's names and Ids map to actors. */
export interface ActorMatches {
  actorSheet: RawSheet | null;
  before: Map<ActorId, Actor>;
  after: Map<ActorId, Actor>;
  /** New actors whose X/Y came from the file (not laid out). */
  placedFromFile: Set<ActorId>;
  fileByName: Map<string, ActorId>;
  fileById: Map<string, ActorId>;
  existingByName: Map<string, Actor>;
  existingById: Map<string, Actor>;
  /** Tie ends are Ids (Gephi's tables): a tie end must match an Id, not a name. */
  byIds: boolean;
  endsMustMatch: boolean;
  existingIdField: CustomField | null;
}

/** The ties step's result: ties before and after. */
export interface TiePlan {
  before: Map<TieId, Tie>;
  after: Map<TieId, Tie>;
}
