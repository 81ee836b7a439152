import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDialects } from '../../../test/support/databases.js';
import { startTestApp, type TestApp, type TestUser } from '../../../test/support/test-app.js';
import { findConflictsBruteForce } from './find-conflicts.js';
import { volumeOf } from './notification-rules.js';

const H = 3_600_000;
const iso = (t: number) => new Date(t).toISOString();

describe.each(testDialects())('deconfliction on %s', (dialect) => {
  let t: TestApp;
  let gbr: TestUser;
  let fra: TestUser;
  let ukr: TestUser;
  let coord: TestUser;
  // Each test works in its own stretch of time and space, so tests do not see each other's conflicts.
  let slot = 0;
  const nextSlot = () => Date.now() + 50 * H + slot++ * 100 * H;

  beforeAll(async () => {
    t = await startTestApp(dialect);
    gbr = await t.signIn('GBR', 'planner');
    fra = await t.signIn('FRA', 'planner');
    ukr = await t.signIn('UKR', 'planner');
    coord = await t.signIn('DEU', 'coordinator');
  });
  afterAll(async () => t.close());

  function flight(start: number, over: Record<string, unknown> = {}) {
    return {
      clientId: randomUUID(),
      kind: 'air',
      category: 'uas',
      title: 'Survey flight',
      geometry: { type: 'Point', coordinates: [30.5, 50.45] },
      radiusM: 2_000,
      altitude: { lowerM: 300, upperM: 1_200, datum: 'AMSL' },
      startsAt: iso(start),
      endsAt: iso(start + 2 * H),
      releasability: 'coalition',
      ...over,
    };
  }
  const post = (user: TestUser, url: string, payload?: object) =>
    payload === undefined
      ? t.app.inject({ method: 'POST', url, headers: user.headers })
      : t.app.inject({ method: 'POST', url, headers: user.headers, payload });
  const get = (user: TestUser, url: string) => t.app.inject({ method: 'GET', url, headers: user.headers });
  const N = '/api/v1/deconfliction/notifications';

  it('answers a submission at once with its conflicts, replays a retry and refuses a reused client id', async () => {
    const start = nextSlot();
    const first = await post(gbr, N, flight(start));
    expect(first.statusCode).toBe(201);
    expect(first.json().conflicts).toEqual([]);
    const body = flight(start + H, { geometry: { type: 'Point', coordinates: [30.52, 50.45] } });
    const second = await post(fra, N, body);
    expect(second.statusCode).toBe(201);
    const answer = second.json();
    expect(answer.replayed).toBe(false);
    expect(answer.conflicts).toHaveLength(1);
    expect(answer.conflicts[0].sides.map((s: { party: string }) => s.party).sort()).toEqual(['FRA', 'GBR']);
    const retry = await post(fra, N, body);
    expect(retry.statusCode).toBe(200);
    expect(retry.json()).toMatchObject({ replayed: true, notification: { id: answer.notification.id } });
    const reused = await post(fra, N, { ...body, title: 'Other' });
    expect(reused.statusCode).toBe(409);
    const gbrView = (
      await get(gbr, `/api/v1/deconfliction/conflicts?notificationId=${first.json().notification.id}`)
    ).json();
    expect(gbrView.items).toHaveLength(1);
  });

  it('refuses short notice with 422 naming startsAt, accepts 24 h as emergency, names bad fields with 400', async () => {
    const soon = Date.now() + 30 * H;
    const late = await post(gbr, N, flight(soon));
    expect(late.statusCode).toBe(422);
    expect(late.json().errors).toEqual([expect.objectContaining({ pointer: '/startsAt' })]);
    expect((await post(gbr, N, flight(soon + 100_000 * H, {}))).statusCode).toBe(201);
    const emergency = await post(
      gbr,
      N,
      flight(soon, { emergency: true, geometry: { type: 'Point', coordinates: [10, 10] } }),
    );
    expect(emergency.statusCode).toBe(201);
    expect(emergency.json().notification.emergency).toBe(true);
    const bad = await post(gbr, N, flight(nextSlot(), { radiusM: undefined, category: 'convoy' }));
    expect(bad.statusCode).toBe(400);
    expect(
      bad
        .json()
        .errors.map((e: { pointer: string }) => e.pointer)
        .sort(),
    ).toEqual(['/category', '/radiusM']);
    const lat = await post(
      gbr,
      N,
      flight(nextSlot(), { geometry: { type: 'Point', coordinates: [30, 123] } }),
    );
    expect(lat.statusCode).toBe(400);
    expect(lat.json().errors[0].pointer).toContain('/geometry');
  });

  it('hides a national-only notification from another party on every route, but tells it of the conflict', async () => {
    const start = nextSlot();
    const secret = await post(
      gbr,
      N,
      flight(start, { releasability: 'owner', title: 'GBR national flight' }),
    );
    expect(secret.statusCode).toBe(201);
    const id = secret.json().notification.id;
    const mine = await post(fra, N, flight(start, { title: 'FRA flight' }));
    const [c] = mine.json().conflicts;
    // FRA learns it conflicts with something, not with whom nor exactly when.
    expect(c.sides.find((s: { visible: boolean }) => !s.visible)).toEqual(
      expect.objectContaining({
        label: "another party's activity",
        party: null,
        notificationId: null,
        startsAt: null,
      }),
    );
    expect(c.overlap.redacted).toBe(true);
    expect(JSON.stringify(mine.json())).not.toContain('GBR national flight');
    expect(JSON.stringify(mine.json())).not.toContain(id);
    // GBR sees both sides: the FRA flight is releasable to the coalition.
    const gbrSide = (await get(gbr, `/api/v1/deconfliction/conflicts/${c.id}`)).json();
    expect(gbrSide.sides.every((s: { visible: boolean }) => s.visible)).toBe(true);

    for (const url of [`${N}/${id}`, `${N}/${id}/cot`]) expect((await get(fra, url)).statusCode).toBe(404);
    for (const url of [
      N,
      `${N}.geojson`,
      `${N}.cot`,
      '/api/v1/deconfliction/receipts',
      '/api/v1/deconfliction/conflicts',
      '/api/v1/deconfliction/hotline',
    ]) {
      const res = await get(fra, url);
      expect(res.statusCode).toBe(200);
      expect(res.body).not.toContain(id);
      expect(res.body).not.toContain('GBR national flight');
    }
    expect((await post(fra, `${N}/${id}/receipt`)).statusCode).toBe(404);
    expect((await post(fra, `${N}/${id}/transitions`, { to: 'withdrawn' })).statusCode).toBe(404);
    expect(
      (await post(fra, '/api/v1/deconfliction/hotline', { notificationId: id, body: 'hello' })).statusCode,
    ).toBe(400);
    // A third party sees neither the notification nor the conflict.
    const third = await get(ukr, `/api/v1/deconfliction/conflicts/${c.id}`);
    expect(third.statusCode).toBe(404);
    // The ledger proves the conflict, with its stored row, only to a party that may see both
    // sides: FRA, which may not see GBR's flight, does not learn it from there either.
    const conflictRecord = `/api/v1/ledger/records/deconfliction.conflict/${c.id}`;
    const proven = await get(gbr, conflictRecord);
    expect(proven.statusCode).toBe(200);
    expect(proven.json().now.content.id).toBe(c.id);
    for (const party of [fra, ukr]) expect((await get(party, conflictRecord)).statusCode).toBe(404);
    expect((await get(fra, `/api/v1/ledger/records/deconfliction.notification/${id}`)).statusCode).toBe(404);
    // The owner sees its own record everywhere.
    expect((await get(gbr, `${N}/${id}`)).statusCode).toBe(200);
    expect((await get(gbr, `${N}.geojson`)).body).toContain(id);
    expect((await get(gbr, `${N}/${id}/cot`)).body).toContain(`uid="${id}"`);
  });

  it('relays, collects receipts per party (never approval) and becomes acknowledged', async () => {
    const start = nextSlot();
    const n = (
      await post(
        ukr,
        N,
        flight(start, { releasability: ['GBR', 'FRA'], geometry: { type: 'Point', coordinates: [20, 40] } }),
      )
    ).json().notification;
    expect(n.addressees).toEqual(['FRA', 'GBR']);
    expect((await post(gbr, `${N}/${n.id}/receipt`)).statusCode).toBe(422);
    expect((await post(gbr, `${N}/${n.id}/transitions`, { to: 'relayed' })).statusCode).toBe(403);
    expect((await post(coord, `${N}/${n.id}/transitions`, { to: 'relayed' })).statusCode).toBe(404);
    expect((await post(ukr, `${N}/${n.id}/transitions`, { to: 'relayed' })).json().status).toBe('relayed');
    const one = (await post(gbr, `${N}/${n.id}/receipt`)).json();
    expect(one.status).toBe('relayed');
    expect(one.receipts).toEqual([expect.objectContaining({ party: 'GBR' })]);
    expect(JSON.stringify(one)).not.toMatch(/approv/i);
    const both = (await post(fra, `${N}/${n.id}/receipt`)).json();
    expect(both.status).toBe('acknowledged');
    const matrix = (await get(gbr, '/api/v1/deconfliction/receipts')).json();
    const row = matrix.rows.find((r: { notificationId: string }) => r.notificationId === n.id);
    expect(Object.keys(row.receipts).sort()).toEqual(['FRA', 'GBR']);
    expect(row.receipts.GBR).not.toBeNull();
    expect((await post(ukr, `${N}/${n.id}/transitions`, { to: 'completed' })).statusCode).toBe(422);
    expect((await post(ukr, `${N}/${n.id}/transitions`, { to: 'active' })).json().status).toBe('active');
  });

  it('lets both parties acknowledge and resolve a conflict, and logs the hotline to the ledger', async () => {
    const start = nextSlot();
    const a = (
      await post(gbr, N, flight(start, { geometry: { type: 'Point', coordinates: [31, 49] } }))
    ).json();
    const b = (
      await post(fra, N, flight(start, { geometry: { type: 'Point', coordinates: [31.01, 49] } }))
    ).json();
    const c = b.conflicts[0];
    expect(c.status).toBe('open');
    // UKR may see both coalition notifications, but only the two parties act on the conflict.
    expect((await post(ukr, `/api/v1/deconfliction/conflicts/${c.id}/acknowledgement`)).statusCode).toBe(403);
    const acked = (await post(gbr, `/api/v1/deconfliction/conflicts/${c.id}/acknowledgement`)).json();
    expect(acked.acknowledgements).toEqual([expect.objectContaining({ party: 'GBR' })]);
    const before = await t.ctx.services.ledger.treeSize();
    const msg = await post(gbr, '/api/v1/deconfliction/hotline', {
      conflictId: c.id,
      body: 'Can you move 2 h later?',
    });
    expect(msg.statusCode).toBe(201);
    expect(await t.ctx.services.ledger.treeSize()).toBe(before + 1);
    const reply = await post(fra, '/api/v1/deconfliction/hotline', { conflictId: c.id, body: 'Agreed.' });
    expect(reply.json().fromParty).toBe('FRA');
    const thread = (await get(fra, `/api/v1/deconfliction/hotline?conflictId=${c.id}`)).json();
    expect(thread.items.map((m: { body: string }) => m.body)).toEqual(['Can you move 2 h later?', 'Agreed.']);
    expect((await get(ukr, `/api/v1/deconfliction/hotline?conflictId=${c.id}`)).json().items).toEqual([]);
    expect((await get(ukr, `/api/v1/deconfliction/conflicts/${c.id}`)).statusCode).toBe(200);
    expect(
      (await post(ukr, '/api/v1/deconfliction/hotline', { conflictId: c.id, body: 'x' })).statusCode,
    ).toBe(403);
    const resolved = await post(fra, `/api/v1/deconfliction/conflicts/${c.id}/resolution`, {
      resolution: 'FRA moves 2 h later',
    });
    expect(resolved.json()).toMatchObject({ status: 'resolved', resolution: 'FRA moves 2 h later' });
    expect(
      (await post(fra, `/api/v1/deconfliction/conflicts/${c.id}/resolution`, { resolution: 'again' }))
        .statusCode,
    ).toBe(422);
    expect(a.notification.id).toBeDefined();
  });

  it('finds in batch exactly the conflicts computed independently, and flags no-go zones for everyone', async () => {
    const start = nextSlot();
    const zone = await post(coord, N, {
      clientId: randomUUID(),
      kind: 'zone',
      category: 'no-go',
      title: 'Buffer zone',
      geometry: {
        type: 'Polygon',
        coordinates: [
          [
            [40, 45],
            [40.2, 45],
            [40.2, 45.2],
            [40, 45.2],
            [40, 45],
          ],
        ],
      },
      startsAt: iso(start - H),
      releasability: 'public',
    });
    expect(zone.statusCode).toBe(201);
    expect(
      (await post(gbr, N, { ...(await zone.json()).notification, clientId: randomUUID() })).statusCode,
    ).toBe(400);
    const own = (
      await post(coord, N, flight(start, { geometry: { type: 'Point', coordinates: [40.1, 45.1] } }))
    ).json();
    expect(own.conflicts).toHaveLength(1);
    const users = [gbr, fra, ukr];
    for (let i = 0; i < 24; i++) {
      await post(
        users[i % 3]!,
        N,
        flight(start + (i % 5) * H, {
          geometry: { type: 'Point', coordinates: [40 + (i % 6) * 0.04, 45.05 + Math.floor(i / 6) * 0.03] },
          radiusM: 1_500,
          altitude: { lowerM: (i % 4) * 1_000, upperM: (i % 4) * 1_000 + 800, datum: 'AMSL' },
        }),
      );
    }
    const run = await post(coord, '/api/v1/deconfliction/detect');
    expect(run.statusCode).toBe(200);
    const live = await t.ctx.db
      .selectFrom('deconfliction_notifications')
      .selectAll()
      .where('status', 'in', ['submitted', 'relayed', 'acknowledged', 'active'])
      .execute();
    const expected = findConflictsBruteForce(live.map(volumeOf))
      .map((p) => `${p.a}|${p.b}`)
      .sort();
    expect(run.json().pairs).toBe(expected.length);
    const stored = (
      await t.ctx.db
        .selectFrom('deconfliction_conflicts')
        .select(['notification_a', 'notification_b'])
        .execute()
    )
      .map((r) => `${r.notification_a}|${r.notification_b}`)
      .sort();
    expect(stored).toEqual(expect.arrayContaining(expected));
    expect((await post(gbr, '/api/v1/deconfliction/detect')).statusCode).toBe(403);
  });
});
