import type SQLite from 'better-sqlite3';

/**
 * Prepared statements of one SQLite connection, kept by SQL text (least recently used dropped
 * beyond `capacity`). Preparing parses and plans the SQL; for the multi-row and hot statements
 * of ingest that cost as much as running them, and Kysely's SQLite driver prepares anew on
 * every query. Safe to share because the connection is single and Kysely's driver runs one
 * query at a time on it (a streamed statement holds the connection until it ends).
 */
export class SqliteStatements {
  private readonly cache = new Map<string, SQLite.Statement>();

  constructor(
    /** The connection. */
    readonly connection: SQLite.Database,
    private readonly capacity = 500,
  ) {}

  /** The prepared statement of `sql`, prepared once. */
  prepare(sql: string): SQLite.Statement {
    let statement = this.cache.get(sql);
    if (statement) {
      // Re-inserted to mark it the most recently used (a Map keeps insertion order).
      this.cache.delete(sql);
    } else {
      statement = this.connection.prepare(sql);
      if (this.cache.size >= this.capacity) this.cache.delete(this.cache.keys().next().value!);
    }
    this.cache.set(sql, statement);
    return statement;
  }

  /** Closes the connection. */
  close(): void {
    this.cache.clear();
    this.connection.close();
  }
}
