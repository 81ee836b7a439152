import { invalidField } from './problem.js';

/**
 * Opaque list cursors: base64url of a JSON array holding the sort key of the last item
 * returned. Lists use keyset pagination, so a page costs the same however deep it is.
 */
export function encodeCursor(key: readonly (string | number)[]): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

/** Decodes a cursor made by `encodeCursor`; a malformed one is a 400 naming `cursor`. */
export function decodeCursor(cursor: string | undefined, arity: number): (string | number)[] | undefined {
  if (cursor === undefined || cursor === '') return undefined;
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (
      Array.isArray(value) &&
      value.length === arity &&
      value.every((v) => typeof v === 'string' || typeof v === 'number')
    ) {
      return value;
    }
  } catch {
    // fall through to the problem below
  }
  throw invalidField('/cursor', 'not a cursor this list issued');
}

/** Splits a fetched `limit + 1` rows into a page and the cursor of the next one. */
export function toPage<T, R>(
  rows: T[],
  limit: number,
  key: (row: T) => (string | number)[],
  present: (row: T) => R,
) {
  const more = rows.length > limit;
  const slice = more ? rows.slice(0, limit) : rows;
  const last = slice[slice.length - 1];
  return {
    items: slice.map(present),
    nextCursor: more && last !== undefined ? encodeCursor(key(last)) : null,
  };
}
