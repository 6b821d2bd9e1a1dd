// The snapshots kept in the map file: save, list, read, rename, delete. Not undo steps: a snapshot is a record
// about the map, not part of it, and Undo must never throw away a copy the facilitator chose to keep.
import { randomUUID } from 'node:crypto';
import type { MapState, Snapshot, SnapshotId, SnapshotInfo } from '../../shared/history';
import { CaremapError } from '../../shared/errors';
import { parseRecordSet } from './record-schemas';
import type { Connection } from './sql-connection';
import { corruptMapError } from './store-errors';

interface DbSnapshotInfo {
  id: string;
  name: string;
  created_at: string;
  actor_count: number;
  tie_count: number;
}

const INFO_COLUMNS = 'id, name, created_at, actor_count, tie_count';

function toInfo(row: DbSnapshotInfo): SnapshotInfo {
  return {
    id: row.id as SnapshotId,
    name: row.name,
    createdAt: row.created_at,
    actorCount: row.actor_count,
    tieCount: row.tie_count,
  };
}

function notFound(): CaremapError {
  return new CaremapError('not-found', 'That snapshot is no longer in this map. Another window may have deleted it.', {
    field: 'id',
  });
}

export class SnapshotLog {
  constructor(
    private readonly conn: Connection,
    private readonly file: string,
  ) {}

  /** Newest first: the History panel's order. */
  list(): SnapshotInfo[] {
    return this.conn
      .all<DbSnapshotInfo>(`SELECT ${INFO_COLUMNS} FROM snapshots ORDER BY created_at DESC, rowid DESC`)
      .map(toInfo);
  }

  save(name: string, content: MapState, now: Date = new Date()): SnapshotInfo {
    const row: DbSnapshotInfo = {
      id: randomUUID(),
      name,
      created_at: now.toISOString(),
      actor_count: content.actors.length,
      tie_count: content.ties.length,
    };
    this.conn.run(
      'INSERT INTO snapshots (id, name, created_at, content_json, actor_count, tie_count) VALUES (?, ?, ?, ?, ?, ?)',
      row.id,
      row.name,
      row.created_at,
      JSON.stringify(content),
      row.actor_count,
      row.tie_count,
    );
    return toInfo(row);
  }

  info(id: SnapshotId): SnapshotInfo {
    const row = this.conn.get<DbSnapshotInfo>(`SELECT ${INFO_COLUMNS} FROM snapshots WHERE id = ?`, id);
    if (!row) throw notFound();
    return toInfo(row);
  }

  /** The whole snapshot; older snapshots get today's defaults for fields added since, as undo entries do. */
  get(id: SnapshotId): Snapshot {
    const info = this.info(id);
    const row = this.conn.get<{ content_json: string }>('SELECT content_json FROM snapshots WHERE id = ?', id);
    const content = row ? parseRecordSet(row.content_json) : null;
    if (!content) throw corruptMapError(this.file);
    return { ...info, content };
  }

  rename(id: SnapshotId, name: string): SnapshotInfo {
    if (this.conn.run('UPDATE snapshots SET name = ? WHERE id = ?', name, id) === 0) throw notFound();
    return this.info(id);
  }

  delete(id: SnapshotId): void {
    if (this.conn.run('DELETE FROM snapshots WHERE id = ?', id) === 0) throw notFound();
  }
}
