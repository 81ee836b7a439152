import { createHmac } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countWindow, inBox, retryDelayMs, signWebhook } from './alerts.rules.js';

describe('alert rule helpers', () => {
  it('signs webhooks with HMAC-SHA256 over timestamp and body', () => {
    const expected = createHmac('sha256', 'k').update('1700000000.{"a":1}').digest('hex');
    expect(signWebhook('k', 1_700_000_000, '{"a":1}')).toBe(`sha256=${expected}`);
  });

  it('backs off exponentially, capped at an hour', () => {
    expect([1, 2, 3, 4].map((a) => retryDelayMs(a, 1000))).toEqual([1000, 2000, 4000, 8000]);
    expect(retryDelayMs(30, 1000)).toBe(3_600_000);
  });

  it('puts every point of a box inside it (property)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -180, max: 180, noNaN: true }),
        fc.double({ min: -90, max: 90, noNaN: true }),
        (lon, lat) => {
          expect(inBox([lon, lat, lon, lat], [lon, lat])).toBe(true);
          expect(inBox(undefined, [lon, lat])).toBe(true);
        },
      ),
    );
  });

  it('gives every observation of one window the same key', () => {
    const a = countWindow('2026-03-14T10:05:00.000Z', 60);
    const b = countWindow('2026-03-14T10:55:00.000Z', 60);
    expect(a.key).toBe(b.key);
    expect(a.from).toBe('2026-03-14T09:05:00.000Z');
  });
});
