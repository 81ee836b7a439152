/** Builds `{ name: row[i], … }` from an array of values. */
export type RowMaker = (row: readonly unknown[]) => Record<string, unknown>;

/**
 * A function building objects with these property names from arrays of values, compiled as
 * one object literal: every object gets one hidden class at once, where assigning properties
 * one by one (as better-sqlite3 and structured clone do) costs about a microsecond each on wide
 * rows. A repeated name keeps the last value, as SQLite drivers' row objects do.
 */
export function rowMaker(names: readonly string[]): RowMaker {
  // Names are quoted as JSON string literals, so any column name or alias is a safe key.
  const members = names.map((name, i) => `${JSON.stringify(name)}: r[${i}]`).join(', ');
  // eslint-disable-next-line @typescript-eslint/no-implied-eval -- compiled once per shape from quoted names, as Ajv and fast-json-stringify compile theirs
  return new Function('r', `return { ${members} };`) as RowMaker;
}
