// One open map: reads for the canvas, one ordered write for any change set, the undo history, and closing.
import type {
  Actor,
  ActorId,
  ChangeSet,
  Kind,
  KindId,
  MapDocument,
  MapInfo,
  Tie,
  TieId,
  TieType,
  TieTypeId,
} from '../../shared/domain';
import * as actorSql from './actor-queries';
import { HistoryLog } from './history-log';
import { saveCopy } from './save-copy';
import { Connection, type SqliteDatabase } from './sql-connection';
import { corruptMapError } from './store-errors';
import * as taxonomySql from './taxonomy-queries';
import * as tieSql from './tie-queries';

export class MapStore {
  readonly history: HistoryLog;
  private readonly conn: Connection;
  private closed = false;

  constructor(
    db: SqliteDatabase,
    readonly path: string,
    readonly schemaVersion: number,
    historyLimit?: number,
  ) {
    this.conn = new Connection(db);
    this.history = new HistoryLog(this.conn, path, historyLimit);
  }

  info(): MapInfo {
    const meta = taxonomySql.readMeta(this.conn);
    if (!meta) throw corruptMapError(this.path);
    return { path: this.path, name: meta.name, createdAt: meta.created_at, schemaVersion: this.schemaVersion };
  }

  document(): MapDocument {
    return {
      info: this.info(),
      kinds: this.kinds(),
      tieTypes: this.tieTypes(),
      actors: this.actors(),
      ties: this.ties(),
      history: this.history.state(),
    };
  }

  kinds(): Kind[] {
    return taxonomySql.listKinds(this.conn);
  }

  kind(id: KindId): Kind | undefined {
    return taxonomySql.kindById(this.conn, id);
  }

  tieTypes(): TieType[] {
    return taxonomySql.listTieTypes(this.conn);
  }

  tieType(id: TieTypeId): TieType | undefined {
    return taxonomySql.tieTypeById(this.conn, id);
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

  tieBetween(a: ActorId, b: ActorId, tieTypeId: TieTypeId | null): Tie | undefined {
    return tieSql.tieBetween(this.conn, a, b, tieTypeId);
  }

  counts(): { actors: number; ties: number; history: number } {
    return { actors: actorSql.countActors(this.conn), ties: tieSql.countTies(this.conn), history: this.history.count() };
  }

  /** The connection settings that keep the file safe, for tests and an "about this map" view. */
  diagnostics(): { journalMode: string; lockingMode: string; foreignKeys: boolean; synchronous: number; applicationId: number } {
    const pragma = (name: string) => this.conn.db.pragma(name, { simple: true });
    return {
      journalMode: String(pragma('journal_mode')),
      lockingMode: String(pragma('locking_mode')),
      foreignKeys: pragma('foreign_keys') === 1,
      synchronous: Number(pragma('synchronous')),
      applicationId: Number(pragma('application_id')),
    };
  }

  /**
   * Writes a change set in the one order the foreign keys allow: ties out, actors out, actors in, ties in.
   * Call inside transaction() so it lands together with its history entry.
   */
  applyChanges(changes: ChangeSet): void {
    tieSql.deleteTies(this.conn, changes.tiesDeleted);
    actorSql.deleteActors(this.conn, changes.actorsDeleted);
    actorSql.upsertActors(this.conn, changes.actorsPut);
    tieSql.upsertTies(this.conn, changes.tiesPut);
  }

  /** Runs fn in one transaction: everything it wrote is kept, or (if it throws) nothing is. */
  transaction<T>(fn: () => T): T {
    return this.conn.transaction(fn);
  }

  /** Writes a consistent copy of the map to `target`, replacing it only once the copy is complete. */
  saveCopyAs(target: string): void {
    saveCopy(this.conn.db, this.path, target);
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
