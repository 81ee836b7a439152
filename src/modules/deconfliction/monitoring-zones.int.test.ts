import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDialects } from '../../../test/support/databases.js';
import { startTestApp, type TestApp, type TestUser } from '../../../test/support/test-app.js';

const H = 3_600_000;
const iso = (t: number) => new Date(t).toISOString();
const N = '/api/v1/deconfliction/notifications';

function square(west: number, south: number, size: number): number[][][] {
  return [
    [
      [west, south],
      [west + size, south],
      [west + size, south + size],
      [west, south + size],
      [west, south],
    ],
  ];
}

describe.each(testDialects())('no-go zones from the monitoring zone set on %s', (dialect) => {
  let t: TestApp;
  let gbr: TestUser;
  let fra: TestUser;
  let ukr: TestUser;
  let coord: TestUser;

  beforeAll(async () => {
    t = await startTestApp(dialect);
    gbr = await t.signIn('GBR', 'planner');
    fra = await t.signIn('FRA', 'planner');
    ukr = await t.signIn('UKR', 'planner');
    coord = await t.signIn('DEU', 'coordinator');
  });
  afterAll(async () => t.close());

  const post = (user: TestUser, url: string, payload?: object) =>
    t.app.inject({ method: 'POST', url, headers: user.headers, ...(payload ? { payload } : {}) });
  const get = (user: TestUser, url: string) => t.app.inject({ method: 'GET', url, headers: user.headers });
  const putZones = async (features: object[]) => {
    const res = await t.app.inject({
      method: 'PUT',
      url: '/api/v1/zones',
      headers: coord.headers,
      payload: { type: 'FeatureCollection', features, releasability: 'coalition' },
    });
    expect(res.statusCode).toBe(201);
  };
  const flight = (lon: number, lat: number, start: number) => ({
    clientId: randomUUID(),
    kind: 'air',
    category: 'uas',
    title: 'Survey flight',
    geometry: { type: 'Point', coordinates: [lon, lat] },
    radiusM: 1_000,
    altitude: { lowerM: 300, upperM: 1_200, datum: 'AMSL' },
    startsAt: iso(start),
    endsAt: iso(start + 2 * H),
    releasability: 'coalition',
  });
  const zoneSides = (answer: { conflicts: { sides: { kind: string | null; party: string | null }[] }[] }) =>
    answer.conflicts.flatMap((c) => c.sides.filter((s) => s.kind === 'zone').map((s) => s.party));

  it('holds submissions against the buffer zones and disengagement areas, and follows new zone set versions', async () => {
    const start = Date.now() + 60 * H;
    await putZones([
      {
        type: 'Feature',
        geometry: { type: 'Polygon', coordinates: square(36, 47, 0.2) },
        properties: { kind: 'buffer-zone', name: 'Test buffer zone' },
      },
      {
        type: 'Feature',
        geometry: { type: 'MultiPolygon', coordinates: [square(37, 47, 0.1), square(37.5, 47, 0.1)] },
        properties: { kind: 'disengagement-area', name: 'Test disengagement area' },
      },
      {
        type: 'Feature',
        geometry: { type: 'Polygon', coordinates: square(38, 47, 0.2) },
        properties: { kind: 'sector', name: 'Test sector' },
      },
    ]);

    // Inside the buffer zone: the instant answer names the zone, releasable to the coalition.
    const inside = await post(gbr, N, flight(36.1, 47.1, start));
    expect(inside.statusCode).toBe(201);
    const answer = inside.json();
    expect(zoneSides(answer)).toEqual(['NATO']);
    const zoneSide = answer.conflicts[0].sides.find((s: { kind: string }) => s.kind === 'zone');
    expect(zoneSide).toMatchObject({ visible: true, label: 'Test buffer zone' });
    // In the second polygon of the disengagement area; a sector is not a no-go zone.
    expect(zoneSides((await post(fra, N, flight(37.55, 47.05, start))).json())).toEqual(['NATO']);
    expect((await post(fra, N, flight(38.1, 47.1, start))).json().conflicts).toEqual([]);

    // Every party sees the three mirrored zones (one per polygon) as NATO's no-go zones.
    const zones = (await get(ukr, `${N}?kind=zone`)).json().items;
    expect(zones.map((z: { title: string }) => z.title).sort()).toEqual([
      'Test buffer zone',
      'Test disengagement area',
      'Test disengagement area',
    ]);
    expect(
      zones.every((z: { party: string; status: string }) => z.party === 'NATO' && z.status === 'active'),
    ).toBe(true);

    // A UKR flight where no zone is yet, then a version adding a zone there and dropping the
    // buffer zone: the next batch run withdraws the old zone, resolves its conflict and flags UKR.
    const early = (await post(ukr, N, flight(39.05, 47.05, start))).json();
    expect(early.conflicts).toEqual([]);
    await putZones([
      {
        type: 'Feature',
        geometry: { type: 'Polygon', coordinates: square(39, 47, 0.1) },
        properties: { kind: 'buffer-zone', name: 'Moved buffer zone' },
      },
    ]);
    expect((await post(coord, '/api/v1/deconfliction/detect')).statusCode).toBe(200);
    const ukrConflicts = (
      await get(ukr, `/api/v1/deconfliction/conflicts?notificationId=${early.notification.id}`)
    ).json().items;
    expect(ukrConflicts).toHaveLength(1);
    expect(ukrConflicts[0].sides.map((s: { label: string }) => s.label)).toContain('Moved buffer zone');
    const old = (await get(gbr, `/api/v1/deconfliction/conflicts/${answer.conflicts[0].id}`)).json();
    expect(old.status).toBe('resolved');
    const live = (await get(gbr, `${N}?kind=zone&status=active`)).json().items;
    expect(live.map((z: { title: string }) => z.title)).toEqual(['Moved buffer zone']);
    // A second run changes nothing: the mirror is idempotent.
    const again = (await post(coord, '/api/v1/deconfliction/detect')).json();
    expect(again.added).toBe(0);
    expect((await get(gbr, `${N}?kind=zone&status=active`)).json().items).toHaveLength(1);
    // Many requests in one story: generous on a loaded machine.
  }, 60_000);
});
