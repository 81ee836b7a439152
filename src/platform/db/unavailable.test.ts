import { describe, expect, it } from 'vitest';
import { DatabaseUnavailableError, isDatabaseUnavailable } from './unavailable.js';

const coded = (code: string, message = 'failed') => Object.assign(new Error(message), { code });

describe('isDatabaseUnavailable', () => {
  it('knows a connection that could not be had, and the transient failures of both engines', () => {
    expect(isDatabaseUnavailable(new DatabaseUnavailableError(coded('ECONNREFUSED')))).toBe(true);
    for (const code of ['08006', '08001', '57P01', '57P03', '53300', '40001', '40P01'])
      expect(isDatabaseUnavailable(coded(code)), code).toBe(true);
    for (const code of ['ECONNRESET', 'ETIMEDOUT', 'SQLITE_BUSY', 'SQLITE_BUSY_SNAPSHOT', 'SQLITE_LOCKED'])
      expect(isDatabaseUnavailable(coded(code)), code).toBe(true);
    expect(isDatabaseUnavailable(new Error('Connection terminated unexpectedly'))).toBe(true);
    expect(
      isDatabaseUnavailable(new Error('Client has encountered a connection error and is not queryable')),
    ).toBe(true);
  });

  it('follows the causes an error was wrapped in', () => {
    const wrapped = new Error('transaction failed', {
      cause: new Error('query failed', { cause: coded('57P01') }),
    });
    expect(isDatabaseUnavailable(wrapped)).toBe(true);
  });

  it('leaves to other answers the errors of the request itself and of the code', () => {
    for (const code of [
      '23505',
      '23503',
      '22P02',
      '42P01',
      'SQLITE_CONSTRAINT_UNIQUE',
      'SQLITE_ERROR',
      '0800',
    ])
      expect(isDatabaseUnavailable(coded(code)), code).toBe(false);
    expect(isDatabaseUnavailable(new TypeError('x is undefined'))).toBe(false);
    expect(isDatabaseUnavailable('ECONNREFUSED')).toBe(false);
    expect(isDatabaseUnavailable(undefined)).toBe(false);
  });
});
