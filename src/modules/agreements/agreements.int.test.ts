// Tests read JSON answers, untyped by nature (as eslint.config.js relaxes the other unsafe-* rules for tests).
/* eslint-disable @typescript-eslint/no-unsafe-return */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDialects } from '../../../test/support/databases.js';
import { startTestApp, type TestApp, type TestUser } from '../../../test/support/test-app.js';
import { AGREEMENT_REGISTRY } from './agreements.registry.js';

type Json = ReturnType<typeof JSON.parse>;

describe.each(testDialects())('agreements module on %s', (dialect) => {
  let t: TestApp;
  let deu: TestUser;
  let fra: TestUser;
  let ukr: TestUser;
  let agreementId: string;
  beforeAll(async () => {
    t = await startTestApp(dialect);
    deu = await t.signIn('DEU', 'planner');
    fra = await t.signIn('FRA', 'planner');
    ukr = await t.signIn('UKR', 'planner');
    // The shipped registry's German entry: signed 16 Feb 2024, €7.1bn for 2024.
    const german = AGREEMENT_REGISTRY.find((a) => a.partner === 'DEU')!;
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/agreements',
      headers: deu.headers,
      payload: german,
    });
    expect(res.statusCode).toBe(201);
    agreementId = res.json().id;
  });
  afterAll(async () => t.close());

  const get = (user: TestUser, url: string) => t.app.inject({ method: 'GET', url, headers: user.headers });
  const pledge = (user: TestUser, body: Record<string, unknown>) =>
    t.app.inject({
      method: 'POST',
      url: '/api/v1/support/pledges',
      headers: user.headers,
      payload: { aidTypeGeneral: 'Military', reportingCurrency: 'EUR', releasability: 'coalition', ...body },
    });

  it('records the agreement with its term, headline and clauses as commitments of the partner', async () => {
    const a: Json = (await get(fra, `/api/v1/agreements/${agreementId}`)).json();
    expect(a).toMatchObject({
      partner: 'DEU',
      signedOn: '2024-02-16',
      expiresOn: '2034-02-16',
      headline: '€7.1bn for 2024',
      ratificationRequired: null,
    });
    expect(a.clauses.map((c: Json) => c.type)).toEqual([
      'annual-support',
      'consultations-24h',
      'co-production',
      'sanctions',
    ]);
    const support = a.clauses[0];
    expect(support).toMatchObject({ amount: 7.1e9, currency: 'EUR', amountEur: 7.1e9, yearFrom: 2024 });
    const commitment = (await get(deu, `/api/v1/commitments/${support.commitmentId}`)).json();
    expect(commitment).toMatchObject({ kind: 'funding', valueEur: 7.1e9 });
    const other = await t.app.inject({
      method: 'POST',
      url: '/api/v1/agreements',
      headers: ukr.headers,
      payload: { partner: 'DEU', partnerName: 'Germany', title: 'x' },
    });
    expect(other.statusCode).toBe(403);
  });

  it("adds up the tracker's promised, committed, allocated and delivered figures from the pledges", async () => {
    const p1 = (
      await pledge(deu, {
        measure: 'allocation',
        announcedOn: '2024-03-01',
        valueEur: 3e9,
        itemCount: 10,
        item: 'systems',
      })
    ).json();
    await pledge(deu, { measure: 'commitment', announcedOn: '2024-09-01', valueEur: 2e9 });
    await pledge(deu, { measure: 'allocation', announcedOn: '2025-02-01', valueEur: 1e9 });
    // Before the signature: outside the agreement's term.
    await pledge(deu, { measure: 'allocation', announcedOn: '2023-05-01', valueEur: 9e9 });
    const delivered = await t.app.inject({
      method: 'POST',
      url: `/api/v1/support/pledges/${p1.id}/deliveries`,
      headers: ukr.headers,
      payload: { deliveredOn: '2024-06-01', itemCount: 4, valueEur: 1.2e9, evidenceSha256: 'd'.repeat(64) },
    });
    expect(delivered.statusCode).toBe(201);
    const f: Json = (await get(fra, `/api/v1/agreements/${agreementId}/fulfilment`)).json();
    expect(f.years.map((y: Json) => y.year)).toEqual([2024, 2025]);
    expect(f.years[0]).toMatchObject({
      promisedEur: 7.1e9,
      allocatedEur: 3e9,
      committedEur: 2e9,
      deliveredEur: 1.2e9,
    });
    expect(f.years[1]).toMatchObject({ promisedEur: null, allocatedEur: 1e9 });
    // Each figure is the sum of the pledges listed against it.
    const pledges: Json[] = (await get(fra, '/api/v1/support/pledges?donor=DEU&limit=1000')).json().items;
    for (const y of f.years) {
      const mine = pledges.filter((p) => y.pledgeIds.includes(p.id));
      expect(mine).toHaveLength(y.pledgeIds.length);
      const sum = (fn: (p: Json) => number) => mine.reduce((s, p) => s + fn(p), 0);
      expect(y.allocatedEur).toBe(sum((p) => (p.measure === 'allocation' ? p.valueEur : 0)));
      expect(y.committedEur).toBe(sum((p) => (p.measure === 'commitment' ? p.valueEur : 0)));
      expect(y.deliveredEur).toBe(sum((p) => p.deliveredValueEur ?? 0));
    }
    expect(f.total).toMatchObject({
      promisedEur: 7.1e9,
      allocatedEur: 4e9,
      committedEur: 2e9,
      deliveredEur: 1.2e9,
      pledges: 3,
    });
    const tracker: Json = (await get(fra, '/api/v1/agreements/tracker')).json();
    expect(tracker.items.find((x: Json) => x.agreementId === agreementId)).toEqual(f);
  });

  it('counts a pledge linked to the agreement explicitly, and refuses a link to an unknown one', async () => {
    const linked = await pledge(deu, {
      measure: 'allocation',
      announcedOn: '2023-06-01',
      valueEur: 5,
      agreementId,
    });
    expect(linked.statusCode).toBe(201);
    const f: Json = (await get(fra, `/api/v1/agreements/${agreementId}/fulfilment`)).json();
    expect(f.years.find((y: Json) => y.year === 2023)).toMatchObject({ allocatedEur: 5 });
    const bad = await pledge(deu, {
      measure: 'allocation',
      announcedOn: '2024-06-01',
      valueEur: 5,
      agreementId: 'nope',
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].pointer).toBe('/agreementId');
  });

  it('reminds of expiry, review and open ratification, and exposes the 24-hour consultations', async () => {
    const patch = await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/agreements/${agreementId}`,
      headers: ukr.headers,
      payload: {
        reviewOn: '2026-06-01',
        ratificationRequired: true,
        ratificationState: 'pending',
        documentSha256: 'e'.repeat(64),
      },
    });
    expect(patch.statusCode).toBe(200);
    const reminders: Json = (
      await get(fra, '/api/v1/agreements/reminders?today=2026-01-01&withinDays=3000')
    ).json();
    const mine = reminders.items
      .filter((r: Json) => r.agreementId === agreementId)
      .map((r: Json) => [r.kind, r.dueOn]);
    expect(mine).toEqual(
      expect.arrayContaining([
        ['review', '2026-06-01'],
        ['expiry', '2034-02-16'],
        ['ratification', null],
      ]),
    );
    const consultations: Json = (
      await get(fra, '/api/v1/agreements/consultations?at=2026-01-01T00:00:00.000Z')
    ).json();
    expect(consultations.items).toContainEqual(
      expect.objectContaining({
        agreementId,
        partner: 'DEU',
        hours: 24,
        inForce: true,
        trigger: 'renewed-armed-attack',
      }),
    );
    const clause = await t.app.inject({
      method: 'POST',
      url: `/api/v1/agreements/${agreementId}/clauses`,
      headers: deu.headers,
      payload: {
        type: 'annual-support',
        title: 'Support 2025',
        yearFrom: 2025,
        amount: 100,
        currency: 'GBP',
        eurPerUnit: 1.2,
      },
    });
    expect(clause.statusCode).toBe(400);
    expect(clause.json().errors[0].pointer).toBe('/conversionSource');
  });

  it("never shows a party's national-only agreement, clauses or fulfilment to another party", async () => {
    const secret = await t.app.inject({
      method: 'POST',
      url: '/api/v1/agreements',
      headers: fra.headers,
      payload: {
        partner: 'FRA',
        partnerName: 'France',
        title: 'National-only annex',
        signedOn: '2024-02-16',
        durationYears: 10,
        releasability: 'owner',
        clauses: [{ type: 'consultations-24h', title: 'Consult', consultationHours: 24 }],
      },
    });
    expect(secret.statusCode).toBe(201);
    const id = secret.json().id;
    expect((await get(fra, `/api/v1/agreements/${id}`)).statusCode).toBe(200);
    expect((await get(deu, `/api/v1/agreements/${id}`)).statusCode).toBe(404);
    expect((await get(deu, `/api/v1/agreements/${id}/fulfilment`)).statusCode).toBe(404);
    const ids = (r: { json(): Json }) => r.json().items.map((i: Json) => i.id ?? i.agreementId);
    expect(ids(await get(deu, '/api/v1/agreements'))).not.toContain(id);
    expect(ids(await get(deu, '/api/v1/agreements/tracker'))).not.toContain(id);
    expect(
      ids(await get(deu, '/api/v1/agreements/reminders?today=2026-01-01&withinDays=5000')),
    ).not.toContain(id);
    expect(ids(await get(deu, '/api/v1/agreements/consultations'))).not.toContain(id);
    expect(ids(await get(fra, '/api/v1/agreements/consultations'))).toContain(id);
    const clause = await t.app.inject({
      method: 'POST',
      url: `/api/v1/agreements/${id}/clauses`,
      headers: deu.headers,
      payload: { type: 'training', title: 'x' },
    });
    expect(clause.statusCode).toBe(404);
  });
});
