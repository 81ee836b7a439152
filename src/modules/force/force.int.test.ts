import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDialects } from '../../../test/support/databases.js';
import { startTestApp, type TestApp, type TestUser } from '../../../test/support/test-app.js';

const INFANTRY = '10031000161211000000';

describe.each(testDialects())('force generation on %s', (dialect) => {
  let t: TestApp;
  let gbr: TestUser;
  let fra: TestUser;
  let pol: TestUser;
  let lineA: string;
  let lineB: string;
  let lineSecret: string;
  let ukOffer: { id: string; commitment: { id: string } };
  let frOffer: { id: string };
  let secretOffer: { id: string };
  beforeAll(async () => {
    t = await startTestApp(dialect);
    gbr = await t.signIn('GBR', 'planner');
    fra = await t.signIn('FRA', 'planner');
    pol = await t.signIn('POL', 'planner');
    const line = async (ref: string, extra: Record<string, unknown> = {}) => {
      const res = await post(gbr, '/api/v1/force/lines', {
        ref,
        domain: 'land',
        capability: 'infantry battle group',
        quantity: 1000,
        unit: 'personnel',
        area: 'kyiv',
        phase: 'deployment',
        priority: 1,
        readinessDays: 90,
        releasability: 'coalition',
        ...extra,
      });
      expect(res.statusCode).toBe(201);
      return res.json().id as string;
    };
    lineA = await line('T-A');
    lineB = await line('T-B', { priority: 3, area: 'ukraine-west-hubs' });
    lineSecret = await line('T-SECRET', { releasability: 'owner' });
  });
  afterAll(async () => t.close());

  const post = (user: TestUser, url: string, payload: unknown) =>
    t.app.inject({ method: 'POST', url, headers: user.headers, payload: payload as object });
  const get = (user: TestUser, url: string) => t.app.inject({ method: 'GET', url, headers: user.headers });
  const offer = (lineId: string, extra: Record<string, unknown> = {}) => ({
    lineId,
    unitName: 'Battle group',
    personnel: 600,
    quantity: 600,
    sidc: INFANTRY,
    noticeDays: 60,
    plannedLocation: { name: 'Kyiv', lon: 30.52, lat: 50.45 },
    releasability: 'coalition',
    ...extra,
  });

  it('makes offers as commitments with approvals, and refuses an invalid symbol code naming /sidc', async () => {
    const bad = await post(gbr, '/api/v1/force/offers', offer(lineA, { sidc: '10031000161211000099' }));
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].pointer).toBe('/sidc');
    const badServe = await post(
      gbr,
      '/api/v1/force/offers',
      offer(lineA, { serves: [{ lineId: 'nope', quantity: 1 }] }),
    );
    expect(badServe.statusCode).toBe(400);
    expect(badServe.json().errors[0].pointer).toBe('/serves/0/lineId');
    const uk = await post(
      gbr,
      '/api/v1/force/offers',
      offer(lineA, {
        serves: [
          { lineId: lineA, quantity: 600 },
          { lineId: lineB, quantity: 600 },
        ],
        approvals: [{ body: 'parliament', bodyName: 'House of Commons', state: 'tabled', expectedDays: 30 }],
      }),
    );
    expect(uk.statusCode).toBe(201);
    ukOffer = uk.json();
    expect(uk.json()).toMatchObject({
      party: 'GBR',
      readiness: { level: 'registered' },
      effectiveState: 'conditional-pending',
      commitment: { kind: 'unit', unit: 'personnel', purpose: { pillar: 'force', requirementRef: 'T-A' } },
    });
    const fr = await post(
      fra,
      '/api/v1/force/offers',
      offer(lineA, {
        unitName: 'French battle group',
        quantity: 500,
        conditions: { type: 'commitment', commitmentId: ukOffer.commitment.id },
      }),
    );
    expect(fr.statusCode).toBe(201);
    frOffer = fr.json();
    const secret = await post(
      pol,
      '/api/v1/force/offers',
      offer(lineA, { unitName: 'Polish reserve', releasability: 'owner', quantity: 100 }),
    );
    expect(secret.statusCode).toBe(201);
    secretOffer = secret.json();
  });

  it('adds up the board from the offers, firm apart from conditional, and follows what-if', async () => {
    const board = (await post(gbr, '/api/v1/force/board', {})).json();
    const a = board.lines.find((l: { lineId: string }) => l.lineId === lineA);
    expect(a).toMatchObject({
      required: 1000,
      firm: 0,
      conditionalPending: 1100,
      shortfall: 1000,
      state: 'open',
    });
    const granted = (
      await post(gbr, '/api/v1/force/board', { approvalsByParty: { GBR: 'approved' } })
    ).json();
    const ga = granted.lines.find((l: { lineId: string }) => l.lineId === lineA);
    expect(ga).toMatchObject({ firm: 0, conditionalMet: 1100 });
    const no = (await post(gbr, '/api/v1/force/board', { approvalsByParty: { GBR: 'rejected' } })).json();
    const na = no.lines.find((l: { lineId: string }) => l.lineId === lineA);
    expect(na).toMatchObject({ failed: 1100, conditionalPending: 0, firm: 0 });
    // Excluding France changes exactly the French offer.
    const noFra = (await post(gbr, '/api/v1/force/board', { excludeParties: ['FRA'] })).json();
    const fa = noFra.lines.find((l: { lineId: string }) => l.lineId === lineA);
    expect(fa).toMatchObject({ conditionalPending: 600, failed: 500 });
    const land = board.domains.find((d: { domain: string }) => d.domain === 'land');
    expect(land.units[0]).toMatchObject({ unit: 'personnel', firm: 0, conditional: 1100 });
  });

  it('climbs the readiness ladder one step at a time, with evidence; rapid needs ≤ 60 days', async () => {
    const skip = await post(gbr, `/api/v1/force/offers/${ukOffer.id}/readiness`, {
      level: 'aligned',
      evidence: 'x',
    });
    expect(skip.statusCode).toBe(422);
    for (const level of ['assessed', 'aligned', 'rapid']) {
      const res = await post(gbr, `/api/v1/force/offers/${ukOffer.id}/readiness`, {
        level,
        evidence: `${level}: visit report (test)`,
        expiresAt: '2099-01-01T00:00:00.000Z',
      });
      expect(res.statusCode).toBe(200);
    }
    const now = (await get(gbr, `/api/v1/force/offers/${ukOffer.id}`)).json();
    expect(now.readiness.level).toBe('rapid');
    expect(now.readiness.steps.map((s: { level: string }) => s.level)).toEqual([
      'registered',
      'assessed',
      'aligned',
      'rapid',
    ]);
    expect(
      (await post(fra, `/api/v1/force/offers/${ukOffer.id}/readiness`, { level: 'rapid', evidence: 'x' }))
        .statusCode,
    ).toBe(404);
  });

  it('records a transfer of authority only for a ready commitment, and activates it', async () => {
    const early = await post(gbr, `/api/v1/force/offers/${ukOffer.id}/transfers`, {
      authority: 'OPCON',
      toCommand: 'MNF-U HQ',
      effectiveAt: '2026-06-01T00:00:00.000Z',
    });
    expect(early.statusCode).toBe(422);
    const approval = (await get(gbr, `/api/v1/force/offers/${ukOffer.id}`)).json().commitment.approvals[0];
    await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/approvals/${approval.id}`,
      headers: gbr.headers,
      payload: { state: 'approved' },
    });
    expect(
      (await post(gbr, `/api/v1/commitments/${ukOffer.commitment.id}/transition`, { to: 'ready' }))
        .statusCode,
    ).toBe(200);
    const toa = await post(gbr, `/api/v1/force/offers/${ukOffer.id}/transfers`, {
      authority: 'OPCON',
      toCommand: 'MNF-U HQ',
      effectiveAt: '2026-06-01T00:00:00.000Z',
    });
    expect(toa.statusCode).toBe(200);
    expect(toa.json()).toMatchObject({
      commitment: { state: 'active' },
      effectiveState: 'firm',
      transfers: [{ authority: 'OPCON' }],
    });
  });

  it('proposes offers for lines with HiGHS, explaining why', async () => {
    const plan = (await post(gbr, '/api/v1/force/optimise', {})).json();
    expect(plan.status).toBe('Optimal');
    const uk = plan.assignments.find((a: { offerId: string }) => a.offerId === ukOffer.id);
    expect(uk).toMatchObject({ lineId: lineA });
    expect(uk.why).toContain('T-A');
    expect(plan.lines.find((l: { lineId: string }) => l.lineId === lineB).why).toMatch(/short|no eligible/);
  });

  it('exports the statement of requirements and the offers as CSV', async () => {
    const req = await get(fra, '/api/v1/force/export/requirements.csv');
    expect(req.headers['content-type']).toContain('text/csv');
    expect(req.body.split('\r\n')[0]).toBe(
      'ref,domain,capability,quantity,unit,area,phase,priority,readiness_days,decision,owner,exercise',
    );
    expect(req.body).toContain('T-A,land,infantry battle group,1000,personnel');
    const offers = (await get(fra, '/api/v1/force/export/offers.csv')).body;
    expect(offers.trim().split('\r\n')).toHaveLength(3);
  });

  it('never shows a national-only line or offer to another party, on any route', async () => {
    expect((await get(gbr, `/api/v1/force/lines/${lineSecret}`)).statusCode).toBe(200);
    expect((await get(fra, `/api/v1/force/lines/${lineSecret}`)).statusCode).toBe(404);
    expect(
      (await get(fra, '/api/v1/force/lines')).json().items.map((l: { id: string }) => l.id),
    ).not.toContain(lineSecret);
    expect((await get(pol, `/api/v1/force/offers/${secretOffer.id}`)).statusCode).toBe(200);
    expect((await get(fra, `/api/v1/force/offers/${secretOffer.id}`)).statusCode).toBe(404);
    const ids = (await get(fra, '/api/v1/force/offers')).json().items.map((o: { id: string }) => o.id);
    expect(ids).toContain(frOffer.id);
    expect(ids).not.toContain(secretOffer.id);
    const board = (await post(fra, '/api/v1/force/board', {})).json();
    expect(board.lines.map((l: { lineId: string }) => l.lineId)).not.toContain(lineSecret);
    const a = board.lines.find((l: { lineId: string }) => l.lineId === lineA);
    expect(a.offers.map((o: { offerId: string }) => o.offerId)).not.toContain(secretOffer.id);
    const polBoard = (await post(pol, '/api/v1/force/board', {})).json();
    expect(
      polBoard.lines
        .find((l: { lineId: string }) => l.lineId === lineA)
        .offers.map((o: { offerId: string }) => o.offerId),
    ).toContain(secretOffer.id);
    const plan = (await post(fra, '/api/v1/force/optimise', {})).json();
    expect(JSON.stringify(plan)).not.toContain(secretOffer.id);
    const map = (await get(fra, '/api/v1/force/map')).json();
    expect(map.type).toBe('FeatureCollection');
    expect(map.features.map((f: { id: string }) => f.id)).not.toContain(secretOffer.id);
    expect(map.features.map((f: { id: string }) => f.id)).toContain(frOffer.id);
    expect((await get(fra, '/api/v1/force/export/requirements.csv')).body).not.toContain('T-SECRET');
    expect((await get(fra, '/api/v1/force/export/offers.csv')).body).not.toContain('Polish reserve');
    expect((await get(gbr, '/api/v1/force/export/requirements.csv')).body).toContain('T-SECRET');
    // The ledger names a record's leaves only to parties that may see the record.
    expect((await get(gbr, `/api/v1/ledger/records/force.line/${lineSecret}`)).statusCode).toBe(200);
    expect((await get(fra, `/api/v1/ledger/records/force.line/${lineSecret}`)).statusCode).toBe(404);
    expect((await get(pol, `/api/v1/ledger/records/force.offer/${secretOffer.id}`)).statusCode).toBe(200);
    expect((await get(fra, `/api/v1/ledger/records/force.offer/${secretOffer.id}`)).statusCode).toBe(404);
  });

  it('releases an offer, its readiness steps and transfers as its commitment is released, also after a change', async () => {
    const made = await post(
      pol,
      '/api/v1/force/offers',
      offer(lineB, { unitName: 'Polish engineers', releasability: 'owner', quantity: 50 }),
    );
    expect(made.statusCode).toBe(201);
    const { id, commitment }: { id: string; commitment: { id: string } } = made.json();
    const step = await post(pol, `/api/v1/force/offers/${id}/readiness`, {
      level: 'assessed',
      evidence: 'EXERCISE assessment',
    });
    expect(step.statusCode).toBe(200);
    expect((await get(fra, `/api/v1/force/offers/${id}`)).statusCode).toBe(404);
    const patch = (releasability: unknown) =>
      t.app.inject({
        method: 'PATCH',
        url: `/api/v1/commitments/${commitment.id}`,
        headers: pol.headers,
        payload: { releasability },
      });
    expect((await patch(['POL', 'FRA'])).statusCode).toBe(200);
    const shared = await get(fra, `/api/v1/force/offers/${id}`);
    expect(shared.statusCode).toBe(200);
    expect(shared.json()).toMatchObject({ releasability: ['FRA', 'POL'], readiness: { level: 'assessed' } });
    expect(shared.json().readiness.steps.map((x: { level: string }) => x.level)).toEqual([
      'registered',
      'assessed',
    ]);
    expect((await get(gbr, `/api/v1/force/offers/${id}`)).statusCode).toBe(404);
    expect((await patch('owner')).statusCode).toBe(200);
    expect((await get(fra, `/api/v1/force/offers/${id}`)).statusCode).toBe(404);
    expect(
      (await get(fra, '/api/v1/force/offers')).json().items.map((o: { id: string }) => o.id),
    ).not.toContain(id);
  });
});
