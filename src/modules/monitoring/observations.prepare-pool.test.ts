import pino from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { generateExerciseObservations } from './monitoring.exercise.js';
import { PreparePool, MIN_WORKER_LINES } from './observations.prepare-pool.js';
import { prepareNdjson, type PrepareContext } from './observations.prepare.js';
import { compileZones } from './tag-zone.js';
import { exerciseZoneSet } from './zones.exercise.js';

const now = Date.parse('2026-04-01T00:00:00Z');
const observations = generateExerciseObservations({ seed: 3, end: now, eventsPerDay: 20 })
  .slice(0, 400)
  .map((o) => o.input);

/** NDJSON lines: exercise observations with a line that is not JSON and two invalid ones. */
function lines(): { texts: string[]; numbers: number[] } {
  const texts = observations.map((o) => JSON.stringify(o));
  texts[5] = '{"id": "not closed"';
  texts[9] = JSON.stringify({ ...observations[9], category: 'no-such-category' });
  texts[17] = JSON.stringify({ ...observations[17], location: { type: 'Point', coordinates: [200, 95] } });
  texts[23] = JSON.stringify({ ...observations[23], releasability: ['FRA', 'GBR'] });
  return { texts, numbers: texts.map((_, i) => i * 2 + 1) };
}

const pools: PreparePool[] = [];
afterEach(async () => {
  await Promise.all(pools.splice(0).map((p) => p.close()));
});
function pool(): PreparePool {
  const p = new PreparePool(pino({ level: 'silent' }));
  pools.push(p);
  return p;
}

describe('the preparation worker', () => {
  it('prepares exactly what the request thread prepares, zone tags included, as zones change', async () => {
    const p = pool();
    await p.warm();
    const { texts, numbers } = lines();
    const set = exerciseZoneSet();
    for (const zones of [null, compileZones(1, set.features), compileZones(2, set.features.slice(0, 3))]) {
      const context: PrepareContext = { owner: 'GBR', now, exercise: false, zones };
      const onWorker = await p.prepare(context, texts, numbers);
      expect(onWorker).toEqual(prepareNdjson(context, texts, numbers));
      expect(onWorker.zoneVersion).toBe(zones?.version ?? null);
    }
    expect(p.preparedOnWorker).toBe(3);
    const inline = prepareNdjson(
      { owner: 'GBR', now, exercise: false, zones: compileZones(1, set.features) },
      texts,
      numbers,
    );
    // What the batch holds: every line answered in order, the bad ones with their reasons.
    expect(inline.results.map((r) => r.line)).toEqual(numbers);
    expect(inline.results[5]!.errors![0]!.detail).toMatch(/^not JSON/);
    expect(inline.results[9]!.errors!.map((e) => e.pointer)).toContain('/category');
    expect(inline.results[17]!.errors!.map((e) => e.pointer)).toEqual([
      '/location/coordinates/0',
      '/location/coordinates/1',
    ]);
    expect(inline.valid).toHaveLength(texts.length - 3);
    expect(inline.valid.find((v) => v.index === 23)!.parties).toEqual(['FRA', 'GBR']);
    expect(inline.valid.some((v) => v.row.sector !== null)).toBe(true);
  });

  it('leaves small batches on the calling thread, and prepares there once closed', async () => {
    const p = pool();
    const { texts, numbers } = lines();
    const context: PrepareContext = { owner: 'FRA', now, exercise: true, zones: null };
    const small = await p.prepare(
      context,
      texts.slice(0, MIN_WORKER_LINES - 1),
      numbers.slice(0, MIN_WORKER_LINES - 1),
    );
    expect(small.results).toHaveLength(MIN_WORKER_LINES - 1);
    expect(p.preparedOnWorker).toBe(0);
    await p.close();
    const after = await p.prepare(context, texts, numbers);
    expect(after).toEqual(prepareNdjson(context, texts, numbers));
    expect(after.valid.every((v) => v.row.owner_party === 'FRA' && v.row.exercise === 1)).toBe(true);
    expect(p.preparedOnWorker).toBe(0);
  });
});
