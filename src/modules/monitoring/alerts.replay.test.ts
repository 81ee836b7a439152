import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareCursors, formatCursor, laterCursor, parseCursor, type AlertCursor } from './alerts.replay.js';

const cursor = fc.record({
  at: fc
    .integer({ min: Date.parse('2020-01-01T00:00:00Z'), max: Date.parse('2040-01-01T00:00:00Z') })
    .map((ms) => new Date(ms).toISOString()),
  id: fc.uuid(),
});

describe('positions of the alert stream', () => {
  it('reads back every position it writes', () => {
    fc.assert(
      fc.property(cursor, (c) => {
        expect(parseCursor(formatCursor(c))).toEqual({ cursor: c });
      }),
    );
  });

  it('orders positions as the database orders (at, id), and the text sorts the same way', () => {
    fc.assert(
      fc.property(cursor, cursor, (a: AlertCursor, b: AlertCursor) => {
        const byText = formatCursor(a) < formatCursor(b) ? -1 : formatCursor(a) === formatCursor(b) ? 0 : 1;
        expect(Math.sign(compareCursors(a, b))).toBe(byText);
        expect(compareCursors(laterCursor(a, b), a)).toBeGreaterThanOrEqual(0);
        expect(compareCursors(laterCursor(a, b), b)).toBeGreaterThanOrEqual(0);
      }),
    );
  });

  it('takes a bare alert id (sent before positions) and refuses anything else', () => {
    expect(parseCursor('7e57ae11-0000-4000-8000-000000000001')).toEqual({
      alertId: '7e57ae11-0000-4000-8000-000000000001',
    });
    for (const bad of [
      '',
      'banana',
      '2026-02-31T10:00:00.000Z|7e57ae11-0000-4000-8000-000000000001',
      '2026-05-01T10:00:00Z|7e57ae11-0000-4000-8000-000000000001',
      '2026-05-01T10:00:00.000Z|7E57AE11-0000-4000-8000-000000000001',
      '2026-05-01T10:00:00.000Z|7e57ae11-0000-4000-8000-000000000001|x',
    ]) {
      expect(parseCursor(bad)).toBeNull();
    }
  });
});
