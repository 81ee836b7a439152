import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  evaluateRule,
  incidentMatches,
  peakWindow,
  type RuleIncident,
  type TriggerRule,
} from './trigger-rule.js';

const rule: TriggerRule = {
  categories: ['ground-assault'],
  minSeverity: 3,
  statuses: ['verified', 'referred', 'attributed', 'closed'],
  attributedTo: ['RUS'],
  minCount: 3,
  windowHours: 24,
  area: { bbox: [35, 46, 39, 49] },
};

function incident(id: string, startedAt: string, over: Partial<RuleIncident> = {}): RuleIncident {
  return {
    id,
    status: 'verified',
    startedAt,
    categories: ['ground-assault'],
    severity: 4,
    attribution: 'RUS',
    bbox: [37, 47.5, 37.1, 47.6],
    zones: ['loc'],
    ...over,
  };
}

describe('trigger rules', () => {
  it('counts only verified, attributed, severe enough incidents of the categories in the area', () => {
    expect(incidentMatches(rule, incident('a', '2026-12-01T00:00:00Z'))).toBe(true);
    expect(incidentMatches(rule, incident('b', '2026-12-01T00:00:00Z', { status: 'corroborated' }))).toBe(
      false,
    );
    expect(incidentMatches(rule, incident('c', '2026-12-01T00:00:00Z', { severity: 2 }))).toBe(false);
    expect(incidentMatches(rule, incident('d', '2026-12-01T00:00:00Z', { attribution: null }))).toBe(false);
    expect(incidentMatches(rule, incident('e', '2026-12-01T00:00:00Z', { attribution: 'UKR' }))).toBe(false);
    expect(
      incidentMatches(rule, incident('f', '2026-12-01T00:00:00Z', { categories: ['muzzle-flash'] })),
    ).toBe(false);
    expect(incidentMatches(rule, incident('g', '2026-12-01T00:00:00Z', { bbox: [30, 50, 30.1, 50.1] }))).toBe(
      false,
    );
    expect(
      incidentMatches(
        { ...rule, attributedTo: [] },
        incident('h', '2026-12-01T00:00:00Z', { attribution: 'XYZ' }),
      ),
    ).toBe(true);
  });

  it('is met by a burst inside the window and not by the same incidents spread out', () => {
    const burst = ['06', '09', '12'].map((h, k) => incident(`b${k}`, `2026-12-01T${h}:00:00.000Z`));
    const met = evaluateRule(rule, burst, '2026-12-01T13:00:00.000Z');
    expect(met).toMatchObject({ met: true, count: 3, incidentIds: ['b0', 'b1', 'b2'] });
    const spread = ['2026-11-28', '2026-11-30', '2026-12-01'].map((d, k) =>
      incident(`s${k}`, `${d}T06:00:00.000Z`),
    );
    expect(evaluateRule(rule, spread, '2026-12-01T13:00:00.000Z')).toMatchObject({ met: false, count: 1 });
    expect(peakWindow(rule, spread)).toMatchObject({ count: 1, ratio: 1 / 3 });
    expect(peakWindow(rule, [...spread, ...burst])).toMatchObject({ count: 4, ratio: 4 / 3 });
  });

  it('finds a peak no smaller than the count at any single time', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 24 * 30 }), { maxLength: 60 }),
        fc.integer({ min: 0, max: 24 * 30 }),
        (hours, atHour) => {
          const base = Date.parse('2026-11-01T00:00:00.000Z');
          const list = hours.map((h, k) => incident(`i${k}`, new Date(base + h * 3_600_000).toISOString()));
          const peak = peakWindow(rule, list);
          const at = evaluateRule(rule, list, new Date(base + atHour * 3_600_000).toISOString());
          expect(peak.count).toBeGreaterThanOrEqual(at.count);
          // The peak window itself holds `count` incidents when evaluated at its end.
          if (peak.windowEnd)
            expect(evaluateRule(rule, list, peak.windowEnd).count).toBeGreaterThanOrEqual(peak.count);
        },
      ),
    );
  });
});
