// One open map: reads for the canvas, one ordered write for any change set, the undo history, and closing.
import { tiesClash, type TieEnds } from '../../shared/tie-pairs';
import type {
  Actor,
  ActorId,
  CareOfferId,
  CustomFieldId,
  Kind,
  KindId,
  MapDocument,
  MapInfo,
  Taxonomy,
  TaxonomyList,
  Tie,
  TieId,
  TieStatusId,
  TieType,
  TieTypeId,
} from '../../shared/domain';
import { TAXONOMY_LISTS } from '../../shared/domain';
import type { CanvasDocument } from '../../shared/canvas-records';
import * as actorSql from './actor-queries';
import * as canvasSql from './canvas-queries';
import { forgetInHistoryAndSnapshots, type ForgetResult } from './forget-person';
import { HistoryLog } from './history-log';
import * as metaSql from './meta-queries';
import type { RecordChanges } from './patch-types';
import { saveCopy, type SaveCopyOptions } from './save-copy';
import { ReportDraftTable } from './report-draft';
import { SessionPromptTable } from './session-prompts';
import { SnapshotLog } from './snapshot-log';
import { Connection, type SqliteDatabase } from './sql-connection';
import { corruptMapError, readOnlyMapError } from './store-errors';
import { readTaxonomy, taxonomyTable } from './taxonomy-tables';
import { readVersions, stampVersions, type RecordVersion, type VersionedTable } from './record-versions';
import * as tieSql from './tie-queries';

export class MapStore {
  readonly history: HistoryLog;
  readonly snapshots: SnapshotLog;
  readonly sessionPrompts: SessionPromptTable;
  readonly report: ReportDraftTable;
  private readonly conn: Connection;
  private closed = false;

  constructor(
    db: SqliteDatabase,
    readonly path: string,
    readonly schemaVersion: number,
    historyLimit?: number,
    private readonly access: { readOnly: boolean } = { readOnly: false },
  ) {
    this.conn = new Connection(db);
    this.history = new HistoryLog(this.conn, path, historyLimit);
    this.snapshots = new SnapshotLog(this.conn, path);
    this.sessionPrompts = new SessionPromptTable(this.conn);
    this.report = new ReportDraftTable(this.conn);
  }

  info(): MapInfo {
    const meta = metaSql.readMeta(this.conn);
    if (!meta) throw corruptMapError(this.path);
    const info: MapInfo = {
      path: this.path,
      name: meta.name,
      createdAt: meta.created_at,
      schemaVersion: this.schemaVersion,
    };
    return this.access.readOnly ? { ...info, readOnly: true } : info;
  }

  document(): MapDocument {
    return {
      info: this.info(),
      ...this.taxonomy(),
      actors: this.actors(),
      ties: this.ties(),
      history: this.history.state(),
    };
  }

  /** What a window draws from on opening: the document with slim records (shared/canvas-records.ts). */
  canvasDocument(): CanvasDocument {
    return {
      info: this.info(),
      ...this.taxonomy(),
      actors: canvasSql.listCanvasActors(this.conn),
      ties: canvasSql.listCanvasTies(this.conn),
      history: this.history.state(),
    };
  }

  /** Every list of the map's taxonomy, each in its display order. */
  taxonomy(): Taxonomy {
    return readTaxonomy(this.conn);
  }

  /** One list of the taxonomy, e.g. list('careOffers'). */
  list<K extends TaxonomyList>(list: K): Taxonomy[K][number][] {
    return taxonomyTable(list).list(this.conn);
  }

  /** One entry of a taxonomy list by id, e.g. find('kinds', id). */
  find<K extends TaxonomyList>(list: K, id: Taxonomy[K][number]['id']): Taxonomy[K][number] | undefined {
    return taxonomyTable(list).find(this.conn, id);
  }

  kinds(): Kind[] {
    return this.list('kinds');
  }

  kind(id: KindId): Kind | undefined {
    return this.find('kinds', id);
  }

  tieTypes(): TieType[] {
    return this.list('tieTypes');
  }

  tieType(id: TieTypeId): TieType | undefined {
    return this.find('tieTypes', id);
  }

  actorsOfKind(id: KindId): Actor[] {
    return actorSql.actorsOfKind(this.conn, id);
  }

  actorsWithCareOffer(id: CareOfferId): Actor[] {
    return actorSql.actorsWithCareOffer(this.conn, id);
  }

  actorsWithField(id: CustomFieldId): Actor[] {
    return actorSql.actorsWithField(this.conn, id);
  }

  tiesWithField(id: CustomFieldId): Tie[] {
    return tieSql.tiesWithField(this.conn, id);
  }

  tiesOfType(id: TieTypeId): Tie[] {
    return tieSql.tiesOfType(this.conn, id);
  }

  tiesWithStatus(id: TieStatusId): Tie[] {
    return tieSql.tiesWithStatus(this.conn, id);
  }

  actors(): Actor[] {
    return actorSql.listActors(this.conn);
  }

  actorsByIds(ids: readonly ActorId[]): Actor[] {
    return actorSql.actorsByIds(this.conn, ids);
  }

  ties(): Tie[] {
    return tieSql.listTies(this.conn);
  }

  tiesByIds(ids: readonly TieId[]): Tie[] {
    return tieSql.tiesByIds(this.conn, ids);
  }

  tiesTouching(actorIds: readonly ActorId[]): Tie[] {
    return tieSql.tiesTouching(this.conn, actorIds);
  }

  /** Every tie of `tie`'s type between its two actors, either way round. */
  tiesBetweenOf(tie: TieEnds): Tie[] {
    return tieSql.tiesBetween(this.conn, tie.fromId, tie.toId, tie.tieTypeId);
  }

  /** A tie that `tie` (drawn this way round with this direction) could not share the map with, if there is one. */
  tieClashingWith(tie: TieEnds): Tie | undefined {
    return tieSql.tiesBetween(this.conn, tie.fromId, tie.toId, tie.tieTypeId).find((t) => tiesClash(t, tie));
  }

  /**
   * Rises with every change set written (edits, undo, redo), and is kept in the file: a "has the map changed since?"
   * token that still holds after the map is closed and opened again (SQLite's total_changes() starts again at 0).
   */
  changeCount(): number {
    return metaSql.readChangeCount(this.conn);
  }

  /** Differs after any write to the file's rows, by any route (see meta-queries.ts): the key for caches of reads. */
  writeStamp(): string {
    return `${metaSql.readWriteStamp(this.conn)}:${this.changeCount()}`;
  }

  counts(): { actors: number; ties: number; history: number } {
    return {
      actors: actorSql.countActors(this.conn),
      ties: tieSql.countTies(this.conn),
      history: this.history.count(),
    };
  }

  /** The connection settings that keep the file safe, for tests and an "about this map" view. */
  diagnostics(): {
    journalMode: string;
    lockingMode: string;
    foreignKeys: boolean;
    synchronous: number;
    applicationId: number;
    secureDelete: boolean;
    walAutocheckpoint: number;
  } {
    const pragma = (name: string) => this.conn.db.pragma(name, { simple: true });
    return {
      journalMode: String(pragma('journal_mode')),
      lockingMode: String(pragma('locking_mode')),
      foreignKeys: pragma('foreign_keys') === 1,
      synchronous: Number(pragma('synchronous')),
      applicationId: Number(pragma('application_id')),
      secureDelete: pragma('secure_delete') === 1,
      walAutocheckpoint: Number(pragma('wal_autocheckpoint')),
    };
  }

  /**
   * Writes a change set in the one order the foreign keys allow: taxonomy entries in (actors and ties may point at
   * them), ties out, actors out, actors in, ties in, taxonomy entries out (nothing points at them any more).
   * Call inside transaction() so it lands together with its history entry.
   */
  applyChanges(changes: RecordChanges, known?: KnownRecords): void {
    metaSql.bumpChangeCount(this.conn);
    const count = metaSql.readChangeCount(this.conn);
    // The records as they were, to tell which fields this write changes (their versions, migration 010). The caller
    // may pass those it read in this transaction (an edit's `before`); only the rest are read here.
    const actorsBefore = withUnread(known?.actors ?? [], changes.put.actors, (ids) =>
      actorSql.actorsByIds(this.conn, ids as ActorId[]),
    );
    const tiesBefore = withUnread(known?.ties ?? [], changes.put.ties, (ids) =>
      tieSql.tiesByIds(this.conn, ids as TieId[]),
    );
    for (const list of TAXONOMY_LISTS) this.putTaxonomy(list, changes);
    tieSql.deleteTies(this.conn, changes.deleted.ties);
    actorSql.deleteActors(this.conn, changes.deleted.actors);
    // New records go in already stamped with this count: no second pass over 80,000 fresh rows after an import.
    const actorsIn = actorSql.upsertActors(this.conn, changes.put.actors, (id) => (actorsBefore.has(id) ? 0 : count));
    const tiesIn = tieSql.upsertTies(this.conn, changes.put.ties, (id) => (tiesBefore.has(id) ? 0 : count));
    for (const list of [...TAXONOMY_LISTS].reverse()) taxonomyTable(list).delete(this.conn, changes.deleted[list]);
    stampVersions(this.conn, 'actors', actorsBefore, changes.put.actors, count, actorsIn);
    stampVersions(this.conn, 'ties', tiesBefore, changes.put.ties, count, tiesIn);
  }

  /** When these actors or ties (and each of their fields) last changed, by id; absent ids are not in the map. */
  recordVersions(table: VersionedTable, ids: readonly string[]): Map<string, RecordVersion> {
    return readVersions(this.conn, table, ids);
  }

  private putTaxonomy<K extends TaxonomyList>(list: K, changes: RecordChanges): void {
    taxonomyTable(list).upsert(this.conn, changes.put[list]);
  }

  /** Runs fn in one transaction: everything it wrote is kept, or (if it throws) nothing is. */
  transaction<T>(fn: () => T): T {
    if (this.access.readOnly) throw readOnlyMapError(this.path);
    return this.conn.transaction(fn);
  }

  /**
   * Runs fn, one big write such as an import, with SQLite's automatic checkpoint held off, and copies the WAL into the
   * file just after the caller has had its answer. What fn wrote is committed (safe in the WAL, kill -9 included) when
   * it returns; the copy into the file — 0.1–0.2 s after a 20,000-actor import — then no longer delays that answer.
   */
  checkpointAfter<T>(fn: () => T): T {
    const db = this.conn.db;
    const pages = db.pragma('wal_autocheckpoint', { simple: true }) as number;
    db.pragma('wal_autocheckpoint = 0');
    try {
      return fn();
    } finally {
      db.pragma(`wal_autocheckpoint = ${pages}`);
      setImmediate(() => {
        if (!this.closed) db.pragma('wal_checkpoint(PASSIVE)');
      });
    }
  }

  /**
   * Removes an actor and their ties from the map, the undo history and every snapshot, then rebuilds the file so no
   * freed page keeps their old records. Not an undo step. Returns what was removed; null when there is no such actor.
   */
  forget(id: ActorId): { actor: Actor; ties: Tie[]; result: ForgetResult } | null {
    const outcome = this.transaction(() => {
      const actor = actorSql.actorsByIds(this.conn, [id])[0];
      if (!actor) return null;
      // A changed map: an import planned before the forget must be planned again, or its plan could bring them back.
      metaSql.bumpChangeCount(this.conn);
      const ties = tieSql.tiesTouching(this.conn, [id]);
      tieSql.deleteTies(
        this.conn,
        ties.map((t) => t.id),
      );
      actorSql.deleteActors(this.conn, [id]);
      return { actor, ties, result: forgetInHistoryAndSnapshots(this.conn, actor) };
    });
    if (outcome) this.rebuildFile();
    return outcome;
  }

  /**
   * Rewrites the whole file (VACUUM: no free page left, so nothing deleted survives in one) and empties the WAL, whose
   * old frames would otherwise still hold what was just removed. The rebuild's scratch copy stays in memory.
   */
  private rebuildFile(): void {
    this.conn.db.pragma('temp_store = MEMORY');
    this.conn.db.exec('VACUUM');
    this.conn.db.pragma('wal_checkpoint(TRUNCATE)');
  }

  /** Writes a consistent copy of the map to `target`, replacing it only once the copy is complete. */
  saveCopyAs(target: string, options: SaveCopyOptions = {}): void {
    saveCopy(this.conn.db, this.path, target, options);
  }

  get isOpen(): boolean {
    return !this.closed;
  }

  /** Checkpoints the WAL into the file and releases the lock, so other windows may open the map. */
  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.conn.db.close();
  }
}

/** Actors and ties as they are in the file now, read by the caller inside the same transaction. */
export interface KnownRecords {
  actors?: readonly Actor[];
  ties?: readonly Tie[];
}

/** The records as they were for every id about to be written: the known ones, and the others read now. */
function withUnread<T extends { id: string }>(
  known: readonly T[],
  written: readonly { id: string }[],
  read: (ids: string[]) => T[],
): Map<string, T> {
  const wanted = new Set(written.map((r) => r.id));
  const result = new Map(known.filter((r) => wanted.has(r.id)).map((r) => [r.id, r]));
  const unread = [...wanted].filter((id) => !result.has(id));
  for (const record of read(unread)) result.set(record.id, record);
  return result;
}
