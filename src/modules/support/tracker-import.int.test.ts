import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDialects } from '../../../test/support/databases.js';
import { startTestApp, type TestApp, type TestUser } from '../../../test/support/test-app.js';
import { auditLedger } from '../ledger/audit-log.js';

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

describe.each(testDialects())('Kiel tracker import and donor views on %s', (dialect) => {
  let t: TestApp;
  let fra: TestUser;
  let analyst: TestUser;
  beforeAll(async () => {
    t = await startTestApp(dialect);
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

  it('keeps a tracker pledge in step with the ledger when a delivery and then a release change it', async () => {
    const gepard = (
      await t.app.inject({
        method: 'GET',
        url: '/api/v1/support/pledges?donor=DEU&fromTracker=true',
        headers: fra.headers,
      })
    )
      .json()
      .items.find((p: { item: string }) => p.item === 'Gepard') as { id: string };
    await t.ctx.services.supportDeliveries.recordDelivery({ system: 'test' }, gepard.id, {
      deliveredOn: '2024-05-01',
      itemCount: 1,
      evidenceSha256: 'ab'.repeat(32),
    });
    const revised = [...LINES.slice(0, 4)];
    revised[1] = revised[1]!.replace(
      ',400000,100000,Gepard,Air defence,10,3,',
      ',480000,240000,Gepard,Air defence,10,6,',
    );
    expect((await importCsv(csv(revised), 'release-3.csv')).json()).toMatchObject({ updated: 1 });
    expect((await auditLedger(t.ctx.db, t.ctx.services.ledger)).findings).toEqual([]);
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
});
