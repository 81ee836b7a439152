import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDialects } from '../../../test/support/databases.js';
import { startTestApp, type TestApp, type TestUser } from '../../../test/support/test-app.js';

// EXERCISE tracker rows in the real column layout; the values are invented for the test.
const HEADER =
  'ID,donor,aid_type_general,aid_type_specific,measure,announcement_date,month,explanation,reporting_currency,source_reported_value,tot_activity_value_EUR,tot_sub_activity_value_EUR,tot_value_deliv_EUR,item,item_type,item_numb,item_numb_deliv,extra_2026';
const LINES = [
  'DEU-1,Germany,Military,Weapons,Allocation,2024-02-16,26,EXERCISE package,EUR,1000000,1000000,600000,600000,IRIS-T,Air defence,2,2,x',
  'DEU-1,Germany,Military,Weapons,Allocation,2024-02-16,26,EXERCISE package,EUR,.,.,400000,100000,Gepard,Air defence,10,3,x',
  'GBR-7,United Kingdom,Military,Weapons,Commitment,2024-01-12,25,EXERCISE commitment,GBP,1000000,1170000,.,.,.,.,.,.,x',
  'GBR-8,United Kingdom,Financial,Budget,Allocation,2024-03-01,27,EXERCISE budget support,GBP,500000,585000,585000,585000,.,.,.,.,x',
  'ATL-1,Atlantis,Humanitarian,Food,Allocation,.,0,EXERCISE relief,EUR,1000,1000,1000,.,.,.,.,.,x',
];
const csv = (lines: string[]) => [HEADER, ...lines].join('\n') + '\n';

describe.each(testDialects())('support module on %s', (dialect) => {
  let t: TestApp;
  let ukr: TestUser;
  let gbr: TestUser;
  let fra: TestUser;
  let analyst: TestUser;
  beforeAll(async () => {
    t = await startTestApp(dialect);
    ukr = await t.signIn('UKR', 'planner');
    gbr = await t.signIn('GBR', 'planner');
    fra = await t.signIn('FRA', 'planner');
    analyst = await t.signIn('GBR', 'analyst');
  });
  afterAll(async () => t.close());

  const importCsv = (body: string, name = 'tracker.csv') =>
    t.app.inject({
      method: 'POST',
      url: `/api/v1/support/imports/kiel?fileName=${name}`,
      headers: { ...analyst.headers, 'content-type': 'text/csv' },
      payload: body,
    });
  const donors = async (user: TestUser, query = ''): Promise<{ items: ReturnType<typeof JSON.parse>[] }> =>
    (
      await t.app.inject({ method: 'GET', url: `/api/v1/support/donors${query}`, headers: user.headers })
    ).json();

  it('imports a tracker CSV with the right totals per donor; the same file twice changes nothing', async () => {
    const first = await importCsv(csv(LINES));
    expect(first.statusCode).toBe(201);
    expect(first.json()).toMatchObject({ rows: 5, inserted: 5, updated: 0, withdrawn: 0 });
    const view = await donors(fra, '?exercise=false');
    const byName = Object.fromEntries(view.items.map((l) => [l.donorName as string, l]));
    expect(byName.Germany).toMatchObject({
      donor: 'DEU',
      allocationEur: 1000000,
      commitmentEur: 0,
      deliveredEur: 700000,
    });
    expect(byName['United Kingdom']).toMatchObject({
      donor: 'GBR',
      allocationEur: 585000,
      commitmentEur: 1170000,
      totalEur: 1755000,
    });
    expect(byName.Atlantis).toMatchObject({ donor: null, totalEur: 1000 });
    expect(byName['United Kingdom']!.byType.Financial.allocationEur).toBe(585000);
    const again = await importCsv(csv(LINES));
    expect(again.statusCode).toBe(200);
    expect(again.json().duplicateOf).toBe(first.json().id);
    const sameRowsRenamed = await importCsv(csv(LINES) + '\n', 'renamed.csv');
    expect(sameRowsRenamed.json()).toMatchObject({ inserted: 0, updated: 0, unchanged: 5, withdrawn: 0 });
    expect(await donors(fra, '?exercise=false')).toEqual(view);
  });

  it('updates rather than duplicates on a newer release, and withdraws rows it no longer has', async () => {
    const revised = [...LINES.slice(0, 4)];
    revised[1] = revised[1]!.replace(
      ',400000,100000,Gepard,Air defence,10,3,',
      ',450000,200000,Gepard,Air defence,10,5,',
    );
    const res = await importCsv(csv(revised), 'release-2.csv');
    expect(res.json()).toMatchObject({ rows: 4, inserted: 0, updated: 1, unchanged: 3, withdrawn: 1 });
    const byName = Object.fromEntries(
      (await donors(fra, '?exercise=false')).items.map((l: { donorName: string }) => [l.donorName, l]),
    );
    expect(byName.Germany).toMatchObject({ allocationEur: 1050000, deliveredEur: 800000 });
    expect(byName.Atlantis).toBeUndefined();
    const list = (
      await t.app.inject({
        method: 'GET',
        url: '/api/v1/support/pledges?donor=DEU&fromTracker=true',
        headers: fra.headers,
      })
    ).json();
    expect(list.items).toHaveLength(2);
    expect(list.items.map((p: { itemCountDelivered: number }) => p.itemCountDelivered).sort()).toEqual([
      2, 5,
    ]);
  });

  it('refuses a malformed file naming the line and column, and stores nothing', async () => {
    const before = await donors(fra);
    const imports = (
      await t.app.inject({ method: 'GET', url: '/api/v1/support/imports', headers: fra.headers })
    ).json().items.length;
    const bad = [...LINES];
    bad[3] = bad[3]!.replace(',585000,585000,585000,', ',585000,lots,585000,');
    bad.push('NEW-1,Germany,Military,Weapons,Allocation,2024-05-01,29,EXERCISE new,EUR,5,5,5,5,.,.,.,.,x');
    const res = await importCsv(csv(bad), 'bad.csv');
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.json().errors).toEqual([
      expect.objectContaining({ line: 5, field: 'tot_sub_activity_value_EUR' }),
    ]);
    expect(res.json().detail).toContain('line 5');
    expect(await donors(fra)).toEqual(before);
    expect(
      (await t.app.inject({ method: 'GET', url: '/api/v1/support/imports', headers: fra.headers })).json()
        .items,
    ).toHaveLength(imports);
  });

  it('imports the XLSX workbook with the same result as its CSV', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Bilateral Assistance, MAIN DATA');
    ws.addRow(HEADER.split(','));
    ws.addRow(
      'POL-1,Poland,Military,Weapons,Allocation,2024-07-08,31,EXERCISE,PLN,100,23,23,10,T-72,Tank,1,1,x'
        .split(',')
        .map((v, i) => (i >= 9 && i <= 12 ? Number(v) : v)),
    );
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/support/imports/kiel?fileName=tracker.xlsx',
      headers: {
        ...analyst.headers,
        'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      },
      payload: Buffer.from(await wb.xlsx.writeBuffer()),
    });
    expect(res.statusCode).toBe(201);
    // The workbook is a full release of its own: the rows it lacks are withdrawn.
    expect(res.json()).toMatchObject({ format: 'xlsx', rows: 1, inserted: 1, withdrawn: 4 });
    const pol = (await donors(fra)).items.find((l: { donor: string }) => l.donor === 'POL');
    expect(pol).toMatchObject({ allocationEur: 23, deliveredEur: 10 });
    // Restore the CSV release for the tests that follow.
    await importCsv(csv(LINES), 'restore.csv');
  });

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
    const lists = (
      await t.app.inject({ method: 'GET', url: '/api/v1/support/priority-lists', headers: fra.headers })
    ).json();
    expect(lists.items[0]).toMatchObject({
      lines: [{ rank: 1, title: 'Strike drones' }],
      tranches: [{ funded: 200e6 }],
    });
  });

  it('computes % of GDP and fair shares only from GDP figures that have a source', async () => {
    const coord = await t.signIn('GBR', 'coordinator');
    const unsourced = await t.app.inject({
      method: 'PUT',
      url: '/api/v1/support/gdp/DEU/2024',
      headers: coord.headers,
      payload: { gdpEur: 4e12 },
    });
    expect(unsourced.statusCode).toBe(400);
    for (const [party, gdp] of [
      ['DEU', 4e12],
      ['GBR', 1e12],
    ] as const) {
      const res = await t.app.inject({
        method: 'PUT',
        url: `/api/v1/support/gdp/${party}/2024`,
        headers: coord.headers,
        payload: { gdpEur: gdp, source: 'EXERCISE test figure', exercise: true },
      });
      expect(res.statusCode).toBe(200);
    }
    const view = await donors(
      fra,
      '?year=2024&gdpYear=2024&fairShareTotalEur=1000000&fairShareParties=DEU,GBR&exercise=false',
    );
    const deu = view.items.find((l: { donor: string }) => l.donor === 'DEU');
    expect(deu).toMatchObject({
      fairShareEur: 800000,
      gdpYear: 2024,
      gdpSource: 'EXERCISE test figure',
      gdpExercise: true,
    });
    expect(deu.allocationPercentOfGdp).toBeCloseTo((100 * 1000000) / 4e12, 12);
    expect(deu.fairShareRatio).toBeCloseTo(1.25);
    const timeline = (
      await t.app.inject({
        method: 'GET',
        url: '/api/v1/support/donors/timeline?donor=GBR&exercise=false',
        headers: fra.headers,
      })
    ).json();
    expect(timeline.items.map((p: { month: string }) => p.month).slice(0, 2)).toEqual(['2024-01', '2024-03']);
    expect(timeline.items[1]).toMatchObject({ cumulativeAllocationEur: 585000, cumulativeTotalEur: 1755000 });
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
    const get = (user: TestUser, url: string) => t.app.inject({ method: 'GET', url, headers: user.headers });
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
    // Nor can it deliver against what it cannot see.
    const blind = await t.app.inject({
      method: 'POST',
      url: `/api/v1/support/pledges/${secretPledge.json().id}/deliveries`,
      headers: fra.headers,
      payload: { deliveredOn: '2026-03-02', itemCount: 1, evidenceSha256: 'c'.repeat(64) },
    });
    expect(blind.statusCode).toBe(404);
  });
});
