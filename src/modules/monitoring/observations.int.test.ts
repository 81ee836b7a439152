import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDialects } from '../../../test/support/databases.js';
import { startTestApp, type TestApp, type TestUser } from '../../../test/support/test-app.js';
import { contentHash as ledgerContentHash } from '../ledger/leaf.js';
import { anObservation } from './observations.factory.js';
import { NDJSON_CHUNK } from './observations.routes.js';
import { observationLedgerContent } from './observations.service.js';
import { exerciseZoneSet } from './zones.exercise.js';

describe.each(testDialects())('observations on %s', (dialect) => {
  let t: TestApp;
  let gbr: TestUser;
  let fra: TestUser;
  beforeAll(async () => {
    t = await startTestApp(dialect);
    gbr = await t.signIn('GBR', 'monitor');
    fra = await t.signIn('FRA', 'monitor');
    await t.ctx.services.zones.put({ system: 'test' }, exerciseZoneSet());
  });
  afterAll(async () => t.close());

  const post = (user: TestUser, payload: unknown) =>
    t.app.inject({
      method: 'POST',
      url: '/api/v1/observations',
      headers: user.headers,
      payload: payload as object,
    });

  it('stores the contract example (201), tags it and replays the same id (200) without a second row', async () => {
    const o = anObservation();
    const first = await post(gbr, o);
    expect(first.statusCode).toBe(201);
    const body = first.json();
    expect(body).toMatchObject({
      id: o.id,
      status: 'stored',
      observation: { owner: 'GBR', category: 'explosion', exercise: false },
    });
    // Toretsk sits in a corner the smoothed exercise line cuts: inside the disengagement area.
    expect(body.observation.tags).toMatchObject({
      zoneVersion: 1,
      zones: ['EXERCISE disengagement area Toretsk'],
      sector: 'EXERCISE sector Donetsk',
      side: 'east',
      withdrawalViolation: false,
    });
    expect(body.observation.tags.distanceToLineM).toBeGreaterThan(4000);
    expect(body.observation.tags.distanceToLineM).toBeLessThan(8000);
    expect(body.observation.incidentId).toEqual(expect.any(String));
    const again = await post(gbr, o);
    expect(again.statusCode).toBe(200);
    expect(again.json()).toMatchObject({
      id: o.id,
      status: 'replayed',
      observation: { incidentId: body.observation.incidentId },
    });
    const count = await t.ctx.db
      .selectFrom('observations')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('id', '=', o.id as string)
      .executeTakeFirstOrThrow();
    expect(Number(count.n)).toBe(1);
    const got = await t.app.inject({
      method: 'GET',
      url: `/api/v1/observations/${o.id as string}`,
      headers: fra.headers,
    });
    expect(got.statusCode).toBe(200);
    expect(got.json().source).toEqual(o.source);
  });

  it('answers 409 for the same id with other content and stores nothing new', async () => {
    const o = anObservation();
    expect((await post(gbr, o)).statusCode).toBe(201);
    const res = await post(gbr, { ...o, quantity: 5 });
    expect(res.statusCode).toBe(409);
    expect(res.json().errors[0]).toMatchObject({ pointer: '/id' });
    const stored = await t.app.inject({
      method: 'GET',
      url: `/api/v1/observations/${o.id as string}`,
      headers: gbr.headers,
    });
    expect(stored.json().quantity).toBe(4);
  });

  it('rejects out-of-range coordinates, future times and unknown categories, naming the field', async () => {
    const lat = await post(gbr, anObservation({ location: { type: 'Point', coordinates: [37.85, 123] } }));
    expect(lat.statusCode).toBe(400);
    expect(lat.json().errors).toContainEqual(expect.objectContaining({ pointer: '/location/coordinates/1' }));
    const future = await post(
      gbr,
      anObservation({ observedAt: new Date(Date.now() + 3_600_000).toISOString(), observedUntil: undefined }),
    );
    expect(future.statusCode).toBe(400);
    expect(future.json().errors).toContainEqual(expect.objectContaining({ pointer: '/observedAt' }));
    const category = await post(gbr, anObservation({ category: 'alien-landing', subtype: undefined }));
    expect(category.statusCode).toBe(400);
    expect(category.json().errors).toContainEqual(expect.objectContaining({ pointer: '/category' }));
    const subtype = await post(gbr, anObservation({ subtype: 'sneeze' }));
    expect(subtype.statusCode).toBe(400);
    expect(subtype.json().errors).toContainEqual(expect.objectContaining({ pointer: '/subtype' }));
    const missing = await post(gbr, { ...anObservation(), source: undefined });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().errors).toContainEqual(expect.objectContaining({ pointer: '/source' }));
    const viewer = await t.signIn('GBR', 'viewer');
    expect((await post(viewer, anObservation())).statusCode).toBe(403);
  });

  it('answers an NDJSON batch per line: stored, replayed and rejected with the reason', async () => {
    const a = anObservation();
    const b = anObservation({ location: { type: 'Point', coordinates: [37.18, 48.28] } });
    const body = [
      JSON.stringify(a),
      JSON.stringify(b),
      '{not json',
      JSON.stringify(anObservation({ category: 'nope', subtype: undefined })),
      '',
      JSON.stringify(a),
      JSON.stringify({ ...b, quantity: 99 }),
    ].join('\n');
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/observations',
      headers: { ...gbr.headers, 'content-type': 'application/x-ndjson' },
      payload: body,
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('application/x-ndjson');
    const lines = res.body
      .trim()
      .split('\n')
      .map(
        (l) =>
          JSON.parse(l) as {
            line: number;
            status: string;
            reason?: string;
            incidentId?: string;
            errors?: { pointer: string }[];
          },
      );
    expect(lines.map((l) => [l.line, l.status])).toEqual([
      [1, 'stored'],
      [2, 'stored'],
      [3, 'rejected'],
      [4, 'rejected'],
      [6, 'replayed'],
      [7, 'rejected'],
    ]);
    expect(lines.find((l) => l.line === 4)?.errors?.[0]?.pointer).toBe('/category');
    // Same id, other content, within the same batch: a conflict naming /id.
    expect(lines[5]).toMatchObject({ reason: 'conflict', errors: [{ pointer: '/id' }] });
    expect(lines[0]!.incidentId).toEqual(expect.any(String));
    expect(lines[4]!.incidentId).toBe(lines[0]!.incidentId);
    // The ledger leaf carries the hash of exactly what the audit reloads for the observation.
    const row = await t.ctx.db
      .selectFrom('observations')
      .selectAll()
      .where('id', '=', a.id as string)
      .executeTakeFirstOrThrow();
    const [leaf] = await t.ctx.services.ledger.allLeavesOfRecord('observation', row.id);
    expect(leaf?.content_hash).toBe(ledgerContentHash(observationLedgerContent(row)));
    const again = await t.app.inject({
      method: 'POST',
      url: '/api/v1/observations',
      headers: { ...gbr.headers, 'content-type': 'application/x-ndjson' },
      payload: `${JSON.stringify(a)}\n${JSON.stringify(b)}\n`,
    });
    expect(
      again.body
        .trim()
        .split('\n')
        .map((l) => (JSON.parse(l) as { status: string }).status),
    ).toEqual(['replayed', 'replayed']);
  });

  it('never shows a national-only observation to another party: get, list, GeoJSON, count, H3', async () => {
    const secret = anObservation({
      releasability: 'owner',
      location: { type: 'Point', coordinates: [36.26, 47.66] },
      category: 'tracer',
      subtype: undefined,
    });
    expect((await post(gbr, secret)).statusCode).toBe(201);
    const id = secret.id as string;
    const q = 'bbox=36.0,47.5,36.5,47.8&from=2026-03-14T00:00:00Z&to=2026-03-15T00:00:00Z';
    const get = (u: TestUser, url: string) => t.app.inject({ method: 'GET', url, headers: u.headers });
    expect((await get(fra, `/api/v1/observations/${id}`)).statusCode).toBe(404);
    expect((await get(gbr, `/api/v1/observations/${id}`)).statusCode).toBe(200);
    expect(
      (await get(gbr, `/api/v1/observations?${q}`)).json().items.map((o: { id: string }) => o.id),
    ).toContain(id);
    expect((await get(fra, `/api/v1/observations?${q}`)).json().items).toEqual([]);
    const geo = (await get(fra, `/api/v1/observations?${q}&format=geojson`)).json();
    expect(geo).toMatchObject({ type: 'FeatureCollection', features: [] });
    expect((await get(gbr, `/api/v1/observations?${q}&format=geojson`)).json().features[0]).toMatchObject({
      type: 'Feature',
      id,
      geometry: { type: 'Point' },
    });
    expect((await get(fra, `/api/v1/observations/count?${q}`)).json().count).toBe(0);
    expect((await get(gbr, `/api/v1/observations/count?${q}`)).json().count).toBe(1);
    expect((await get(fra, `/api/v1/observations/h3?${q}&resolution=6`)).json().cells).toEqual([]);
    expect((await get(gbr, `/api/v1/observations/h3?${q}&resolution=6`)).json().cells).toEqual([
      expect.objectContaining({ count: 1 }),
    ]);
    const secretIncident = (await get(gbr, `/api/v1/observations/${id}`)).json().incidentId;
    expect((await get(fra, `/api/v1/incidents/${secretIncident}`)).statusCode).toBe(404);
    expect((await get(fra, `/api/v1/incidents?${q}`)).json().items).toEqual([]);
    expect((await get(fra, `/api/v1/incidents?${q}&format=geojson`)).json().features).toEqual([]);
    expect((await get(fra, `/api/v1/incidents/count?${q}`)).json().count).toBe(0);
    expect((await get(gbr, `/api/v1/incidents/count?${q}`)).json().count).toBe(1);
  });

  it('pages observations with a cursor and rejects a bad bbox naming it', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) {
      const o = anObservation({
        observedAt: `2026-02-0${i + 1}T10:00:00Z`,
        observedUntil: undefined,
        location: { type: 'Point', coordinates: [32.62, 46.64] },
      });
      ids.push(o.id as string);
      await post(gbr, o);
    }
    const url = '/api/v1/observations?bbox=32.5,46.5,32.7,46.7&limit=2';
    const p1 = (await t.app.inject({ method: 'GET', url, headers: gbr.headers })).json();
    const p2 = (
      await t.app.inject({ method: 'GET', url: `${url}&cursor=${p1.nextCursor}`, headers: gbr.headers })
    ).json();
    const p3 = (
      await t.app.inject({ method: 'GET', url: `${url}&cursor=${p2.nextCursor}`, headers: gbr.headers })
    ).json();
    expect([...p1.items, ...p2.items, ...p3.items].map((o: { id: string }) => o.id)).toEqual(
      [...ids].reverse(),
    );
    expect(p3.nextCursor).toBeNull();
    const bad = await t.app.inject({
      method: 'GET',
      url: '/api/v1/observations?bbox=40,50,30,45',
      headers: gbr.headers,
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].pointer).toBe('/bbox');
  });

  it('answers every line of a batch of several chunks in order', async () => {
    const n = NDJSON_CHUNK + 300;
    const texts = Array.from({ length: n }, (_, i) =>
      JSON.stringify(
        anObservation({
          location: {
            type: 'Point',
            coordinates: [36.5 + (i % 50) * 0.01, 47.9 + Math.floor(i / 50) * 0.001],
          },
          observedAt: '2026-03-20T10:00:00Z',
          observedUntil: undefined,
          source: { kind: 'patrol', id: `P-${i % 7}`, reliability: 'B', credibility: 2 },
        }),
      ),
    );
    texts[NDJSON_CHUNK - 1] = '{broken';
    texts[NDJSON_CHUNK + 5] = JSON.stringify(anObservation({ uncertaintyM: -1 }));
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/observations',
      headers: { ...gbr.headers, 'content-type': 'application/x-ndjson' },
      payload: texts.join('\n'),
    });
    const answers = res.body
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { line: number; status: string });
    expect(answers.map((a) => a.line)).toEqual(texts.map((_, i) => i + 1));
    const rejected = answers.filter((a) => a.status === 'rejected').map((a) => a.line);
    expect(rejected).toEqual([NDJSON_CHUNK, NDJSON_CHUNK + 6]);
    const ids = texts.flatMap((l) => (l.startsWith('{"id"') ? [(JSON.parse(l) as { id: string }).id] : []));
    const stored = await t.ctx.db
      .selectFrom('observations')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('id', 'in', ids)
      .executeTakeFirstOrThrow();
    expect(Number(stored.n)).toBe(n - 2);
  });

  it('tags a batch prepared before the zones changed under the zones current when it is stored', async () => {
    const o = anObservation({ location: { type: 'Point', coordinates: [37.7, 48.36] } });
    const batch = await t.ctx.services.observations.prepareNdjson(gbr.viewer, [JSON.stringify(o)], [1]);
    const set = exerciseZoneSet();
    const next = await t.ctx.services.zones.put(
      { system: 'test' },
      { ...set, features: set.features.filter((f) => f.properties.kind !== 'sector') },
    );
    expect(batch.zoneVersion).toBe(next.version - 1);
    expect(batch.valid[0]!.row.sector).not.toBeNull();
    const [answer] = await t.ctx.services.observations.storePrepared(gbr.viewer, batch);
    expect(answer).toMatchObject({
      status: 'stored',
      observation: { tags: { zoneVersion: next.version, sector: null } },
    });
  });
});
