// The API contract: every operation the renderer may ask of the main process, its input schema and output type.
// Main's handlers implement it, the preload bridges it, the renderer calls it; adding an operation means
// adding a schema here and a handler in main, nothing else.
import { z } from 'zod';
import type { AppInfo, EditResult, FolderListing, RecentMap } from './domain';
import type { OperationName } from './operations';
import { actorId, coordinate, idList, kindId, optionalName, tieId } from './api-fields';
import { actorsCreate, actorsUpdate, tiesCreate, tiesUpdate } from './api-record-schemas';
import { taxonomySchemas } from './api-taxonomy-schemas';
import { exportSchemas, type ExportedFile } from './api-export-schemas';
import { fileSchemas } from './api-file-schemas';
import { historySchemas } from './api-history-schemas';
import type { Snapshot, SnapshotInfo } from './history';
import { importSchemas } from './api-import-schemas';
import type { ImportCommitOutput, ImportPreview } from './import/import-types';
import { workshopSchemas } from './api-workshop-schemas';
import { privacySchemas } from './api-privacy-schemas';
import { reportSchemas } from './api-report-schemas';
import type { StoredReport } from './report-draft';
import type { MapChangedEvent, MapSwitchedEvent, StreamHelloEvent } from './live-map';
import { pasteSchemas, type PasteResult } from './api-paste-schemas';
import { shareSchemas } from './api-share-schemas';
import type { ShareInterface, ShareState } from './room';
import { recordsSchemas } from './api-records-schemas';
import type { RecordDetails } from './canvas-records';
import type { CanvasPayload } from './canvas-pack';

export { OPERATION_NAMES, isOperationName, IPC_CHANNEL, IPC_EVENT_CHANNEL, type OperationName } from './operations';

const filePath = z
  .string()
  .min(1, 'Choose a file.')
  .max(4096)
  .refine((s) => !s.includes('\0'), 'That is not a file path.');
const mapPath = filePath.refine((s) => s.toLowerCase().endsWith('.caremap'), 'A map file name ends in .caremap.');
const empty = z.object({}).strict().optional();

export const schemas = {
  'app.info': empty,
  'map.current': empty,
  'map.new': z.object({ path: mapPath, name: z.string().trim().min(1).max(200).optional() }).strict(),
  'map.open': z.object({ path: mapPath }).strict(),
  /** An existing file is refused ('file-exists') unless `replace` is true: the renderer asks the person first. */
  'map.saveCopyAs': z.object({ path: mapPath, replace: z.boolean().optional() }).strict(),
  'map.recent': empty,
  'map.browse': z.object({ path: filePath.optional() }).strict(),
  /** Electron only: show a native dialog. Browser mode answers null and the renderer shows its own. */
  'dialog.chooseMapToOpen': empty,
  'dialog.chooseNewMapPath': z.object({ suggestedName: z.string().max(200).optional() }).strict(),
  /** provenance defaults to "by hand, confirmed, today". */
  'actors.create': actorsCreate,
  /** `namingNew`: the name typed for an actor just added (a palette drop); it joins that step, so one undo takes both. */
  'actors.rename': z.object({ id: actorId, name: optionalName, namingNew: z.boolean().optional() }).strict(),
  'actors.setKind': z.object({ ids: idList(actorId), kindId }).strict(),
  /** The inspector's and the table's edit of one actor, or of what several actors share; one undo step. */
  'actors.update': actorsUpdate,
  'actors.move': z
    .object({
      moves: z
        .array(z.object({ id: actorId, x: coordinate, y: coordinate }).strict())
        .min(1)
        .max(100_000),
      /**
       * Arrow keys: the burst this nudge belongs to (the window starts one when no arrow key was pressed for a second);
       * nudges of the same actors in one burst are one undo step.
       */
      nudge: z.string().min(1).max(100).optional(),
    })
    .strict(),
  ...pasteSchemas,
  'ties.create': tiesCreate,
  'ties.update': tiesUpdate,
  'elements.delete': z
    .object({ actorIds: z.array(actorId).max(100_000), tieIds: z.array(tieId).max(100_000) })
    .strict()
    .refine((v) => v.actorIds.length + v.tieIds.length > 0, 'Nothing was chosen to delete.'),
  'history.undo': empty,
  'history.redo': empty,
  ...taxonomySchemas,
  ...exportSchemas,
  ...fileSchemas,
  ...historySchemas,
  ...reportSchemas,
  ...importSchemas,
  ...workshopSchemas,
  ...privacySchemas,
  ...shareSchemas,
  ...recordsSchemas,
} satisfies { [K in OperationName]: z.ZodType };

/** What each operation returns. */
export interface Outputs {
  'app.info': AppInfo;
  /**
   * Slim records (ids, names, kinds, positions, ties' ends and styles) packed in columns (canvas-pack.ts); every
   * other field through records.details.
   */
  'map.current': CanvasPayload | null;
  'map.new': CanvasPayload;
  'map.open': CanvasPayload;
  'records.details': RecordDetails;
  'map.saveCopyAs': { path: string };
  'map.recent': RecentMap[];
  'map.browse': FolderListing;
  'dialog.chooseMapToOpen': { path: string | null; supported: boolean };
  'dialog.chooseNewMapPath': { path: string | null; supported: boolean };
  'actors.create': EditResult;
  'actors.rename': EditResult;
  'actors.setKind': EditResult;
  'actors.update': EditResult;
  'actors.move': EditResult;
  'actors.paste': PasteResult;
  'ties.create': EditResult;
  'ties.update': EditResult;
  'elements.delete': EditResult;
  'history.undo': EditResult;
  'history.redo': EditResult;
  'kinds.create': EditResult;
  'kinds.update': EditResult;
  'kinds.merge': EditResult;
  'kinds.delete': EditResult;
  'tieTypes.create': EditResult;
  'tieTypes.update': EditResult;
  'tieTypes.delete': EditResult;
  'tieStatuses.create': EditResult;
  'tieStatuses.update': EditResult;
  'tieStatuses.delete': EditResult;
  'careOffers.create': EditResult;
  'careOffers.update': EditResult;
  'careOffers.delete': EditResult;
  'customFields.create': EditResult;
  'customFields.update': EditResult;
  'customFields.delete': EditResult;
  'export.data': { files: ExportedFile[] };
  'files.saveAs': { path: string | null; supported: boolean };
  'snapshots.list': SnapshotInfo[];
  'snapshots.save': SnapshotInfo;
  'snapshots.open': Snapshot;
  'snapshots.rename': SnapshotInfo;
  'snapshots.delete': SnapshotInfo[];
  'snapshots.restore': EditResult;
  'sessionPrompts.get': Record<string, string>;
  'sessionPrompts.set': Record<string, string>;
  'import.read': ImportPreview;
  'import.preview': ImportPreview;
  'import.commit': ImportCommitOutput;
  'import.prepare': { ready: true };
  'import.discard': { discarded: true };
  'history.recent': { labels: string[] };
  'actors.forget': EditResult;
  'map.saveShareCopy': { path: string };
  'report.get': StoredReport | null;
  'report.save': StoredReport;
  'report.clear': { cleared: true };
  'share.interfaces': ShareInterface[];
  'share.start': ShareState;
  'share.state': ShareState;
  'share.setMode': ShareState;
  'share.setRole': ShareState;
  'share.remove': ShareState;
  'share.newCode': ShareState;
  'share.setShowPeopleNames': ShareState;
  'share.stop': ShareState;
}

/** The parsed (validated) input a handler receives. */
export type Input<K extends OperationName> = z.output<(typeof schemas)[K]>;
/** What a caller may send. */
export type Request<K extends OperationName> = z.input<(typeof schemas)[K]>;
export type Output<K extends OperationName> = Outputs[K];

/** The main process implements this; both transports call it. */
export type Handlers = { [K in OperationName]: (input: Input<K>) => Promise<Output<K>> | Output<K> };

/** The renderer calls this; the preload and the HTTP client both provide it. */
export type CaremapApi = { [K in OperationName]: (input: Request<K>) => Promise<Output<K>> };

/** Server → renderer pushes (Electron's native menu acts in main; the renderer must follow). */
export interface ServerEvents {
  'map.opened': { path: string };
  /** Every committed edit of the open map, to every view (live-map.ts). */
  'map.changed': MapChangedEvent;
  /** The open map was replaced by another, or closed. */
  'map.switched': MapSwitchedEvent;
  /** Browser mode: the first event on connecting to the stream. */
  'stream.hello': StreamHelloEvent;
  /** Invite the room: sharing started or stopped, someone joined or left, a count changed (facilitator's views only). */
  'share.changed': ShareState;
  'menu.command': { command: MenuCommand };
}
export type MenuCommand =
  | 'new-map'
  | 'open-map'
  | 'save-copy-as'
  | 'save-share-copy'
  | 'undo'
  | 'redo'
  | 'fit-view'
  | 'find'
  | 'kinds-and-lists'
  | 'toggle-table'
  | 'toggle-details'
  | 'import'
  | 'export';
export type ServerEventName = keyof ServerEvents;
export interface ServerEvent<K extends ServerEventName = ServerEventName> {
  name: K;
  payload: ServerEvents[K];
}

/** Wire format for both transports: success carries the output, failure a CaremapErrorData. */
export type WireResult<T> = { ok: true; value: T } | { ok: false; error: import('./errors').CaremapErrorData };
