// The document's types: what a map holds, in the seed's words. Imported by main, preload and renderer.

declare const brand: unique symbol;
/** A string that only the store hands out, so an ActorId cannot be passed where a TieId is meant. */
export type Branded<T, B extends string> = T & { readonly [brand]: B };

export type ActorId = Branded<string, 'ActorId'>;
export type TieId = Branded<string, 'TieId'>;
export type KindId = Branded<string, 'KindId'>;
export type TieTypeId = Branded<string, 'TieTypeId'>;

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
}

export interface TieType {
  id: TieTypeId;
  name: string;
  colour: string;
  sortOrder: number;
}

export interface Actor {
  id: ActorId;
  name: string;
  kindId: KindId;
  x: number;
  y: number;
}

/** one-way: from → to; mutual: both ways; none: a tie with no direction. */
export const TIE_DIRECTIONS = ['one-way', 'mutual', 'none'] as const;
export type TieDirection = (typeof TIE_DIRECTIONS)[number];

export interface Tie {
  id: TieId;
  fromId: ActorId;
  toId: ActorId;
  tieTypeId: TieTypeId | null;
  direction: TieDirection;
}

export interface MapInfo {
  /** Absolute path of the .caremap file. */
  path: string;
  name: string;
  createdAt: string;
  schemaVersion: number;
}

export interface HistoryState {
  canUndo: boolean;
  canRedo: boolean;
  /** What Undo would undo, for the menu ("Undo Move 3 actors"). */
  undoLabel: string | null;
  redoLabel: string | null;
}

/** Everything the renderer needs to draw an open map. */
export interface MapDocument {
  info: MapInfo;
  kinds: Kind[];
  tieTypes: TieType[];
  actors: Actor[];
  ties: Tie[];
  history: HistoryState;
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
}

export interface EditResult {
  changes: ChangeSet;
  history: HistoryState;
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
