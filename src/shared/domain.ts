// The document's types: what a map holds, in the seed's words. Imported by main, preload and renderer.

declare const brand: unique symbol;
/** A string that only the store hands out, so an ActorId cannot be passed where a TieId is meant. */
export type Branded<T, B extends string> = T & { readonly [brand]: B };

export type ActorId = Branded<string, 'ActorId'>;
export type TieId = Branded<string, 'TieId'>;
export type KindId = Branded<string, 'KindId'>;
export type TieTypeId = Branded<string, 'TieTypeId'>;
export type TieStatusId = Branded<string, 'TieStatusId'>;
export type CareOfferId = Branded<string, 'CareOfferId'>;
export type CustomFieldId = Branded<string, 'CustomFieldId'>;

/** A calendar date, YYYY-MM-DD: a workshop day or a consent date has no time of day or time zone. */
export type IsoDate = string;

/** How a kind is drawn on the canvas, so kinds differ by more than colour (colour-blind readers, greyscale print). */
export const KIND_SHAPES = ['circle', 'rounded', 'square', 'diamond', 'hexagon', 'triangle'] as const;
export type KindShape = (typeof KIND_SHAPES)[number];

export interface Kind {
  id: KindId;
  name: string;
  /** CSS hex colour, e.g. #1f77b4 */
  colour: string;
  shape: KindShape;
  sortOrder: number;
  /**
   * These actors are people (volunteers, carers, service users…), not organisations: an anonymised export keeps only
   * what is known to be safe about them. Set by the facilitator, never guessed from the kind's name.
   */
  people: boolean;
}

export interface TieType {
  id: TieTypeId;
  name: string;
  colour: string;
  sortOrder: number;
}

/** How a tie status is drawn: the Clapton map drew inactive ties dashed and potential ones dotted. */
export const LINE_STYLES = ['solid', 'long-dash', 'dashed', 'dotted'] as const;
export type LineStyle = (typeof LINE_STYLES)[number];

export interface TieStatus {
  id: TieStatusId;
  name: string;
  lineStyle: LineStyle;
  sortOrder: number;
}

/** What an actor offers (peer support, shared meals…), from the map's own list. */
export interface CareOffer {
  id: CareOfferId;
  name: string;
  sortOrder: number;
}

/** boolean is shown to people as "yes/no". */
export const CUSTOM_FIELD_TYPES = ['text', 'number', 'boolean', 'choice', 'date'] as const;
export type CustomFieldType = (typeof CUSTOM_FIELD_TYPES)[number];

/** What a custom field is recorded on: every actor, or every tie. */
export const FIELD_TARGETS = ['actor', 'tie'] as const;
export type FieldTarget = (typeof FIELD_TARGETS)[number];

/** A field the facilitator adds to every actor (or every tie) of this map. */
export interface CustomField {
  id: CustomFieldId;
  name: string;
  type: CustomFieldType;
  /** Actors' fields are shown, filtered and sized by on actors; ties' fields in a tie's Details and the exports. */
  appliesTo: FieldTarget;
  /** The choices of a choice field, in order; empty for every other type. */
  options: string[];
  sortOrder: number;
  /**
   * Safe to share: an anonymised export keeps this field's values for people. Off (private) by default, because a
   * facilitator's own field is often a date of birth or a case number.
   */
  safe: boolean;
}

/** text and choice hold a string, number a number, boolean a boolean, date an IsoDate string. */
export type CustomFieldValue = string | number | boolean;
/** Keyed by CustomFieldId; a field with no value is absent rather than null. */
export type CustomValues = Record<string, CustomFieldValue>;

/** The seed's three ways of caring. */
export const CARE_MODES = ['taking-care-of', 'caring-for', 'caring-about'] as const;
export type CareMode = (typeof CARE_MODES)[number];

/** An actor's part in the mapping project itself; null when it has none. */
export const ACTOR_ROLES = ['participant', 'collaborator', 'community-member'] as const;
export type ActorRole = (typeof ACTOR_ROLES)[number];

/** Whether an individual agreed to appear on the map; null when the question does not apply. */
export const CONSENT_STATES = ['given', 'not-asked', 'withdrawn'] as const;
export type Consent = (typeof CONSENT_STATES)[number];

/** Where a record came from: drawn by hand, recorded in a workshop, or read from a partner's file. */
export const PROVENANCE_SOURCES = ['hand', 'workshop', 'import'] as const;
export type ProvenanceSource = (typeof PROVENANCE_SOURCES)[number];

/** How sure the facilitator is: seen or agreed (confirmed), told by someone (reported), or guessed (assumed). */
export const CERTAINTIES = ['confirmed', 'reported', 'assumed'] as const;
export type Certainty = (typeof CERTAINTIES)[number];

export interface Provenance {
  source: ProvenanceSource;
  /** The workshop's name or the file's name; empty for a record added by hand. */
  label: string;
  /** For imports: the sheet and (1-based) row the record was read from. */
  sheet: string | null;
  row: number | null;
  /** The day it was recorded; null for records older than provenance (migrated maps). */
  recordedOn: IsoDate | null;
  certainty: Certainty;
}

export interface ContactDetails {
  email: string;
  phone: string;
  /** Anything else: a social media handle, "ask at the front desk". */
  other: string;
}

export interface Actor {
  id: ActorId;
  name: string;
  kindId: KindId;
  x: number;
  y: number;
  description: string;
  careOfferIds: CareOfferId[];
  careModes: CareMode[];
  role: ActorRole | null;
  /** Area or address, as the facilitator writes it. */
  address: string;
  tags: string[];
  website: string;
  contact: ContactDetails;
  /** For individuals: consent to appear on the map, and when it was given or withdrawn. */
  consent: Consent | null;
  consentDate: IsoDate | null;
  notes: string;
  /** Pinned in place: automatic layouts leave this actor where it is. */
  pinned: boolean;
  customValues: CustomValues;
  provenance: Provenance;
}

/** one-way: from → to; mutual: both ways; none: a tie with no direction. */
export const TIE_DIRECTIONS = ['one-way', 'mutual', 'none'] as const;
export type TieDirection = (typeof TIE_DIRECTIONS)[number];

/** Drawn as line width. */
export const TIE_STRENGTHS = ['weak', 'medium', 'strong'] as const;
export type TieStrength = (typeof TIE_STRENGTHS)[number];

export interface Tie {
  id: TieId;
  fromId: ActorId;
  toId: ActorId;
  tieTypeId: TieTypeId | null;
  direction: TieDirection;
  strength: TieStrength;
  /** null: no status recorded (drawn solid). */
  statusId: TieStatusId | null;
  /** Since when the tie has existed. */
  since: IsoDate | null;
  notes: string;
  /** Values of the ties' custom fields (fields whose appliesTo is 'tie'), keyed by CustomFieldId. */
  customValues: CustomValues;
  provenance: Provenance;
}

/** The map's own lists, each editable by the facilitator. */
export interface Taxonomy {
  kinds: Kind[];
  tieTypes: TieType[];
  tieStatuses: TieStatus[];
  careOffers: CareOffer[];
  customFields: CustomField[];
}

/** The taxonomy's lists by name, in the order records depend on nothing later in it. */
export const TAXONOMY_LISTS = [
  'kinds',
  'tieTypes',
  'tieStatuses',
  'careOffers',
  'customFields',
] as const satisfies readonly (keyof Taxonomy)[];
export type TaxonomyList = (typeof TAXONOMY_LISTS)[number];

export interface MapInfo {
  /** Absolute path of the .caremap file. */
  path: string;
  name: string;
  createdAt: string;
  schemaVersion: number;
  /** Present (true) when the file or its drive cannot be written: the map can be read, exported and copied only. */
  readOnly?: true;
}

export interface HistoryState {
  canUndo: boolean;
  canRedo: boolean;
  /** What Undo would undo, for the menu ("Undo Move 3 actors"). */
  undoLabel: string | null;
  redoLabel: string | null;
}

/** Everything the renderer needs to draw an open map: its info, its taxonomy's lists, its records. */
export interface MapDocument extends Taxonomy {
  info: MapInfo;
  actors: Actor[];
  ties: Tie[];
  history: HistoryState;
  /** Where this opening of the map stands in its change stream (set by main; absent in files and exports). */
  live?: LiveMark;
}

/**
 * What one edit (or undo/redo) changed, as records to put and ids to remove.
 * The renderer applies exactly this and never guesses what the store did.
 */
export interface ChangeSet {
  actorsPut: Actor[];
  actorsDeleted: ActorId[];
  tiesPut: Tie[];
  tiesDeleted: TieId[];
  /** The whole taxonomy after the edit, present only when the edit (or its undo) changed it. */
  taxonomy?: Taxonomy;
}

/**
 * Where a view stands in an open map's change stream (see live-map.ts). `mapId` is made afresh each time a map is
 * opened, so views can tell one opening from another even of the same file; `seq` counts the edits published since.
 */
export interface LiveMark {
  mapId: string;
  seq: number;
  /**
   * The map's version at this mark: its change count, which rises with every write. Each actor's and tie's fields
   * carry the version that last changed them (in the file), so a view that stands at version N and edits says "based
   * on N" (CallMeta.baseVersion) and main can tell what it has not seen. Absent on marks from before issue 16.
   */
  version?: number;
}

export interface EditResult {
  changes: ChangeSet;
  history: HistoryState;
  /** The sequence number main published this edit under; absent when nothing changed (nothing was published). */
  live?: LiveMark;
  /** Undo/redo only: a sentence when part of the step was left as someone else changed it since. */
  note?: string;
}

export interface RecentMap {
  path: string;
  name: string;
  openedAt: string;
}

/** An entry in the in-app file browser (browser mode has no native dialog). */
export interface FolderEntry {
  name: string;
  path: string;
  isFolder: boolean;
}

export interface FolderListing {
  path: string;
  parent: string | null;
  entries: FolderEntry[];
}

export type AppMode = 'electron' | 'browser';

export interface AppInfo {
  mode: AppMode;
  version: string;
  /** Where new maps go by default. */
  mapsFolder: string;
  /** Whether the main process can show native file dialogs (Electron) or the renderer must offer its own. */
  nativeDialogs: boolean;
}
