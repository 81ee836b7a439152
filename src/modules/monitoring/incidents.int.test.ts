import { contentHash } from '../ledger/leaf.js';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDialects } from '../../../test/support/databases.js';
import { startTestApp, type TestApp, type TestUser } from '../../../test/support/test-app.js';
import { anObservation } from './observations.factory.js';
import { exerciseZoneSet } from './zones.exercise.js';

describe.each(testDialects())('incidents, workflow and zones on %s', (dialect) => {
  let t: TestApp;
  let monitor: TestUser;
  let verifier: TestUser;
  let coordinator: TestUser;
  let fra: TestUser;
  beforeAll(async () => {
    t = await startTestApp(dialect);
    monitor = await t.signIn('GBR', 'monitor');
    verifier = await t.signIn('GBR', 'verifier');
    coordinator = await t.signIn('DEU', 'coordinator');
    fra = await t.signIn('FRA', 'analyst');
    const zones = await t.app.inject({
      method: 'PUT',
      url: '/api/v1/zones',
      headers: coordinator.headers,
      payload: exerciseZoneSet(),
    });
    expect(zones.statusCode).toBe(201);
  });
  afterAll(async () => t.close());

  const inject = (user: TestUser, method: 'GET' | 'POST' | 'PUT', url: string, payload?: object) =>
    t.app.inject({ method, url, headers: user.headers, ...(payload ? { payload } : {}) });

  /** Posts a report of one event by two independent sources; answers the incident id. */
  async function twoSourceIncident(lon: number, lat: number, overrides: Record<string, unknown> = {}) {
    const a = anObservation({ location: { type: 'Point', coordinates: [lon, lat] }, ...overrides });
    const b = anObservation({
      location: { type: 'Point', coordinates: [lon + 0.005, lat] },
      source: { kind: 'patrol', id: `PTL-${randomUUID()}`, reliability: 'A', credibility: 1 },
      observedAt: '2026-03-14T21:50:00Z',
      observedUntil: undefined,
      ...overrides,
    });
    const ra = (await inject(monitor, 'POST', '/api/v1/observations', a)).json();
    const rb = (await inject(monitor, 'POST', '/api/v1/observations', b)).json();
    expect(ra.observation.incidentId).toBe(rb.observation.incidentId);
    return ra.observation.incidentId as string;
  }

  it('groups two independent sources into one incident with span, centroid, sources and confidence', async () => {
    const id = await twoSourceIncident(37.18, 48.28);
    const incident = (await inject(fra, 'GET', `/api/v1/incidents/${id}`)).json();
    expect(incident).toMatchObject({
      status: 'reported',
      observationCount: 2,
      sourceCount: 2,
      primaryCategory: 'explosion',
      startedAt: '2026-03-14T21:40:00.000Z',
      endedAt: '2026-03-14T21:55:00.000Z',
      violation: true,
      sector: 'EXERCISE sector Donetsk',
    });
    expect(incident.observationIds).toHaveLength(2);
    expect(incident.confidence).toBeGreaterThan(0.8);
    expect(incident.centroid.coordinates[0]).toBeGreaterThan(37.18);
    const list = (
      await inject(fra, 'GET', '/api/v1/incidents?bbox=37.1,48.2,37.3,48.4&status=reported')
    ).json();
    expect(list.items.map((i: { id: string }) => i.id)).toContain(id);
    const geo = (
      await inject(fra, 'GET', '/api/v1/incidents?bbox=37.1,48.2,37.3,48.4&format=geojson')
    ).json();
    expect(geo.features.find((f: { id: string }) => f.id === id)).toMatchObject({
      geometry: { type: 'Point' },
      properties: { sourceCount: 2 },
    });
  });

  it('merges two incidents when a new observation links them, keeping the older one', async () => {
    const first = (
      await inject(
        monitor,
        'POST',
        '/api/v1/observations',
        anObservation({ location: { type: 'Point', coordinates: [36.0, 47.6] } }),
      )
    ).json();
    const second = (
      await inject(
        monitor,
        'POST',
        '/api/v1/observations',
        anObservation({
          location: { type: 'Point', coordinates: [36.05, 47.6] },
          source: { kind: 'radar', id: 'RDR-1', reliability: 'B', credibility: 2 },
        }),
      )
    ).json();
    expect(first.observation.incidentId).not.toBe(second.observation.incidentId);
    const bridge = (
      await inject(
        monitor,
        'POST',
        '/api/v1/observations',
        anObservation({
          location: { type: 'Point', coordinates: [36.025, 47.6] },
          source: { kind: 'acoustic-sensor', id: 'ACU-1', reliability: 'B', credibility: 3 },
        }),
      )
    ).json();
    expect(bridge.observation.incidentId).toBe(first.observation.incidentId);
    const survivor = (await inject(fra, 'GET', `/api/v1/incidents/${first.observation.incidentId}`)).json();
    expect(survivor.observationCount).toBe(3);
    const gone = (await inject(fra, 'GET', `/api/v1/incidents/${second.observation.incidentId}`)).json();
    expect(gone.mergedInto).toBe(first.observation.incidentId);
    const history = (
      await inject(fra, 'GET', `/api/v1/incidents/${first.observation.incidentId}/revisions`)
    ).json().items;
    expect(history.map((r: { kind: string }) => r.kind)).toEqual(['created', 'merged']);
  });

  it('walks the workflow with roles, rationale and immutable revisions; refuses wrong roles and steps', async () => {
    const id = await twoSourceIncident(37.28, 47.98);
    const step = (user: TestUser, to: string, extra: object = {}) =>
      inject(user, 'POST', `/api/v1/incidents/${id}/transitions`, {
        to,
        rationale: `moving to ${to}`,
        ...extra,
      });
    expect((await step(fra, 'triaged')).statusCode).toBe(403);
    expect((await step(verifier, 'verified')).statusCode).toBe(422);
    const revision = (await inject(fra, 'GET', `/api/v1/incidents/${id}`)).json().revision as number;
    const triaged = await step(verifier, 'triaged', { revision });
    expect(triaged.statusCode).toBe(200);
    expect(triaged.json()).toMatchObject({ status: 'triaged', revision: revision + 1 });
    expect((await step(verifier, 'corroborated', { revision })).statusCode).toBe(409);
    expect((await step(verifier, 'corroborated')).statusCode).toBe(200);
    expect((await step(verifier, 'verified')).statusCode).toBe(200);
    expect((await step(coordinator, 'referred')).statusCode).toBe(200);
    expect((await step(coordinator, 'attributed')).statusCode).toBe(422);
    const attributed = await step(coordinator, 'attributed', { attribution: 'EXERCISE party B' });
    expect(attributed.json()).toMatchObject({ status: 'attributed', attribution: 'EXERCISE party B' });
    const history = (await inject(fra, 'GET', `/api/v1/incidents/${id}/revisions`)).json().items;
    expect(history.map((r: { toStatus: string | null }) => r.toStatus)).toEqual([
      null,
      null,
      'triaged',
      'corroborated',
      'verified',
      'referred',
      'attributed',
    ]);
    expect(history[2]).toMatchObject({
      actor: verifier.username,
      actorParty: 'GBR',
      rationale: 'moving to triaged',
      fromStatus: 'reported',
    });
    expect(history[2].snapshot.status).toBe('triaged');
    const leaves = await t.ctx.db
      .selectFrom('ledger_leaves')
      .select('record_id')
      .where('kind', '=', 'incident.revision')
      .execute();
    expect(leaves.map((l) => l.record_id)).toContain(`${id}#${revision + 1}`);
  });

  it('lets every party comment and dispute on the one record', async () => {
    const id = await twoSourceIncident(36.84, 47.84);
    await inject(verifier, 'POST', `/api/v1/incidents/${id}/transitions`, {
      to: 'triaged',
      rationale: 'first look',
    });
    const comment = await inject(fra, 'POST', `/api/v1/incidents/${id}/comments`, {
      body: 'French liaison: our camera saw it too',
    });
    expect(comment.statusCode).toBe(201);
    expect(comment.json()).toMatchObject({ party: 'FRA', kind: 'comment' });
    const ukr = await t.signIn('UKR', 'analyst');
    const disputed = await inject(ukr, 'POST', `/api/v1/incidents/${id}/disputes`, {
      body: 'The origin is assessed wrongly',
    });
    expect(disputed.statusCode).toBe(200);
    expect(disputed.json().status).toBe('disputed');
    const national = await inject(fra, 'POST', `/api/v1/incidents/${id}/comments`, {
      body: 'national note',
      releasability: 'owner',
    });
    expect(national.statusCode).toBe(201);
    const seenByGbr = (await inject(monitor, 'GET', `/api/v1/incidents/${id}/comments`)).json().items;
    expect(seenByGbr.map((c: { kind: string; party: string }) => [c.kind, c.party])).toEqual([
      ['comment', 'FRA'],
      ['dispute', 'UKR'],
    ]);
    expect((await inject(fra, 'GET', `/api/v1/incidents/${id}/comments`)).json().items).toHaveLength(3);
    const viewer = await t.signIn('GBR', 'viewer');
    expect((await inject(viewer, 'POST', `/api/v1/incidents/${id}/comments`, { body: 'x' })).statusCode).toBe(
      403,
    );
    expect(
      (
        await inject(verifier, 'POST', `/api/v1/incidents/${id}/transitions`, {
          to: 'verified',
          rationale: 'dispute resolved',
        })
      ).statusCode,
    ).toBe(200);
  });

  it("never shows another party's national-only incident, its history or its comments", async () => {
    const secret = anObservation({
      releasability: 'owner',
      location: { type: 'Point', coordinates: [35.4, 47.5] },
    });
    const posted = (await inject(monitor, 'POST', '/api/v1/observations', secret)).json();
    const id = posted.observation.incidentId as string;
    const coalitionOne = anObservation({
      location: { type: 'Point', coordinates: [35.401, 47.5] },
      source: { kind: 'patrol', id: 'PTL-X', reliability: 'A', credibility: 1 },
    });
    const other = (await inject(monitor, 'POST', '/api/v1/observations', coalitionOne)).json();
    // Different audiences never share an incident, so the coalition one reveals nothing.
    expect(other.observation.incidentId).not.toBe(id);
    expect((await inject(fra, 'GET', `/api/v1/incidents/${id}`)).statusCode).toBe(404);
    expect((await inject(fra, 'GET', `/api/v1/incidents/${id}/revisions`)).statusCode).toBe(404);
    expect((await inject(fra, 'GET', `/api/v1/incidents/${id}/comments`)).statusCode).toBe(404);
    expect((await inject(fra, 'POST', `/api/v1/incidents/${id}/comments`, { body: 'x' })).statusCode).toBe(
      404,
    );
    expect((await inject(fra, 'POST', `/api/v1/incidents/${id}/disputes`, { body: 'x' })).statusCode).toBe(
      404,
    );
    const fraVerifier = await t.signIn('FRA', 'verifier');
    expect(
      (
        await inject(fraVerifier, 'POST', `/api/v1/incidents/${id}/transitions`, {
          to: 'triaged',
          rationale: 'x y z',
        })
      ).statusCode,
    ).toBe(404);
    const box = 'bbox=35.3,47.4,35.5,47.6';
    expect(
      (await inject(fra, 'GET', `/api/v1/incidents?${box}`)).json().items.map((i: { id: string }) => i.id),
    ).toEqual([other.observation.incidentId]);
    expect((await inject(fra, 'GET', `/api/v1/incidents/count?${box}`)).json().count).toBe(1);
    expect((await inject(monitor, 'GET', `/api/v1/incidents/count?${box}`)).json().count).toBe(2);
    expect((await inject(monitor, 'GET', `/api/v1/incidents/${id}`)).json().observationIds).toEqual([
      secret.id,
    ]);
    // The ledger proves the incident's workflow revisions, with their content, to its party only.
    const gbrVerifier = await t.signIn('GBR', 'verifier');
    const triaged = await inject(gbrVerifier, 'POST', `/api/v1/incidents/${id}/transitions`, {
      to: 'triaged',
      rationale: 'national triage',
    });
    expect(triaged.statusCode).toBe(200);
    const revisions = (await inject(monitor, 'GET', `/api/v1/incidents/${id}/revisions`)).json().items as {
      revision: number;
    }[];
    const record = `/api/v1/ledger/records/incident.revision/${encodeURIComponent(`${id}#${revisions.at(-1)!.revision}`)}`;
    const proof = await inject(monitor, 'GET', record);
    expect(proof.statusCode).toBe(200);
    expect(contentHash(proof.json().now.content)).toBe(proof.json().leaves.at(-1).contentHash);
    expect((await inject(fra, 'GET', record)).statusCode).toBe(404);
  });

  it('serves zones as GeoJSON, versioned, and refuses bad geometry naming the feature', async () => {
    const current = (await inject(fra, 'GET', '/api/v1/zones')).json();
    expect(current.version).toBe(1);
    expect(current.features[0]).toMatchObject({ type: 'Feature', properties: { kind: 'line-of-contact' } });
    const set = exerciseZoneSet();
    set.features[1]!.geometry = { type: 'Point', coordinates: [1, 2] };
    const bad = await inject(coordinator, 'PUT', '/api/v1/zones', set);
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].pointer).toBe('/features/1/geometry/type');
    expect((await inject(fra, 'PUT', '/api/v1/zones', exerciseZoneSet())).statusCode).toBe(403);
    const next = await inject(coordinator, 'PUT', '/api/v1/zones', {
      ...exerciseZoneSet(),
      note: 'second version',
    });
    expect(next.json().version).toBe(2);
    expect(
      (await inject(fra, 'GET', '/api/v1/zones/versions'))
        .json()
        .items.map((v: { version: number }) => v.version),
    ).toEqual([2, 1]);
    expect((await inject(fra, 'GET', '/api/v1/zones?version=1')).json().version).toBe(1);
    const tagged = (await inject(monitor, 'POST', '/api/v1/observations', anObservation())).json();
    expect(tagged.observation.tags.zoneVersion).toBe(2);
  });

  it('answers the taxonomy, headline figures and the OpenAPI paths', async () => {
    const taxonomy = (await inject(fra, 'GET', '/api/v1/monitoring/taxonomy')).json();
    expect(taxonomy.categories['freedom-of-movement'].subtypes).toContain('uav-fired-upon');
    const recent = anObservation({
      observedAt: new Date(Date.now() - 3_600_000).toISOString(),
      observedUntil: undefined,
      quantity: 7,
      location: { type: 'Point', coordinates: [33.37, 46.76] },
    });
    await inject(monitor, 'POST', '/api/v1/observations', recent);
    const overview = (await inject(monitor, 'GET', '/api/v1/overview')).json().modules.monitoring;
    const byKey = Object.fromEntries(overview.map((h: { key: string; value: number }) => [h.key, h.value]));
    expect(byKey['monitoring.violations24h']).toBe(7);
    expect(byKey['monitoring.incidentsAwaitingVerification']).toBeGreaterThan(0);
    const doc = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        '/api/v1/observations',
        '/api/v1/incidents',
        '/api/v1/incidents/{id}/transitions',
        '/api/v1/zones',
        '/api/v1/observations/h3',
      ]),
    );
  });
});
