import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DailyReportBuilder, localToUtc, reportPeriod } from './daily-report.js';
import { dailyReportHtml, dailyReportPdf } from './daily-report.render.js';
import { OUTPUT_LANGUAGES } from './daily-report.i18n.js';
import type { Incident, Observation } from './monitoring.schemas.js';

let n = 0;
function obs(
  overrides: Partial<Observation> & { sector?: string | null; zones?: string[] } = {},
): Observation {
  const { sector = 'North', zones = [], ...rest } = overrides;
  n++;
  return {
    id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
    observedAt: '2026-03-15T10:00:00.000Z',
    location: { type: 'Point', coordinates: [37.8, 48.4] },
    source: { kind: 'patrol', id: `P-${n}`, reliability: 'B', credibility: 2 },
    category: 'explosion',
    releasability: 'coalition',
    owner: 'GBR',
    receivedAt: '2026-03-15T10:01:00.000Z',
    incidentId: null,
    tags: { zoneVersion: 1, zones, sector, side: null, distanceToLineM: 500, withdrawalViolation: false },
    exercise: false,
    ...rest,
  };
}

function incident(overrides: Partial<Incident>): Incident {
  return {
    id: 'inc-1',
    status: 'corroborated',
    revision: 1,
    startedAt: '2026-03-15T10:00:00.000Z',
    endedAt: '2026-03-15T10:30:00.000Z',
    centroid: { type: 'Point', coordinates: [37.8, 48.4] },
    uncertaintyM: 500,
    bbox: [37.8, 48.4, 37.8, 48.4],
    categories: ['ground-assault'],
    primaryCategory: 'ground-assault',
    observationCount: 3,
    sourceCount: 2,
    confidence: 0.8,
    severity: 4,
    quantity: 1,
    violation: true,
    sector: 'North',
    zones: [],
    attribution: null,
    observationIds: [],
    owner: 'GBR',
    releasability: 'coalition',
    exercise: false,
    createdAt: '2026-03-15T10:00:00.000Z',
    updatedAt: '2026-03-15T10:00:00.000Z',
    ...overrides,
  } as Incident;
}

describe('reportPeriod', () => {
  it('numbers the report N/YYYY and cuts off at 19:30 Kyiv time across daylight saving', () => {
    // Kyiv is UTC+2 in winter and UTC+3 from the last Sunday of March (29 March 2026).
    expect(reportPeriod('2026-03-15')).toMatchObject({
      number: '74/2026',
      from: '2026-03-14T17:30:00.000Z',
      to: '2026-03-15T17:30:00.000Z',
    });
    expect(reportPeriod('2026-03-30')).toMatchObject({
      from: '2026-03-29T16:30:00.000Z',
      to: '2026-03-30T16:30:00.000Z',
    });
    expect(reportPeriod('2026-01-01').number).toBe('1/2026');
    expect(reportPeriod('2024-12-31').number).toBe('366/2024');
    expect(reportPeriod('2026-06-24', '18:00', 'UTC')).toMatchObject({ to: '2026-06-24T18:00:00.000Z' });
  });

  it('converts a local time back to the same wall clock (property)', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('2020-01-01'), max: new Date('2030-12-31'), noInvalidDate: true }),
        (d) => {
          const date = d.toISOString().slice(0, 10);
          const utc = localToUtc(date, '19:30', 'Europe/Kyiv');
          const wall = new Intl.DateTimeFormat('en-CA', {
            timeZone: 'Europe/Kyiv',
            dateStyle: 'short',
            timeStyle: 'short',
            hourCycle: 'h23',
          }).format(new Date(utc));
          expect(wall).toBe(`${date}, 19:30`);
        },
      ),
    );
  });
});

describe('DailyReportBuilder', () => {
  it('counts violations per region with explosions separately, and the change against the previous period', () => {
    const b = new DailyReportBuilder(reportPeriod('2026-03-15'));
    b.add(obs({ category: 'explosion', quantity: 4 }));
    b.add(obs({ category: 'shelling', quantity: 2 }));
    b.add(obs({ category: 'bursts-and-shots', quantity: 10 }));
    b.add(obs({ category: 'tracer', sector: 'South' }));
    b.add(obs({ category: 'freedom-of-movement', subtype: 'denial', sector: 'South' }));
    b.add(obs({ category: 'explosion', sector: null }));
    b.addPrevious(obs({ category: 'explosion', quantity: 20 }));
    b.addPrevious(obs({ category: 'armed-clash', sector: 'East' }));
    const r = b.build();
    expect(r.regions).toEqual([
      {
        region: 'East',
        violations: 0,
        explosions: 0,
        previousViolations: 1,
        previousExplosions: 0,
        change: -1,
        explosionsChange: 0,
      },
      {
        region: 'North',
        violations: 16,
        explosions: 6,
        previousViolations: 20,
        previousExplosions: 20,
        change: -4,
        explosionsChange: -14,
      },
      {
        region: 'South',
        violations: 1,
        explosions: 0,
        previousViolations: 0,
        previousExplosions: 0,
        change: 1,
        explosionsChange: 0,
      },
      {
        region: 'outside any sector',
        violations: 1,
        explosions: 1,
        previousViolations: 0,
        previousExplosions: 0,
        change: 1,
        explosionsChange: 1,
      },
    ]);
    expect(r.totals).toEqual({
      violations: 18,
      explosions: 7,
      previousViolations: 21,
      previousExplosions: 20,
    });
    expect(r.freedomOfMovement).toEqual([expect.objectContaining({ kind: 'denial', sector: 'South' })]);
    expect(r.basis).toEqual({ observations: 6, previousObservations: 2, incidents: 0 });
    expect(r.exercise).toBe(false);
  });

  it('lists disengagement-area activity and weapons in violation', () => {
    const b = new DailyReportBuilder(reportPeriod('2026-03-15'));
    b.add(obs({ category: 'movement-in-buffer-zone', zones: ['DA Zolote'] }));
    b.add(obs({ category: 'explosion', quantity: 3, zones: ['DA Zolote', 'Buffer A'] }));
    b.add(obs({ category: 'weapon-in-violation', weaponClass: 'mlrs', quantity: 2 }));
    b.add(
      obs({
        category: 'muzzle-flash',
        tags: {
          zoneVersion: 1,
          zones: [],
          sector: 'North',
          side: 'west',
          distanceToLineM: 9000.4,
          withdrawalViolation: true,
        },
      }),
    );
    const r = b.build();
    expect(r.disengagementAreas).toEqual([
      { area: 'Buffer A', observations: 1, violations: 3, categories: { explosion: 1 } },
      {
        area: 'DA Zolote',
        observations: 2,
        violations: 4,
        categories: { 'movement-in-buffer-zone': 1, explosion: 1 },
      },
    ]);
    expect(r.weaponsInViolation.map((w) => [w.weaponClass, w.quantity, w.distanceToLineM])).toEqual([
      ['mlrs', 2, 500],
      [null, 1, 9000],
    ]);
  });

  it('counts civilian casualties once per incident (largest estimate) and once per lone observation', () => {
    const b = new DailyReportBuilder(reportPeriod('2026-03-15'));
    const est = (low: number, best: number, high: number) => ({ low, best, high });
    b.add(
      obs({
        incidentId: 'i1',
        category: 'civilian-harm',
        casualties: { civilian: { killed: est(1, 2, 3) } },
      }),
    );
    b.add(
      obs({
        incidentId: 'i1',
        category: 'shelling',
        casualties: { civilian: { killed: est(2, 2, 2), injured: est(1, 1, 4) } },
      }),
    );
    b.add(
      obs({
        category: 'civilian-harm',
        casualties: { civilian: { injured: est(0, 1, 1) }, military: { killed: est(5, 5, 5) } },
      }),
    );
    expect(b.build().civilianCasualties).toEqual({ killed: est(2, 2, 3), injured: est(1, 2, 5) });
  });

  it('lists significant incidents by severity, skips retracted ones, and marks exercise data', () => {
    const b = new DailyReportBuilder(reportPeriod('2026-03-15'));
    b.addIncident(incident({ id: 'a', severity: 3 }));
    b.addIncident(incident({ id: 'b', severity: 4, exercise: true }));
    b.addIncident(incident({ id: 'c', severity: 2 }));
    b.addIncident(incident({ id: 'd', severity: 4, status: 'retracted' }));
    const r = b.build();
    expect(r.significantIncidents.map((i) => i.id)).toEqual(['b', 'a']);
    expect(r.exercise).toBe(true);
    expect(r.basis.incidents).toBe(4);
  });

  it('equals the sum of its parts whatever the order of arrival (property)', () => {
    const categories = ['explosion', 'shelling', 'tracer', 'armed-clash', 'freedom-of-movement', 'mine-uxo'];
    const arb = fc.array(
      fc.record({
        category: fc.constantFrom(...categories),
        quantity: fc.integer({ min: 1, max: 50 }),
        sector: fc.constantFrom('North', 'South', null),
      }),
      { maxLength: 40 },
    );
    fc.assert(
      fc.property(arb, (items) => {
        const run = (list: typeof items) => {
          const b = new DailyReportBuilder(reportPeriod('2026-03-15'));
          for (const i of list) b.add(obs(i));
          return b.build();
        };
        const r = run(items);
        const reversed = run([...items].reverse());
        expect(reversed.regions).toEqual(r.regions);
        const violating = items.filter((i) => !['freedom-of-movement', 'mine-uxo'].includes(i.category));
        expect(r.totals.violations).toBe(violating.reduce((s, i) => s + i.quantity, 0));
        expect(r.totals.explosions).toBe(
          items
            .filter((i) => ['explosion', 'shelling'].includes(i.category))
            .reduce((s, i) => s + i.quantity, 0),
        );
      }),
    );
  });
});

describe('daily report renderers', () => {
  const b = new DailyReportBuilder(reportPeriod('2026-03-15'));
  b.add(obs({ category: 'explosion', quantity: 4, exercise: true, notes: '<script>x</script>' }));
  b.add(obs({ category: 'freedom-of-movement', subtype: 'denial', notes: '<b>blocked</b>' }));
  const report = b.build();

  it('writes HTML in each language with the number, the EXERCISE banner and escaped text', () => {
    for (const lang of OUTPUT_LANGUAGES) {
      const html = dailyReportHtml(report, lang);
      expect(html).toContain('74/2026');
      expect(html).toContain(`lang="${lang}"`);
      expect(html).not.toContain('<b>blocked</b>');
      expect(html).toContain('&lt;b&gt;blocked&lt;/b&gt;');
    }
    expect(dailyReportHtml(report, 'en')).toContain('EXERCISE');
    expect(dailyReportHtml(report, 'fr')).toContain('Rapport quotidien 74/2026');
    expect(dailyReportHtml(report, 'uk')).toContain('Щоденний звіт 74/2026');
    expect(dailyReportHtml(report, 'uk')).toContain('НАВЧАННЯ');
  });

  it('writes a PDF', async () => {
    const pdf = await dailyReportPdf(report, 'uk');
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.length).toBeGreaterThan(1000);
  });
});
