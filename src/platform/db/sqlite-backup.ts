import { closeSync, existsSync, fsyncSync, openSync, renameSync, rmSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import SQLite from 'better-sqlite3';
import { badRequest } from '../http/problem.js';

/** A consistent copy of a SQLite database, written but not yet in its place. */
export interface SqliteSnapshot {
  /** Where the copy is while it is checked (`<target>.partial`). */
  partial: string;
  target: string;
  bytes: number;
  ms: number;
}

/**
 * Copies a SQLite database, live or not, into `<target>.partial` as one consistent snapshot.
 * `VACUUM INTO` reads the whole database in one read transaction: in WAL mode the server
 * goes on writing meanwhile, and the copy is the database as it stood when the copy began
 * (the online backup API would start again at each write of another connection, and might
 * never finish under a steady feed). The copy is compacted and has no WAL of its own.
 * Refuses a target that exists (unless `force`) or that is the database itself.
 */
export function snapshotSqlite(
  source: string,
  target: string,
  options: { force?: boolean } = {},
): SqliteSnapshot {
  if (!existsSync(source)) throw badRequest(`no SQLite database at ${source} (DATABASE_URL)`);
  if (resolve(source) === resolve(target))
    throw badRequest('FILE is the database itself: name another file', [
      { field: 'FILE', detail: 'is the database itself' },
    ]);
  if (existsSync(target) && !options.force)
    throw badRequest(`${target} exists: name a new file, or pass --force to replace it`, [
      { field: 'FILE', detail: 'exists (pass --force to replace it)' },
    ]);
  if (!existsSync(dirname(resolve(target))))
    throw badRequest(`the folder of ${target} does not exist`, [
      { field: 'FILE', detail: 'folder does not exist' },
    ]);
  const partial = `${target}.partial`;
  rmSync(partial, { force: true });
  const started = performance.now();
  const db = new SQLite(source, { fileMustExist: true });
  try {
    db.pragma('busy_timeout = 5000');
    db.prepare('VACUUM INTO ?').run(partial);
  } finally {
    db.close();
  }
  return { partial, target, bytes: statSync(partial).size, ms: performance.now() - started };
}

/**
 * What SQLite finds wrong in a database file: `PRAGMA integrity_check` (pages, indexes,
 * constraints) and `PRAGMA foreign_key_check`; empty when the file is sound.
 */
export function sqliteIntegrityProblems(path: string): string[] {
  let db: SQLite.Database;
  try {
    db = new SQLite(path, { readonly: true, fileMustExist: true });
  } catch (error) {
    return [`cannot be opened: ${error instanceof Error ? error.message : String(error)}`];
  }
  try {
    const integrity = (db.pragma('integrity_check') as { integrity_check: string }[]).map(
      (r) => r.integrity_check,
    );
    const problems = integrity.length === 1 && integrity[0] === 'ok' ? [] : integrity;
    const orphans = db.pragma('foreign_key_check') as { table: string; rowid: number; parent: string }[];
    for (const o of orphans) problems.push(`${o.table} row ${o.rowid} refers to a missing ${o.parent} row`);
    return problems;
  } catch (error) {
    // A page too damaged to read fails the check itself (SQLITE_CORRUPT, SQLITE_NOTADB).
    return [error instanceof Error ? error.message : String(error)];
  } finally {
    db.close();
  }
}

/** Puts a checked copy in its place: flushed to disk, then renamed over the target. */
export function commitSnapshot(snapshot: SqliteSnapshot): void {
  const fd = openSync(snapshot.partial, 'r+');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(snapshot.partial, snapshot.target);
  // The rename itself is durable once the folder is flushed.
  const dir = openSync(dirname(resolve(snapshot.target)), 'r');
  try {
    fsyncSync(dir);
  } finally {
    closeSync(dir);
  }
}

/** Removes a copy that did not check out, with the files SQLite may have left beside it. */
export function discardSnapshot(snapshot: SqliteSnapshot): void {
  for (const suffix of ['', '-wal', '-shm', '-journal'])
    rmSync(`${snapshot.partial}${suffix}`, { force: true });
}
