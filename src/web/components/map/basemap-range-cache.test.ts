import { readFileSync } from 'node:fs';
import { runInNewContext } from 'node:vm';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

interface Range {
  start: number;
  end: number;
  bytes: number;
}

/** What src/web/public/basemap-range-cache.js gives the service worker. */
interface BasemapCacheRules {
  BASEMAP_PATH: string;
  BASEMAP_LIMITS: { maxBytes: number; maxEntries: number };
  closedRange(header: string | null): Range | undefined;
  strongEtag(header: string | null): string | undefined;
  rangeKey(etag: string, range: Range): string;
  parseRangeKey(key: string): { key: string; etag: string; range: Range } | undefined;
  evictionPlan(
    entries: { key: string; bytes: number }[],
    limits: { maxBytes: number; maxEntries: number },
  ): string[];
}

// The worker's script as the worker runs it: a classic script setting a global, no imports.
const source = readFileSync(new URL('../../public/basemap-range-cache.js', import.meta.url), 'utf8');
const scope: {
  URL: typeof URL;
  URLSearchParams: typeof URLSearchParams;
  GuarantorBasemapCache?: BasemapCacheRules;
} = { URL, URLSearchParams };
runInNewContext(source, scope);
const rules = scope.GuarantorBasemapCache!;

describe('the basemap range cache rules', () => {
  it('serves the path the map reads', () => {
    expect(rules.BASEMAP_PATH).toBe('/api/v1/basemap/detail.pmtiles');
  });

  it('keeps only closed single ranges, as the pmtiles reader sends them', () => {
    expect(rules.closedRange('bytes=0-16383')).toEqual({ start: 0, end: 16383, bytes: 16384 });
    expect(rules.closedRange(' bytes=4797-5558 ')).toEqual({ start: 4797, end: 5558, bytes: 762 });
    for (const header of [null, '', 'bytes=100-', 'bytes=-500', 'bytes=0-1,4-5', 'items=0-9', 'bytes=9-0'])
      expect(rules.closedRange(header)).toBeUndefined();
  });

  it('keys on strong ETags only', () => {
    expect(rules.strongEtag('"2a1-18f3"')).toBe('"2a1-18f3"');
    expect(rules.strongEtag('W/"2a1-18f3"')).toBeUndefined();
    expect(rules.strongEtag(null)).toBeUndefined();
    expect(rules.strongEtag('2a1')).toBeUndefined();
  });

  it('keys a range by ETag and range, and reads the key back', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 40 }).map((s) => `"${s.replaceAll('"', '')}"`),
        fc.nat({ max: 2 ** 40 }),
        fc.nat({ max: 2 ** 24 }),
        (etag, start, length) => {
          const range = { start, end: start + length, bytes: length + 1 };
          const key = rules.rangeKey(etag, range);
          expect(rules.parseRangeKey(key)).toEqual({ key, etag, range });
          expect(rules.parseRangeKey(`http://127.0.0.1:8080${key}`)).toEqual({ key, etag, range });
        },
      ),
    );
    const range = { start: 0, end: 9, bytes: 10 };
    // Another version or another alignment is another key.
    expect(rules.rangeKey('"a"', range)).not.toBe(rules.rangeKey('"b"', range));
    expect(rules.rangeKey('"a"', range)).not.toBe(rules.rangeKey('"a"', { start: 0, end: 8, bytes: 9 }));
    expect(rules.parseRangeKey('/api/v1/basemap/detail.pmtiles?current-etag')).toBeUndefined();
    expect(rules.parseRangeKey('/index.html?etag=%22a%22&range=0-9')).toBeUndefined();
  });

  it('evicts the oldest entries until both bounds hold, and no more', () => {
    const entry = fc.record({ key: fc.uuid(), bytes: fc.integer({ min: 1, max: 1000 }) });
    fc.assert(
      fc.property(
        fc.uniqueArray(entry, { selector: (e) => e.key, maxLength: 60 }),
        fc.integer({ min: 0, max: 20_000 }),
        fc.integer({ min: 0, max: 40 }),
        (entries, maxBytes, maxEntries) => {
          const evicted = rules.evictionPlan(entries, { maxBytes, maxEntries });
          // A prefix of the entries: the oldest go first.
          expect(evicted).toEqual(entries.slice(0, evicted.length).map((e) => e.key));
          const kept = entries.slice(evicted.length);
          expect(kept.length).toBeLessThanOrEqual(maxEntries);
          expect(kept.reduce((sum, e) => sum + e.bytes, 0)).toBeLessThanOrEqual(maxBytes);
          // Minimal: keeping one more entry would break a bound.
          if (evicted.length > 0) {
            const more = entries.slice(evicted.length - 1);
            expect(more.length > maxEntries || more.reduce((sum, e) => sum + e.bytes, 0) > maxBytes).toBe(
              true,
            );
          }
        },
      ),
    );
  });

  it('bounds a device to 50 MiB of basemap', () => {
    expect(rules.BASEMAP_LIMITS.maxBytes).toBe(50 * 1024 * 1024);
    const tile = { bytes: 40 * 1024 };
    const entries = Array.from({ length: 2000 }, (_, i) => ({ key: `k${i}`, ...tile }));
    const evicted = rules.evictionPlan(entries, rules.BASEMAP_LIMITS);
    expect(evicted).toEqual(entries.slice(0, 2000 - 1280).map((e) => e.key));
  });
});
