import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { filterRows, sortRows } from './table-model.js';
import { problemFieldErrors } from './problem-fields.js';

describe('sortRows', () => {
  it('sorts text numerically-aware and keeps empty values last in both directions', () => {
    const rows = ['A10', null, 'A2', '', 'B1'];
    expect(sortRows(rows, (r) => r, 'ascending')).toEqual(['A2', 'A10', 'B1', null, '']);
    expect(sortRows(rows, (r) => r, 'descending')).toEqual(['B1', 'A10', 'A2', null, '']);
  });

  it('is a stable permutation ordered by the key', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ id: fc.nat(), key: fc.integer({ min: -5, max: 5 }) })), (rows) => {
        const sorted = sortRows(rows, (r) => r.key, 'ascending');
        // Same multiset of rows: compare both sides in one total order (ids may repeat).
        const byIdThenKey = (a: { id: number; key: number }, b: { id: number; key: number }) =>
          a.id - b.id || a.key - b.key;
        expect([...sorted].sort(byIdThenKey)).toEqual([...rows].sort(byIdThenKey));
        for (let i = 1; i < sorted.length; i++) {
          expect(sorted[i - 1]!.key).toBeLessThanOrEqual(sorted[i]!.key);
          if (sorted[i - 1]!.key === sorted[i]!.key)
            expect(rows.indexOf(sorted[i - 1]!)).toBeLessThan(rows.indexOf(sorted[i]!));
        }
      }),
    );
  });
});

describe('filterRows', () => {
  it('keeps rows holding every word, in any case and any column', () => {
    const rows = [
      { code: 'FRA', name: 'France' },
      { code: 'FIN', name: 'Finland' },
    ];
    expect(filterRows(rows, (r) => [r.code, r.name], 'fin')).toEqual([rows[1]]);
    expect(filterRows(rows, (r) => [r.code, r.name], 'f france')).toEqual([rows[0]]);
    expect(filterRows(rows, (r) => [r.code, r.name], '  ')).toEqual(rows);
  });
});

describe('problemFieldErrors', () => {
  it('names each field of an RFC 9457 problem by field, pointer or line', () => {
    expect(
      problemFieldErrors({
        type: '/problems/validation',
        title: 'Bad Request',
        status: 400,
        errors: [
          { field: 'username', detail: 'is taken' },
          { pointer: '/location/lat', detail: 'out of range' },
          { line: 3, detail: 'bad row' },
          { field: 'username', detail: 'too short' },
        ],
      }),
    ).toEqual({ username: 'is taken; too short', 'location.lat': 'out of range', 'line 3': 'bad row' });
  });
});
