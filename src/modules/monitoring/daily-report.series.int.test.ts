import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDialects } from '../../../test/support/databases.js';
import { startTestApp, type TestApp, type TestUser } from '../../../test/support/test-app.js';

let seq = 0;
const uuid = () => `5e71e500-0000-4000-8000-${String(++seq).padStart(12, '0')}`;

describe.each(testDialects())('violation series of the reports page on %s', (dialect) => {
  let t: TestApp;
  let gbr: TestUser;
  let fra: TestUser;
  beforeAll(async () => {
    t = await startTestApp(dialect);
    gbr = await t.signIn('GBR', 'monitor');
    fra = await t.signIn('FRA', 'viewer');
  });
  afterAll(async () => t.close());

  const get = (user: TestUser, url: string) => t.app.inject({ method: 'GET', url, headers: user.headers });
  const post = (releasability: string, quantity: number) =>
    t.app.inject({
      method: 'POST',
      url: '/api/v1/observations',
      headers: gbr.headers,
      payload: {
        id: uuid(),
        observedAt: '2026-03-10T08:00:00.000Z',
        location: { type: 'Point', coordinates: [37.85, 48.4] },
        source: { kind: 'fixed-camera', id: `CAM-${seq}`, reliability: 'B', credibility: 2 },
        category: 'shelling',
        quantity,
        notes: 'EXERCISE series',
        releasability,
      },
    });

  it('counts only what each party may see', async () => {
    expect((await post('coalition', 3)).statusCode).toBe(201);
    expect((await post('owner', 4)).statusCode).toBe(201);
    const url = '/api/v1/reports/daily-series?from=2026-03-09&to=2026-03-10';
    const own = await get(gbr, url);
    expect(own.statusCode).toBe(200);
    const total = (body: { regions: { violations: number[] }[] }) =>
      body.regions.flatMap((r) => r.violations).reduce((a, b) => a + b, 0);
    expect(own.json().dates).toEqual(['2026-03-09', '2026-03-10']);
    expect(total(own.json())).toBe(7);
    // France does not see the national-only record of the United Kingdom.
    expect(total((await get(fra, url)).json())).toBe(3);
  });

  it('names the parameter of a bad range', async () => {
    const reversed = await get(gbr, '/api/v1/reports/daily-series?from=2026-03-10&to=2026-03-01');
    expect(reversed.statusCode).toBe(400);
    expect(JSON.stringify(reversed.json())).toMatch(/\/to/);
    const long = await get(gbr, '/api/v1/reports/daily-series?from=2026-01-01&to=2026-12-31');
    expect(long.statusCode).toBe(400);
    const bad = await get(gbr, '/api/v1/reports/daily-series?from=2026-02-30&to=2026-03-01');
    expect(bad.statusCode).toBe(400);
    expect(JSON.stringify(bad.json())).toMatch(/from/);
  });
});
