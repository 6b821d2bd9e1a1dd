// One SQLite connection with its prepared statements cached, so an edit never re-parses SQL.
import Database from 'better-sqlite3';

export type SqliteDatabase = Database.Database;
type CachedStatement = Database.Statement<unknown[], unknown>;

export interface SqliteOpenOptions {
  readonly?: boolean;
  /** better-sqlite3 built for Electron's ABI lives apart from the Node build; the Electron shell passes its path. */
  nativeBinding?: string;
  /** How long to wait for a lock before giving up; short, because a held lock means another window has the map. */
  timeoutMs?: number;
}

/**
 * A map file's schema is not trusted: with trusted_schema OFF, SQLite refuses to run functions with side effects or
 * virtual tables from inside triggers, views and defaults, whoever wrote them. Set on every connection we open.
 */
export function distrustSchema(db: SqliteDatabase): SqliteDatabase {
  db.pragma('trusted_schema = OFF');
  return db;
}

/**
 * Every map connection zeroes what it frees: a deleted person's record is overwritten on its page, not left readable
 * in free space until the page is reused.
 */
function withSecureDelete(db: SqliteDatabase): SqliteDatabase {
  db.pragma('secure_delete = ON');
  return db;
}

/** Both of the above, for every connection to a map file. */
const guarded = (db: SqliteDatabase): SqliteDatabase => withSecureDelete(distrustSchema(db));

export function openSqlite(path: string, options: SqliteOpenOptions = {}): SqliteDatabase {
  return guarded(
    new Database(path, {
      readonly: options.readonly ?? false,
      fileMustExist: true,
      timeout: options.timeoutMs ?? 200,
      ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
    }),
  );
}

/** Creates a file that does not exist yet (new maps, fixtures). */
export function createSqlite(path: string, options: SqliteOpenOptions = {}): SqliteDatabase {
  return guarded(
    new Database(path, {
      timeout: options.timeoutMs ?? 200,
      ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
    }),
  );
}

export class Connection {
  private readonly statements = new Map<string, CachedStatement>();

  constructor(readonly db: SqliteDatabase) {}

  private statement(sql: string): CachedStatement {
    let statement = this.statements.get(sql);
    if (!statement) {
      statement = this.db.prepare<unknown[], unknown>(sql);
      this.statements.set(sql, statement);
    }
    return statement;
  }

  all<T>(sql: string, ...params: unknown[]): T[] {
    return this.statement(sql).all(...params) as T[];
  }

  get<T>(sql: string, ...params: unknown[]): T | undefined {
    return this.statement(sql).get(...params) as T | undefined;
  }

  run(sql: string, ...params: unknown[]): number {
    return this.statement(sql).run(...params).changes;
  }

  /** Runs fn in one transaction (a savepoint when nested); a throw rolls everything back. */
  transaction<T>(fn: () => T): T {
    return this.db.transaction(fn)();
  }
}
