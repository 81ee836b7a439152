import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countdown, durationKey, splitDuration } from './countdown.js';

describe('countdown', () => {
  const now = Date.parse('2026-12-01T12:00:00.000Z');

  it('counts down to the due time, then up past it', () => {
    expect(countdown({ dueAt: '2026-12-02T12:00:00.000Z', doneAt: null }, now)).toEqual({
      kind: 'left',
      ms: 24 * 3_600_000,
    });
    expect(countdown({ dueAt: '2026-12-01T10:30:00.000Z', doneAt: null }, now)).toEqual({
      kind: 'past',
      ms: 90 * 60_000,
    });
  });

  it('says how early or late a done step was, and that a clock without due time is open', () => {
    expect(countdown({ dueAt: '2026-12-01T12:00:00.000Z', doneAt: '2026-12-01T11:00:00.000Z' }, now)).toEqual(
      { kind: 'done', ms: 3_600_000 },
    );
    expect(countdown({ dueAt: null, doneAt: null }, now)).toEqual({ kind: 'open' });
  });

  it('splits durations into units that add back up', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 400 * 86_400_000 }), (ms) => {
        const p = splitDuration(ms);
        expect(p.hours).toBeLessThan(24);
        expect(p.minutes).toBeLessThan(60);
        expect(p.seconds).toBeLessThan(60);
        expect(((p.days * 24 + p.hours) * 60 + p.minutes) * 60 + p.seconds).toBe(Math.floor(ms / 1000));
      }),
    );
  });

  it('shows the two largest units', () => {
    expect(durationKey(splitDuration((26 * 60 + 5) * 60_000))).toEqual({ key: 'dh', values: { d: 1, h: 2 } });
    expect(durationKey(splitDuration((23 * 60 + 59) * 60_000))).toEqual({
      key: 'hm',
      values: { h: 23, m: 59 },
    });
    expect(durationKey(splitDuration(61_000))).toEqual({ key: 'ms', values: { m: 1, s: 1 } });
  });
});
