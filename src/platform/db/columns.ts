import { sql, type ColumnDataType, type CreateTableBuilder, type Kysely, type RawBuilder } from 'kysely';
import { dialectOf, type Dialect } from './database.js';

/**
 * Column types that differ between SQLite and PostgreSQL, said in one place.
 * Times are ISO 8601 UTC text with milliseconds (`2026-03-14T21:40:00.000Z`) on both
 * dialects, so they sort and compare as text; booleans are 0/1 integers; JSON is text.
 */
export function columnTypes(db: Kysely<unknown>): {
  serial: ColumnDataType;
  bigint: ColumnDataType;
  double: ColumnDataType;
} {
  const pg = dialectOf(db) === 'postgres';
  return {
    serial: pg ? 'bigserial' : 'integer',
    bigint: pg ? 'bigint' : 'integer',
    double: pg ? 'double precision' : 'real',
  };
}

/** Adds the owner/releasability columns every releasable record carries. */
export function withReleasability<T extends string, C extends string>(
  table: CreateTableBuilder<T, C>,
): CreateTableBuilder<T, C | 'owner_party' | 'releasability' | 'releasable_to'> {
  return table
    .addColumn('owner_party', 'text', (c) => c.notNull())
    .addColumn('releasability', 'text', (c) => c.notNull())
    .addColumn('releasable_to', 'text', (c) => c.notNull().defaultTo(''));
}

/** ISO 8601 UTC text for a time, the storage form of every timestamp. */
export function isoTime(date: Date | number = Date.now()): string {
  return new Date(date).toISOString();
}

/**
 * The database server's current time in the storage form of `isoTime`, as an SQL expression
 * evaluated where the statement runs. Several application servers share one database but not
 * one clock; what must be ordered across servers (the alert stream's positions) takes its
 * time from here.
 */
export function databaseTime(dialect: Dialect): RawBuilder<string> {
  return dialect === 'postgres'
    ? sql<string>`to_char(clock_timestamp() at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`
    : sql<string>`strftime('%Y-%m-%dT%H:%M:%fZ', 'now')`;
}
