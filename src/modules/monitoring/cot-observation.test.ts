import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCotObservations } from './cot-observation.js';
import {
  observationCot,
  observationCsvHeader,
  observationCsvRow,
  OBSERVATION_CSV_COLUMNS,
} from './exports-format.js';
import { parseCsv } from './acled-csv.js';
import type { Observation } from './monitoring.schemas.js';
import { checkCategory } from './taxonomy.js';

const fixture = readFileSync(new URL('./fixtures/cot-exercise.xml', import.meta.url), 'utf8');

const event = (point: string, detail = '<__guarantor category="explosion"/>') =>
  `<event version="2.0" uid="U-1" type="b-m-p-s-m" how="h-e" time="2026-03-14T21:40:00Z" start="2026-03-14T21:40:00Z" stale="2026-03-15T21:40:00Z">${point}<detail>${detail}</detail></event>`;

describe('parseCotObservations', () => {
  it('maps the EXERCISE fixture: explicit category in __guarantor, category implied by the CoT type', () => {
    const result = parseCotObservations(fixture);
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    const [camera, patrol] = result.observations;
    expect(camera!.observation).toMatchObject({
      observedAt: '2026-03-14T21:40:00.000Z',
      location: { type: 'Point', coordinates: [37.85, 48.4] },
      uncertaintyM: 500,
      source: { kind: 'fixed-camera', id: 'CAM-07', reliability: 'B', credibility: 2 },
      category: 'explosion',
      subtype: 'undetermined',
      quantity: 4,
      bearingDeg: 90,
      distanceM: 3000,
      releasability: 'coalition',
    });
    expect(camera!.observation.notes).toContain('EXERCISE');
    expect(camera!.provenance.cot).toMatchObject({ uid: 'EXERCISE-CAM-07', type: 'b-m-p-s-m', how: 'm-g' });
    expect(patrol!.observation).toMatchObject({
      category: 'weapon-in-violation',
      weaponClass: 'artillery-100mm',
      source: { kind: 'patrol', id: 'EXERCISE PATROL 3', reliability: 'A' },
      quantity: 2,
    });
    for (const o of result.observations)
      expect(checkCategory(o.observation.category, o.observation.subtype)).toBeNull();
  });

  it('gives the same id to the same event sent twice and a new id to a later report of the same uid', () => {
    const once = parseCotObservations(fixture);
    const twice = parseCotObservations(fixture);
    const later = parseCotObservations(fixture.replaceAll('2026-03-14T21:40:00Z', '2026-03-14T23:00:00Z'));
    if (!once.ok || !twice.ok || !later.ok) throw new Error('fixture failed');
    expect(twice.observations[0]!.observation.id).toBe(once.observations[0]!.observation.id);
    expect(later.observations[0]!.observation.id).not.toBe(once.observations[0]!.observation.id);
  });

  it('refuses impossible coordinates, naming the attribute and the event', () => {
    const ok = event('<point lat="48.4" lon="37.8" hae="0" ce="10" le="10"/>');
    const result = parseCotObservations(
      `${ok}${event('<point lat="123" lon="37.8" hae="0" ce="10" le="10"/>')}`,
    );
    expect(result).toEqual({
      ok: false,
      errors: [expect.objectContaining({ index: 1, pointer: '/event/point/@lat' })],
    });
    const lon = parseCotObservations(event('<point lat="48" lon="-181" hae="0" ce="10" le="10"/>'));
    expect(lon).toMatchObject({ ok: false, errors: [{ pointer: '/event/point/@lon' }] });
  });

  it('refuses a DTD and external entities before parsing', () => {
    const xxe = `<?xml version="1.0"?><!DOCTYPE e [<!ENTITY x SYSTEM "file:///etc/passwd">]>${event('<point lat="1" lon="1" hae="0" ce="1" le="1"/>', '<remarks>&x;</remarks>')}`;
    expect(parseCotObservations(xxe)).toMatchObject({
      ok: false,
      errors: [{ pointer: '/', detail: /document type/ }],
    });
  });

  it('names a missing category and malformed numbers, and refuses non-CoT bodies', () => {
    const noCategory = parseCotObservations(
      event('<point lat="48" lon="37" hae="0" ce="1" le="1"/>', '<remarks>x</remarks>'),
    );
    expect(noCategory).toMatchObject({
      ok: false,
      errors: [{ pointer: '/event/detail/__guarantor/@category' }],
    });
    const badQuantity = parseCotObservations(
      event(
        '<point lat="48" lon="37" hae="0" ce="1" le="1"/>',
        '<__guarantor category="tracer" quantity="many" credibility="9"/>',
      ),
    );
    expect(badQuantity.ok ? [] : badQuantity.errors.map((e) => e.pointer)).toEqual([
      '/event/detail/__guarantor/@quantity',
      '/event/detail/__guarantor/@credibility',
    ]);
    expect(parseCotObservations('<feed/>')).toMatchObject({ ok: false, errors: [{ pointer: '/event' }] });
  });
});

const stored: Observation = {
  id: '0f8c1f7e-6a49-4d2e-9a57-3b1c2d4e5f60',
  observedAt: '2026-03-14T21:40:00.000Z',
  observedUntil: '2026-03-14T21:55:00.000Z',
  timePrecision: 'minute',
  location: { type: 'Point', coordinates: [37.85, 48.4] },
  uncertaintyM: 500,
  source: { kind: 'fixed-camera', id: 'CAM-07', reliability: 'B', credibility: 2 },
  category: 'explosion',
  subtype: 'undetermined',
  quantity: 4,
  bearingDeg: 90,
  distanceM: 3000,
  casualties: { civilian: { killed: { low: 0, best: 0, high: 1 } } },
  notes: 'EXERCISE: four explosions, "3 km" east,\nof the camera',
  releasability: ['GBR', 'FRA'],
  owner: 'GBR',
  receivedAt: '2026-03-14T21:41:00.000Z',
  incidentId: null,
  tags: {
    zoneVersion: 1,
    zones: ['DA-1'],
    sector: 'North',
    side: 'west',
    distanceToLineM: 1234.4,
    withdrawalViolation: false,
  },
  exercise: true,
};

describe('export renderers', () => {
  it('writes a CSV row that reads back into the same columns', () => {
    const [header, row] = parseCsv(observationCsvHeader() + observationCsvRow(stored));
    expect(header!.fields).toEqual([...OBSERVATION_CSV_COLUMNS]);
    const byName = Object.fromEntries(header!.fields.map((f, i) => [f, row!.fields[i]]));
    expect(byName).toMatchObject({
      id: stored.id,
      longitude: '37.85',
      latitude: '48.4',
      civilian_killed_best: '0',
      zones: 'DA-1',
      distance_to_line_m: '1234',
      releasability: 'GBR FRA',
      exercise: 'true',
      notes: stored.notes,
    });
  });

  it('writes a CoT event that the CoT importer reads back to the same observation fields', () => {
    const xml = observationCot(stored);
    const back = parseCotObservations(xml);
    if (!back.ok) throw new Error(JSON.stringify(back.errors));
    expect(back.observations[0]!.observation).toMatchObject({
      id: stored.id,
      observedAt: stored.observedAt,
      location: stored.location,
      uncertaintyM: 500,
      source: stored.source,
      category: 'explosion',
      subtype: 'undetermined',
      quantity: 4,
      bearingDeg: 90,
      distanceM: 3000,
      releasability: ['GBR', 'FRA'],
      notes: stored.notes,
    });
  });
});
