import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDialects } from '../../../test/support/databases.js';
import { startTestApp, type TestApp } from '../../../test/support/test-app.js';
import type { Viewer } from '../../platform/access/viewer.js';
import { haversineM } from './corroborate.js';
import { exerciseUuid, seededRandom } from './monitoring.exercise.js';
import type { ObservationInput } from './monitoring.schemas.js';
import { EXERCISE_LINE } from './zones.exercise.js';

const POSITIONS = 200;
const SLOTS = 10;
const SOURCES = 5;

/**
 * 2,000 events (200 places at equal distances along the exercise line, about 5 km apart, each at 10 times
 * 3 hours apart), each reported by five independent sources within 300 m and 10 minutes:
 * 10,000 observations that must become exactly 2,000 incidents of five sources each.
 */
function burst(): ObservationInput[] {
  const random = seededRandom(7);
  const out: ObservationInput[] = [];
  const start = Date.parse('2026-02-01T00:00:00Z');
  // Places at equal distances along the line (segments of the smoothed line differ in length).
  const cumulative = [0];
  for (let i = 1; i < EXERCISE_LINE.length; i++) {
    const [x0, y0] = EXERCISE_LINE[i - 1]!;
    const [x1, y1] = EXERCISE_LINE[i]!;
    cumulative.push(cumulative[i - 1]! + haversineM(x0!, y0!, x1!, y1!));
  }
  const length = cumulative[cumulative.length - 1]!;
  for (let p = 0; p < POSITIONS; p++) {
    const at = ((p + 0.5) / POSITIONS) * length;
    let i = 0;
    while (cumulative[i + 1]! < at) i++;
    const a = EXERCISE_LINE[i]!;
    const b = EXERCISE_LINE[i + 1]!;
    const f = (at - cumulative[i]!) / (cumulative[i + 1]! - cumulative[i]!);
    const lon = a[0]! + f * (b[0]! - a[0]!);
    const lat = a[1]! + f * (b[1]! - a[1]!);
    for (let s = 0; s < SLOTS; s++) {
      for (let k = 0; k < SOURCES; k++) {
        out.push({
          id: exerciseUuid(`burst:${p}:${s}:${k}`),
          observedAt: new Date(start + s * 3 * 3_600_000 + random() * 600_000).toISOString(),
          location: {
            type: 'Point',
            coordinates: [lon + (random() - 0.5) * 0.004, lat + (random() - 0.5) * 0.0027],
          },
          uncertaintyM: 300,
          source: { kind: 'fixed-camera', id: `CAM-${k}`, reliability: 'B', credibility: 2 },
          category: 'explosion',
          subtype: 'undetermined',
          quantity: 1 + k,
          releasability: 'coalition',
        });
      }
    }
  }
  // Sensors report in no particular order.
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

describe.each(testDialects())('a burst of 10,000 observations on %s', (dialect) => {
  let t: TestApp;
  let viewer: Viewer;
  beforeAll(async () => {
    t = await startTestApp(dialect);
    viewer = (await t.signIn('GBR', 'integration')).viewer;
  });
  afterAll(async () => t.close());

  it('becomes the expected incidents, and sent twice stores nothing twice', async () => {
    const observations = burst();
    const send = async () => {
      const statuses: string[] = [];
      for (let i = 0; i < observations.length; i += 2000) {
        const results = await t.ctx.services.observations.ingestMany(viewer, observations.slice(i, i + 2000));
        statuses.push(...results.map((r) => r.status));
      }
      return statuses;
    };
    const first = await send();
    expect(first.every((s) => s === 'stored')).toBe(true);
    const incidents = await t.ctx.db
      .selectFrom('incidents')
      .select(['id', 'observation_count', 'source_count'])
      .where('merged_into', 'is', null)
      .execute();
    expect(incidents).toHaveLength(POSITIONS * SLOTS);
    expect(incidents.every((i) => i.observation_count === SOURCES && i.source_count === SOURCES)).toBe(true);
    const second = await send();
    expect(second.every((s) => s === 'replayed')).toBe(true);
    const count = await t.ctx.db
      .selectFrom('observations')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(count.n)).toBe(observations.length);
    const leaves = await t.ctx.db
      .selectFrom('ledger_leaves')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('kind', '=', 'observation')
      .executeTakeFirstOrThrow();
    expect(Number(leaves.n)).toBe(observations.length);
  }, 180_000);
});
