import { describe, expect, it } from 'vitest';
import { generateExerciseObservations } from './monitoring.exercise.js';
import { prepareNdjson, prepareObservations, type PrepareContext } from './observations.prepare.js';
import { compileZones } from './tag-zone.js';
import { exerciseZoneSet } from './zones.exercise.js';

const now = Date.parse('2026-04-01T00:00:00Z');
const observations = generateExerciseObservations({ seed: 3, end: now, eventsPerDay: 20 })
  .slice(0, 60)
  .map((o) => o.input);

/** NDJSON lines: exercise observations with a line that is not JSON and two invalid ones. */
function lines(): { texts: string[]; numbers: number[] } {
  const texts = observations.map((o) => JSON.stringify(o));
  texts[5] = '{"id": "not closed"';
  texts[9] = JSON.stringify({ ...observations[9], category: 'no-such-category' });
  texts[17] = JSON.stringify({ ...observations[17], location: { type: 'Point', coordinates: [200, 95] } });
  texts[23] = JSON.stringify({ ...observations[23], releasability: ['GBR', 'FRA'] });
  return { texts, numbers: texts.map((_, i) => i * 2 + 1) };
}

describe('preparing observations', () => {
  it('answers every line in order, naming why the bad ones are refused', () => {
    const { texts, numbers } = lines();
    const zones = compileZones(1, exerciseZoneSet().features);
    const batch = prepareNdjson({ owner: 'GBR', now, exercise: false, zones }, texts, numbers);
    expect(batch.results.map((r) => r.line)).toEqual(numbers);
    expect(batch.results[5]).toMatchObject({ id: null, status: 'rejected', reason: 'validation' });
    expect(batch.results[5]!.errors![0]!.detail).toMatch(/^not JSON/);
    expect(batch.results[9]!.errors!.map((e) => e.pointer)).toContain('/category');
    expect(batch.results[17]!.errors!.map((e) => e.pointer)).toEqual([
      '/location/coordinates/0',
      '/location/coordinates/1',
    ]);
    expect(batch.valid.map((v) => v.index)).toEqual(
      texts.map((_, i) => i).filter((i) => ![5, 9, 17].includes(i)),
    );
    expect(batch.valid.find((v) => v.index === 23)!.parties).toEqual(['GBR', 'FRA']);
    expect(batch.valid.find((v) => v.index === 23)!.row).toMatchObject({
      releasability: 'parties',
      releasable_to: ',FRA,GBR,',
    });
    expect(batch.zoneVersion).toBe(1);
    expect(batch.valid.every((v) => v.row.zone_version === 1 && v.row.owner_party === 'GBR')).toBe(true);
    expect(batch.valid.some((v) => v.row.sector !== null)).toBe(true);
  });

  it('fingerprints the body with its owner, and tags nothing without zones', () => {
    const context: PrepareContext = { owner: 'FRA', now, exercise: true, zones: null };
    const [a] = prepareObservations(context, [observations[0]]).valid;
    const [b] = prepareObservations({ ...context, owner: 'GBR' }, [observations[0]]).valid;
    expect(a!.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(a!.hash).not.toBe(b!.hash);
    expect(a!.row).toMatchObject({ content_hash: a!.hash, exercise: 1, zone_version: null, sector: null });
    expect(a!.row.received_at).toBe('2026-04-01T00:00:00.000Z');
  });
});
