// What a backend needs (deps) and offers, apart from create-backend.ts so the handlers it assembles can name them.
import type { CanvasDocument } from '../../shared/canvas-records';
import type { Handlers } from '../../shared/api';
import type { AppMode, LiveMark, RecentMap } from '../../shared/domain';
import type { ChangeStream } from './change-stream';

export interface NativeDialogs {
  chooseMapToOpen(): Promise<string | null>;
  chooseNewMapPath(suggestedName?: string): Promise<string | null>;
  /** Where to save an exported file; null when the facilitator cancels. */
  chooseSavePath(suggestedName: string, filterName: string, extensions: string[]): Promise<string | null>;
}

export interface BackendDeps {
  mode: AppMode;
  version: string;
  /** Where settings (recent maps, last map) live. */
  dataDir: string;
  /** Where new maps and the demo map go by default. */
  mapsFolder: string;
  /** Electron only; without them the renderer shows its own file browser. */
  dialogs?: NativeDialogs;
  /** better-sqlite3 built for Electron's ABI, when not the Node build. */
  nativeBinding?: string;
  /** Undo steps kept per map (default 1000). */
  historyLimit?: number;
  /** Invite the room: the built renderer's folder served to joined devices (without it sharing cannot start). */
  room?: { rendererDir?: string; port?: number; now?: () => number; codeLifetimeMs?: number };
}

export interface Backend {
  /** Inputs must already be parsed (parseRequest); transports do that. */
  handlers: Handlers;
  /** Opens the map to start with: `explicitPath` (made if missing), else the last map, else the demo map. */
  openInitialMap(explicitPath?: string): CanvasDocument;
  currentPath(): string | null;
  /** For the native Open Recent menu. */
  recentMaps(): RecentMap[];
  /** Closes the open map, releasing its lock. */
  close(): void;
  /** Every committed edit and map switch, for the transports to push to every open view. */
  events: ChangeStream;
  /** The open map's place in the change stream (a view connecting compares it with what it loaded). */
  live(): LiveMark | null;
  /** Closes the room's listener (if sharing) and tells joined devices; Caremap is quitting. */
  stopSharing(): Promise<void>;
}
