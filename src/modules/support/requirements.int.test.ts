import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDialects } from '../../../test/support/databases.js';
import { startTestApp, type TestApp, type TestUser } from '../../../test/support/test-app.js';

describe.each(testDialects())('support requirements, priority lists and coverage on %s', (dialect) => {
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

  it('lets Ukraine state requirements and a priority list, and shows coverage by pledges and deliveries', async () => {
    const coord = await t.signIn('NATO', 'coordinator');
    const coalition = await t.app.inject({
      method: 'POST',
      url: '/api/v1/support/coalitions',
      headers: coord.headers,
      payload: { name: 'Drone coalition', capability: 'drones', leads: ['LVA', 'GBR'], source: 'UDCG' },
    });
    expect(coalition.statusCode).toBe(201);
    expect(coalition.json()).toMatchObject({ leads: ['LVA', 'GBR'], members: ['LVA', 'GBR'] });
    const req = await t.app.inject({
      method: 'POST',
      url: '/api/v1/support/requirements',
      headers: ukr.headers,
      payload: {
        capability: 'drones',
        title: 'Strike drones',
        quantity: 100,
        unit: 'drones',
        priority: 1,
        neededBy: '2026-06-30',
        coalitionId: coalition.json().id,
        releasability: 'coalition',
      },
    });
    expect(req.statusCode).toBe(201);
    const notUkraine = await t.app.inject({
      method: 'POST',
      url: '/api/v1/support/requirements',
      headers: gbr.headers,
      payload: { capability: 'drones', title: 'x', priority: 1, releasability: 'coalition' },
    });
    expect(notUkraine.statusCode).toBe(403);
    const pledge = await t.app.inject({
      method: 'POST',
      url: '/api/v1/support/pledges',
      headers: gbr.headers,
      payload: {
        aidTypeGeneral: 'Military',
        measure: 'allocation',
        announcedOn: '2026-01-10',
        reportingCurrency: 'GBP',
        reportedValue: 100,
        eurPerUnit: 1.17,
        item: 'drones',
        itemCount: 60,
        requirementId: req.json().id,
        releasability: 'coalition',
      },
    });
    expect(pledge.statusCode).toBe(201);
    expect(pledge.json()).toMatchObject({
      donor: 'GBR',
      valueEur: 117,
      eurPerUnit: 1.17,
      fromTracker: false,
    });
    const commitment = await t.app.inject({
      method: 'GET',
      url: `/api/v1/commitments/${pledge.json().commitmentId}`,
      headers: gbr.headers,
    });
    expect(commitment.statusCode).toBe(200);
    expect(commitment.json()).toMatchObject({ kind: 'equipment', quantity: 60, valueEur: 117 });
    const evidence = 'a'.repeat(64);
    const delivery = await t.app.inject({
      method: 'POST',
      url: `/api/v1/support/pledges/${pledge.json().id}/deliveries`,
      headers: ukr.headers,
      payload: { deliveredOn: '2026-02-01', itemCount: 25, valueEur: 50, evidenceSha256: evidence },
    });
    expect(delivery.statusCode).toBe(201);
    const leaf = await t.ctx.db
      .selectFrom('ledger_leaves')
      .selectAll()
      .where('kind', '=', 'support.delivery')
      .execute();
    expect(leaf.map((l) => l.record_id)).toContain(delivery.json().id);
    const over = await t.app.inject({
      method: 'POST',
      url: `/api/v1/support/pledges/${pledge.json().id}/deliveries`,
      headers: gbr.headers,
      payload: { deliveredOn: '2026-02-02', itemCount: 36, evidenceSha256: evidence },
    });
    expect(over.statusCode).toBe(422);
    expect(over.json().errors[0].pointer).toBe('/itemCount');
    const board = (
      await t.app.inject({ method: 'GET', url: '/api/v1/support/requirements', headers: fra.headers })
    ).json();
    expect(board.items[0].coverage).toEqual({
      pledgedCount: 60,
      deliveredCount: 25,
      pledgedEur: 117,
      deliveredEur: 50,
      pledgedShare: 0.6,
      deliveredShare: 0.25,
    });
    const list = await t.app.inject({
      method: 'POST',
      url: '/api/v1/support/priority-lists',
      headers: ukr.headers,
      payload: {
        month: '2026-01',
        title: 'January',
        approvedBy: ['UKR', 'NATO', 'USA'],
        requirementIds: [req.json().id],
        releasability: 'coalition',
      },
    });
    expect(list.statusCode).toBe(201);
    const tranche = await t.app.inject({
      method: 'POST',
      url: `/api/v1/support/priority-lists/${list.json().id}/tranches`,
      headers: ukr.headers,
      payload: { label: 'Tranche 1', currency: 'USD', target: 500e6, pledged: 500e6, funded: 200e6 },
    });
    expect(tranche.statusCode).toBe(201);
    const tooMuch = await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/support/tranches/${tranche.json().id}`,
      headers: ukr.headers,
      payload: { delivered: 300e6 },
    });
    expect(tooMuch.statusCode).toBe(400);
    expect(tooMuch.json().errors[0].pointer).toBe('/delivered');
    // Only the list's owner updates a tranche; another party's attempt changes nothing.
    const notOwner = await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/support/tranches/${tranche.json().id}`,
      headers: fra.headers,
      payload: { funded: 1 },
    });
    expect(notOwner.statusCode).toBe(403);
    const lists = (
      await t.app.inject({ method: 'GET', url: '/api/v1/support/priority-lists', headers: fra.headers })
    ).json();
    expect(lists.items[0]).toMatchObject({
      lines: [{ rank: 1, title: 'Strike drones' }],
      tranches: [{ funded: 200e6 }],
    });
  });
});
