import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDialects } from '../../../test/support/databases.js';
import { startTestApp, type TestApp, type TestUser } from '../../../test/support/test-app.js';
import { MAP_POINT_COLUMNS } from './outputs.map-points.js';

let seq = 0;
const uuid = () => `3a9f0000-0000-4000-8000-${String(++seq).padStart(12, '0')}`;

function observation(overrides: Record<string, unknown> = {}) {
  return {
    id: uuid(),
    observedAt: '2026-03-10T12:00:00.000Z',
    location: { type: 'Point', coordinates: [37.8512345, 48.4] },
    source: { kind: 'fixed-camera', id: `CAM-${seq}`, reliability: 'B', credibility: 2 },
    category: 'explosion',
    notes: 'EXERCISE map point',
    releasability: 'coalition',
    ...overrides,
  };
}

describe.each(testDialects())('map points of observations on %s', (dialect) => {
  let t: TestApp;
  let gbr: TestUser;
  let fra: TestUser;
  beforeAll(async () => {
    t = await startTestApp(dialect);
    gbr = await t.signIn('GBR', 'monitor');
    fra = await t.signIn('FRA', 'viewer');
    await t.signIn('DEU', 'viewer');
  });
  afterAll(async () => t.close());

  const get = (user: TestUser, url: string) => t.app.inject({ method: 'GET', url, headers: user.headers });
  const post = (user: TestUser, payload: Record<string, unknown>) =>
    t.app.inject({ method: 'POST', url: '/api/v1/observations', headers: user.headers, payload });
  const rows = (body: string) =>
    body
      .trim()
      .split('\n')
      .slice(1)
      .map((l) => l.split(','));

  it('answers one compact CSV line per visible observation, never another party’s national-only one', async () => {
    const shared = observation();
    const national = observation({ releasability: 'owner', observedAt: '2026-03-10T13:00:00.000Z' });
    const listed = observation({
      releasability: ['GBR', 'DEU'],
      category: 'shelling',
      source: { kind: 'patrol', id: 'P-1', reliability: 'A', credibility: 1 },
      observedAt: '2026-03-11T08:30:00.000Z',
    });
    for (const o of [shared, national, listed]) {
      const res = await post(gbr, o);
      expect(res.statusCode, res.body).toBe(201);
    }

    const range = 'from=2026-03-10T00:00:00Z&to=2026-03-12T00:00:00Z';
    const own = await get(gbr, `/api/v1/observations/map-points?${range}`);
    expect(own.statusCode).toBe(200);
    expect(own.headers['content-type']).toMatch(/^text\/csv/);
    expect(own.body.split('\n')[0]).toBe(MAP_POINT_COLUMNS.join(','));
    expect(rows(own.body)).toEqual([
      [
        listed.id,
        '37.85123',
        '48.4',
        String(Date.parse(listed.observedAt) / 1000),
        'shelling',
        'patrol',
        'parties',
      ],
      [
        national.id,
        '37.85123',
        '48.4',
        String(Date.parse(national.observedAt) / 1000),
        'explosion',
        'fixed-camera',
        'owner',
      ],
      [
        shared.id,
        '37.85123',
        '48.4',
        String(Date.parse(shared.observedAt) / 1000),
        'explosion',
        'fixed-camera',
        'coalition',
      ],
    ]);

    // France sees the coalition record only: the national one and the GBR/DEU list stay hidden.
    const other = await get(fra, `/api/v1/observations/map-points?${range}`);
    expect(rows(other.body).map((r) => r[0])).toEqual([shared.id]);

    const patrols = await get(gbr, `/api/v1/observations/map-points?${range}&sourceKind=patrol`);
    expect(rows(patrols.body).map((r) => r[0])).toEqual([listed.id]);
  });

  it('names the field of a bad filter in an RFC 9457 problem', async () => {
    const kind = await get(gbr, '/api/v1/observations/map-points?sourceKind=pigeon');
    expect(kind.statusCode).toBe(400);
    expect(kind.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(JSON.stringify(kind.json())).toMatch(/sourceKind/);
    const box = await get(gbr, '/api/v1/observations/map-points?bbox=40,50,30,45');
    expect(box.statusCode).toBe(400);
    expect(JSON.stringify(box.json())).toMatch(/bbox/);
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/observations/map-points' })).statusCode).toBe(
      401,
    );
  });
});
