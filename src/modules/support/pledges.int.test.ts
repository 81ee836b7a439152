import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDialects } from '../../../test/support/databases.js';
import { startTestApp, type TestApp, type TestUser } from '../../../test/support/test-app.js';

describe.each(testDialects())('support pledges and deliveries on %s', (dialect) => {
  let t: TestApp;
  let ukr: TestUser;
  let gbr: TestUser;
  let fra: TestUser;
  beforeAll(async () => {
    t = await startTestApp(dialect);
    ukr = await t.signIn('UKR', 'planner');
    gbr = await t.signIn('GBR', 'planner');
    fra = await t.signIn('FRA', 'planner');
  });
  afterAll(async () => t.close());

  const get = (user: TestUser, url: string) => t.app.inject({ method: 'GET', url, headers: user.headers });
  const requirement = async (title: string) =>
    (
      await t.app.inject({
        method: 'POST',
        url: '/api/v1/support/requirements',
        headers: ukr.headers,
        payload: { capability: 'armour', title, quantity: 10, priority: 3, releasability: 'coalition' },
      })
    ).json().id as string;
  const pledge = async (user: TestUser, body: Record<string, unknown> = {}) => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/support/pledges',
      headers: user.headers,
      payload: {
        aidTypeGeneral: 'Military',
        measure: 'allocation',
        announcedOn: '2026-04-01',
        reportingCurrency: 'EUR',
        releasability: 'coalition',
        ...body,
      },
    });
    expect(res.statusCode).toBe(201);
    return res.json<{ id: string; commitmentId: string }>();
  };
  const relink = (user: TestUser, id: string, body: Record<string, unknown>) =>
    t.app.inject({
      method: 'PATCH',
      url: `/api/v1/support/pledges/${id}`,
      headers: user.headers,
      payload: body,
    });
  const deliver = (user: TestUser, id: string, body: Record<string, unknown>) =>
    t.app.inject({
      method: 'POST',
      url: `/api/v1/support/pledges/${id}/deliveries`,
      headers: user.headers,
      payload: { deliveredOn: '2026-05-01', evidenceSha256: 'd'.repeat(64), ...body },
    });
  const commitmentState = async (id: string) =>
    (await get(gbr, `/api/v1/commitments/${id}`)).json().state as string;

  it('lets the donor relink a pledge to another requirement, its commitment following; refuses others by field', async () => {
    const first = await requirement('Tracked vehicles');
    const second = await requirement('Wheeled vehicles');
    const p = await pledge(gbr, { valueEur: 10, itemCount: 2, requirementId: first });
    const moved = await relink(gbr, p.id, { requirementId: second });
    expect(moved.statusCode).toBe(200);
    expect(moved.json()).toMatchObject({ id: p.id, requirementId: second });
    const commitment = (await get(gbr, `/api/v1/commitments/${p.commitmentId}`)).json();
    expect(commitment.purpose).toEqual({ pillar: 'support', requirementRef: second });
    const board = (await get(fra, '/api/v1/support/requirements?capability=armour')).json();
    const coverage = (id: string): number =>
      board.items.find((r: { id: string }) => r.id === id).coverage.pledgedCount as number;
    expect([coverage(first), coverage(second)]).toEqual([0, 2]);
    const leaves = await t.ctx.db
      .selectFrom('ledger_leaves')
      .select('record_id')
      .where('kind', '=', 'support.pledge')
      .where('record_id', '=', p.id)
      .execute();
    expect(leaves).toHaveLength(2);

    const unknown = await relink(gbr, p.id, { requirementId: 'no-such-requirement' });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().errors[0].pointer).toBe('/requirementId');
    const empty = await relink(gbr, p.id, {});
    expect(empty.statusCode).toBe(400);
    expect((await relink(fra, p.id, { requirementId: first })).statusCode).toBe(403);
    const analyst = await t.signIn('GBR', 'analyst');
    expect((await relink(analyst, p.id, { requirementId: first })).statusCode).toBe(403);
    const unlinked = await relink(gbr, p.id, { requirementId: null });
    expect(unlinked.json().requirementId).toBeNull();
  });

  it('moves the commitment to fulfilled on the delivery that completes the pledge, whoever records it', async () => {
    const byItems = await pledge(gbr, { valueEur: 300, itemCount: 3 });
    expect(await commitmentState(byItems.commitmentId)).toBe('committed');
    expect((await deliver(gbr, byItems.id, { itemCount: 2 })).statusCode).toBe(201);
    expect(await commitmentState(byItems.commitmentId)).toBe('committed');
    // Ukraine records the last item: the donor's commitment is fulfilled all the same.
    expect((await deliver(ukr, byItems.id, { itemCount: 1 })).statusCode).toBe(201);
    expect(await commitmentState(byItems.commitmentId)).toBe('fulfilled');

    const byValue = await pledge(gbr, { measure: 'commitment', valueEur: 100 });
    expect(await commitmentState(byValue.commitmentId)).toBe('announced');
    await deliver(gbr, byValue.id, { valueEur: 60 });
    expect(await commitmentState(byValue.commitmentId)).toBe('announced');
    await deliver(gbr, byValue.id, { valueEur: 40 });
    expect(await commitmentState(byValue.commitmentId)).toBe('fulfilled');
    // A further delivery of value against a fulfilled commitment is still recorded.
    expect((await deliver(gbr, byValue.id, { valueEur: 5 })).statusCode).toBe(201);
    expect(await commitmentState(byValue.commitmentId)).toBe('fulfilled');
  });

  it("never shows one party's national-only pledges, deliveries, requirements or lists to another", async () => {
    const secretReq = await t.app.inject({
      method: 'POST',
      url: '/api/v1/support/requirements',
      headers: ukr.headers,
      payload: {
        capability: 'intelligence',
        title: 'National-only need',
        priority: 2,
        releasability: 'owner',
      },
    });
    const secretList = await t.app.inject({
      method: 'POST',
      url: '/api/v1/support/priority-lists',
      headers: ukr.headers,
      payload: {
        month: '2026-02',
        title: 'National-only list',
        requirementIds: [secretReq.json().id],
        releasability: 'owner',
      },
    });
    const coord = await t.signIn('NATO', 'coordinator');
    const secretCoalition = await t.app.inject({
      method: 'POST',
      url: '/api/v1/support/coalitions',
      headers: coord.headers,
      payload: {
        name: 'National-only coalition',
        capability: 'technology',
        leads: ['NATO'],
        releasability: 'owner',
      },
    });
    const secretPledge = await t.app.inject({
      method: 'POST',
      url: '/api/v1/support/pledges',
      headers: gbr.headers,
      payload: {
        aidTypeGeneral: 'Military',
        measure: 'allocation',
        announcedOn: '2026-03-01',
        reportingCurrency: 'EUR',
        valueEur: 999,
        itemCount: 3,
        releasability: 'owner',
      },
    });
    expect(secretPledge.statusCode).toBe(201);
    const secretDelivery = await t.app.inject({
      method: 'POST',
      url: `/api/v1/support/pledges/${secretPledge.json().id}/deliveries`,
      headers: gbr.headers,
      payload: { deliveredOn: '2026-03-02', itemCount: 1, evidenceSha256: 'b'.repeat(64) },
    });
    expect(secretDelivery.statusCode).toBe(201);
    // The owners see their records.
    expect((await get(gbr, `/api/v1/support/pledges/${secretPledge.json().id}`)).statusCode).toBe(200);
    expect((await get(ukr, `/api/v1/support/requirements/${secretReq.json().id}`)).statusCode).toBe(200);
    // Another party sees none of them, on every route.
    expect((await get(fra, `/api/v1/support/pledges/${secretPledge.json().id}`)).statusCode).toBe(404);
    expect((await get(fra, `/api/v1/support/pledges/${secretPledge.json().id}/deliveries`)).statusCode).toBe(
      404,
    );
    expect((await get(fra, `/api/v1/support/requirements/${secretReq.json().id}`)).statusCode).toBe(404);
    expect((await get(fra, `/api/v1/support/priority-lists/${secretList.json().id}`)).statusCode).toBe(404);
    expect((await get(fra, `/api/v1/support/coalitions/${secretCoalition.json().id}`)).statusCode).toBe(404);
    const ids = (body: { items: { id: string }[] }) => body.items.map((i) => i.id);
    expect(ids((await get(fra, '/api/v1/support/pledges?limit=1000')).json())).not.toContain(
      secretPledge.json().id,
    );
    expect(ids((await get(fra, '/api/v1/support/requirements')).json())).not.toContain(secretReq.json().id);
    expect(ids((await get(fra, '/api/v1/support/priority-lists')).json())).not.toContain(
      secretList.json().id,
    );
    expect(ids((await get(fra, '/api/v1/support/coalitions')).json())).not.toContain(
      secretCoalition.json().id,
    );
    const fraView = (await get(fra, '/api/v1/support/donors?year=2026')).json();
    const gbrView = (await get(gbr, '/api/v1/support/donors?year=2026')).json();
    const gbrLine = (v: { items: { donor: string; allocationEur: number }[] }) =>
      v.items.find((l) => l.donor === 'GBR')?.allocationEur ?? 0;
    expect(gbrLine(gbrView) - gbrLine(fraView)).toBe(999);
    const fraTimeline = (await get(fra, '/api/v1/support/donors/timeline?donor=GBR')).json();
    expect(fraTimeline.items.some((p: { month: string }) => p.month === '2026-03')).toBe(false);
    // Nor relink it, nor deliver against what it cannot see.
    expect((await relink(fra, secretPledge.json().id, { requirementId: null })).statusCode).toBe(404);
    const blind = await t.app.inject({
      method: 'POST',
      url: `/api/v1/support/pledges/${secretPledge.json().id}/deliveries`,
      headers: fra.headers,
      payload: { deliveredOn: '2026-03-02', itemCount: 1, evidenceSha256: 'c'.repeat(64) },
    });
    expect(blind.statusCode).toBe(404);
  });
});
