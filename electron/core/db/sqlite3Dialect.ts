// A Kysely dialect for npm `sqlite3` (node-sqlite3). Kysely's own SqliteDialect drives
// better-sqlite3's synchronous API; sqlite3 is callback based, so this driver wraps it and
// serialises every caller on the one connection (transactions included) with a mutex.
import {
  CompiledQuery,
  type DatabaseConnection,
  type DatabaseIntrospector,
  type Dialect,
  type DialectAdapter,
  type Driver,
  type Kysely,
  type QueryCompiler,
  type QueryResult,
  SqliteAdapter,
  SqliteIntrospector,
  SqliteQueryCompiler,
} from 'kysely';
import type sqlite3 from 'sqlite3';

// Statements whose rows we need back; everything else goes through `run` for lastID/changes.
const RETURNS_ROWS = /^\s*(select|with|pragma|values|explain)\b|\breturning\b/i;

class Sqlite3Connection implements DatabaseConnection {
  constructor(private readonly db: sqlite3.Database) {}

  executeQuery<R>(compiled: CompiledQuery): Promise<QueryResult<R>> {
    const params = compiled.parameters as unknown[];
    const wantsRows = compiled.query.kind === 'SelectQueryNode' || RETURNS_ROWS.test(compiled.sql);
    return new Promise((resolve, reject) => {
      if (wantsRows) {
        this.db.all(compiled.sql, params, (err, rows) => (err ? reject(err) : resolve({ rows: rows as R[] })));
      } else {
        this.db.run(compiled.sql, params, function (this: sqlite3.RunResult, err: Error | null) {
          if (err) return reject(err);
          resolve({ rows: [], numAffectedRows: BigInt(this.changes), insertId: BigInt(this.lastID) });
        });
      }
    });
  }

  // eslint-disable-next-line require-yield
  async *streamQuery<R>(): AsyncIterableIterator<QueryResult<R>> {
    throw new Error('Streaming queries are not supported by the sqlite3 dialect; page with limit/offset instead.');
  }
}

/** One holder at a time; Kysely acquires for a query or a whole transaction. */
class Mutex {
  private tail: Promise<void> = Promise.resolve();
  private release?: () => void;

  async lock(): Promise<void> {
    const previous = this.tail;
    let release!: () => void;
    this.tail = new Promise((r) => (release = r));
    await previous;
    this.release = release;
  }

  unlock(): void {
    const release = this.release;
    this.release = undefined;
    release?.();
  }
}

class Sqlite3Driver implements Driver {
  private readonly mutex = new Mutex();
  private connection?: Sqlite3Connection;

  constructor(private readonly db: sqlite3.Database) {}

  async init(): Promise<void> {
    this.connection = new Sqlite3Connection(this.db);
  }

  async acquireConnection(): Promise<DatabaseConnection> {
    await this.mutex.lock();
    return this.connection!;
  }

  async beginTransaction(connection: DatabaseConnection): Promise<void> {
    // IMMEDIATE takes the write lock up front, so a second process (the harness and the app on one
    // file) waits on busy_timeout instead of failing half-way through with SQLITE_BUSY.
    await connection.executeQuery(CompiledQuery.raw('begin immediate'));
  }

  async commitTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('commit'));
  }

  async rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('rollback'));
  }

  async releaseConnection(): Promise<void> {
    this.mutex.unlock();
  }

  async destroy(): Promise<void> {
    await new Promise<void>((resolve, reject) => this.db.close((err) => (err ? reject(err) : resolve())));
  }
}

/** SQLite can roll back DDL, so the Migrator may run all pending migrations in one transaction. */
class Sqlite3Adapter extends SqliteAdapter {
  override get supportsTransactionalDdl(): boolean {
    return true;
  }
}

export class Sqlite3Dialect implements Dialect {
  constructor(private readonly db: sqlite3.Database) {}

  createDriver(): Driver {
    return new Sqlite3Driver(this.db);
  }
  createQueryCompiler(): QueryCompiler {
    return new SqliteQueryCompiler();
  }
  createAdapter(): DialectAdapter {
    return new Sqlite3Adapter();
  }
  createIntrospector(db: Kysely<unknown>): DatabaseIntrospector {
    return new SqliteIntrospector(db);
  }
}
