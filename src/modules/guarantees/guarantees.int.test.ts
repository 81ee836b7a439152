import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDialects } from '../../../test/support/databases.js';
import { startTestApp, type TestApp, type TestUser } from '../../../test/support/test-app.js';

const HOUR = 3_600_000;

/** An observation of a ground assault across the line, `hoursAgo` before now, at a place. */
function assault(lon: number, lat: number, hoursAgo: number, source: { kind: string; id: string }) {
  const at = new Date(Date.now() - hoursAgo * HOUR);
  return {
    id: randomUUID(),
    observedAt: at.toISOString(),
    observedUntil: new Date(at.getTime() + 20 * 60_000).toISOString(),
    timePrecision: 'minute',
    location: { type: 'Point', coordinates: [lon, lat] },
    uncertaintyM: 300,
    source: { ...source, reliability: 'B', credibility: 2 },
    category: 'ground-assault',
    subtype: 'across-line',
    quantity: 1,
    notes: 'EXERCISE mechanised assault across the line',
    releasability: 'coalition',
  };
}

const RULE = {
  categories: ['ground-assault'],
  minSeverity: 3,
  attributedTo: ['RUS'],
  minCount: 3,
  windowHours: 24,
};

describe.each(testDialects())('guarantees on %s', (dialect) => {
  let t: TestApp;
  let coord: TestUser;
  let planner: TestUser;
  let verifier: TestUser;
  let monitorGbr: TestUser;
  let monitorFra: TestUser;
  let fraCoord: TestUser;
  beforeAll(async () => {
    t = await startTestApp(dialect);
    coord = await t.signIn('GBR', 'coordinator');
    planner = await t.signIn('GBR', 'planner');
    verifier = await t.signIn('GBR', 'verifier');
    monitorGbr = await t.signIn('GBR', 'monitor');
    monitorFra = await t.signIn('FRA', 'monitor');
    fraCoord = await t.signIn('FRA', 'coordinator');
  });
  afterAll(async () => t.close());

  const call = (user: TestUser, method: 'GET' | 'POST' | 'PATCH', url: string, payload?: object) =>
    t.app.inject({ method, url, headers: user.headers, ...(payload ? { payload } : {}) });

  /** Two independent sources report the assault; verification takes it to attributed (RUS). */
  async function verifiedAttributedAssault(lon: number, lat: number, hoursAgo: number): Promise<string> {
    const a = await call(
      monitorGbr,
      'POST',
      '/api/v1/observations',
      assault(lon, lat, hoursAgo, { kind: 'fixed-camera', id: `CAM-${lon}` }),
    );
    expect(a.statusCode, a.body).toBe(201);
    const b = await call(
      monitorFra,
      'POST',
      '/api/v1/observations',
      assault(lon, lat, hoursAgo, { kind: 'patrol', id: `PATROL-${lon}` }),
    );
    expect(b.statusCode).toBe(201);
    const id = a.json().observation.incidentId as string;
    expect(b.json().observation.incidentId).toBe(id);
    for (const [user, to, extra] of [
      [verifier, 'triaged', {}],
      [verifier, 'corroborated', {}],
      [verifier, 'verified', {}],
      [coord, 'referred', {}],
      [coord, 'attributed', { attribution: 'RUS' }],
    ] as const) {
      const res = await call(user, 'POST', `/api/v1/incidents/${id}/transitions`, {
        to,
        rationale: `EXERCISE ${to}`,
        ...extra,
      });
      expect(res.statusCode, res.body).toBe(200);
    }
    return id;
  }

  async function waitForProposal(triggerId: string, count: number) {
    for (let i = 0; i < 100; i++) {
      const res = await call(
        coord,
        'GET',
        `/api/v1/guarantees/activations?triggerId=${triggerId}&status=proposed`,
      );
      const item = res.json().items[0] as { incidentIds: string[]; id: string } | undefined;
      if (item && item.incidentIds.length >= count) return item;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error('no proposed activation was raised');
  }

  it('raises a proposed activation from a burst of verified, attributed ground assaults, with the incidents attached', async () => {
    const created = await call(coord, 'POST', '/api/v1/guarantees/triggers', {
      name: 'EXERCISE sustained ground assault',
      rule: RULE,
      releasability: 'coalition',
      exercise: true,
    });
    expect(created.statusCode, created.body).toBe(201);
    const trigger = created.json();
    const ids = [
      await verifiedAttributedAssault(37.6, 48.1, 5),
      await verifiedAttributedAssault(38.2, 48.6, 3),
      await verifiedAttributedAssault(36.9, 47.6, 1),
    ];
    const proposal = await waitForProposal(trigger.id, 3);
    expect(proposal.incidentIds.sort()).toEqual([...ids].sort());
    const one = await call(coord, 'GET', `/api/v1/guarantees/activations/${proposal.id}`);
    expect(one.json()).toMatchObject({
      origin: 'proposed',
      status: 'proposed',
      triggerId: trigger.id,
      exercise: true,
    });
    // On demand, the evaluation sees the same three and points at the open proposal.
    const evaluated = await call(coord, 'POST', `/api/v1/guarantees/triggers/${trigger.id}/evaluate`, {});
    expect(evaluated.json()).toMatchObject({
      met: true,
      count: 3,
      activationId: proposal.id,
      peak: { count: 3, ratio: 1 },
    });
    // Rejected, its incidents never raise it again.
    const rejected = await call(coord, 'POST', `/api/v1/guarantees/activations/${proposal.id}/reject`, {
      rationale: 'EXERCISE: the Special Commission finds no sustained attack',
    });
    expect(rejected.json()).toMatchObject({ status: 'rejected', decisionRationale: expect.any(String) });
    const again = await call(coord, 'POST', `/api/v1/guarantees/triggers/${trigger.id}/evaluate`, {});
    expect(again.json()).toMatchObject({ met: false, activationId: null });
    const ledger = await t.ctx.services.ledger.leavesOfRecord(
      coord.viewer,
      'guarantee.activation',
      proposal.id,
    );
    expect(ledger.length).toBeGreaterThanOrEqual(2);
  });

  it('starts 24-hour consultation clocks, approval and effect clocks on a declared activation', async () => {
    const consult = await call(planner, 'POST', '/api/v1/guarantees/responses', {
      response: 'consultation',
      title: 'EXERCISE urgent consultations with Ukraine',
      timeToEffectHours: 24,
      state: 'committed',
      releasability: 'coalition',
      exercise: true,
    });
    expect(consult.statusCode, consult.body).toBe(201);
    const troops = await call(planner, 'POST', '/api/v1/guarantees/responses', {
      response: 'troops',
      title: 'EXERCISE reinforcement battlegroup',
      quantity: 1200,
      timeToEffectHours: 96,
      state: 'committed',
      approvals: [{ body: 'parliament', bodyName: 'House of Commons', state: 'tabled', expectedDays: 5 }],
      releasability: 'coalition',
      exercise: true,
    });
    expect(troops.statusCode, troops.body).toBe(201);
    expect(troops.json()).toMatchObject({
      response: 'troops',
      approvals: [{ bodyName: 'House of Commons', expectedDays: 5 }],
    });

    const startedAt = new Date(Date.now() - 2 * HOUR).toISOString();
    const declared = await call(coord, 'POST', '/api/v1/guarantees/activations', {
      title: 'EXERCISE renewed attack declared',
      rationale: 'EXERCISE: coordinators declare on the joint assessment of a massed assault.',
      startedAt,
      releasability: 'coalition',
      exercise: true,
    });
    expect(declared.statusCode, declared.body).toBe(201);
    const activation = declared.json();
    expect(activation).toMatchObject({ origin: 'declared', status: 'confirmed', startedAt });
    const board = (await call(coord, 'GET', `/api/v1/guarantees/activations/${activation.id}/board`)).json();
    const gbr = board.parties.find((p: { party: string }) => p.party === 'GBR');
    const clocks = gbr.clocks as { kind: string; dueAt: string; status: string; id: string }[];
    const consultation = clocks.find((c) => c.kind === 'consultation')!;
    expect(Date.parse(consultation.dueAt) - Date.parse(startedAt)).toBe(24 * HOUR);
    expect(consultation.status).toBe('running');
    const approval = clocks.find((c) => c.kind === 'approval')!;
    expect(Date.parse(approval.dueAt) - Date.parse(startedAt)).toBe(5 * 24 * HOUR);
    const effect = clocks.find((c) => c.kind === 'effect')!;
    expect(Date.parse(effect.dueAt) - Date.parse(startedAt)).toBe((5 * 24 + 96) * HOUR);

    const report = await call(
      planner,
      'POST',
      `/api/v1/guarantees/activations/${activation.id}/clocks/${consultation.id}/report`,
      {
        note: 'EXERCISE consultations held by video link',
      },
    );
    expect(report.statusCode, report.body).toBe(200);
    expect(report.json()).toMatchObject({ status: 'met' });
    const fraReport = await call(
      fraCoord,
      'POST',
      `/api/v1/guarantees/activations/${activation.id}/clocks/${effect.id}/report`,
      {
        note: 'not ours',
      },
    );
    expect(fraReport.statusCode).toBe(403);
    const after = (await call(coord, 'GET', `/api/v1/guarantees/activations/${activation.id}/board`)).json();
    expect(after.parties.find((p: { party: string }) => p.party === 'GBR')).toMatchObject({
      promised: 3,
      met: 1,
    });
  });

  it('simulates the response and answers who is pivotal', async () => {
    const sim = await call(coord, 'POST', '/api/v1/guarantees/simulations', {
      confirmedAt: '2026-12-01T00:00:00.000Z',
      requirements: [{ response: 'troops', quantity: 1000 }],
      compareWith: { name: 'Commons says no', approvalsByParty: { GBR: 'rejected' } },
    });
    expect(sim.statusCode, sim.body).toBe(200);
    const cmp = sim.json().comparison;
    const day7 = cmp.a.milestones.find((m: { hours: number }) => m.hours === 168);
    expect(day7.byDomain.find((d: { response: string }) => d.response === 'troops')).toMatchObject({
      available: 0,
    });
    const day30 = cmp.a.milestones.find((m: { hours: number }) => m.hours === 720);
    expect(day30.byDomain.find((d: { response: string }) => d.response === 'troops')).toMatchObject({
      available: 1200,
      coverage: 1,
    });
    expect(cmp.milestones.at(-1).difference).toEqual({ troops: -1200 });
    const piv = await call(coord, 'POST', '/api/v1/guarantees/pivotality', {
      requirements: [{ response: 'troops', quantity: 1000 }],
      byDay: 30,
    });
    expect(piv.statusCode, piv.body).toBe(200);
    expect(piv.json().result).toMatchObject({ method: 'exact-weighted', minimalBlockingSets: [['GBR']] });
  });

  it('answers bad input with problems naming the field', async () => {
    const bad = await call(coord, 'POST', '/api/v1/guarantees/triggers', {
      name: 'x',
      rule: { ...RULE, area: { bbox: [40, 45, 30, 50] } },
      releasability: 'coalition',
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors).toContainEqual(expect.objectContaining({ pointer: '/rule/area/bbox' }));
    const missing = await call(coord, 'POST', '/api/v1/guarantees/activations', {
      title: 'x',
      releasability: 'coalition',
    });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().errors).toContainEqual(expect.objectContaining({ pointer: '/rationale' }));
    const planner403 = await call(planner, 'POST', '/api/v1/guarantees/activations', {
      title: 'x',
      rationale: 'a long enough rationale',
      releasability: 'coalition',
    });
    expect(planner403.statusCode).toBe(403);
  });

  it("keeps a party's national-only triggers, activations, responses and clocks from other parties", async () => {
    const trig = await call(coord, 'POST', '/api/v1/guarantees/triggers', {
      name: 'GBR only',
      rule: RULE,
      releasability: 'owner',
    });
    const resp = await call(planner, 'POST', '/api/v1/guarantees/responses', {
      response: 'intelligence',
      title: 'GBR national-only intelligence feed',
      timeToEffectHours: 6,
      releasability: 'owner',
    });
    const act = await call(coord, 'POST', '/api/v1/guarantees/activations', {
      title: 'GBR national-only declaration',
      rationale: 'national assessment, not released',
      releasability: 'owner',
    });
    for (const r of [trig, resp, act]) expect(r.statusCode, r.body).toBe(201);
    const [tid, rid, aid] = [trig.json().id, resp.json().commitmentId, act.json().id] as string[];

    const fraTriggers = (await call(fraCoord, 'GET', '/api/v1/guarantees/triggers')).json().items as {
      id: string;
    }[];
    expect(fraTriggers.map((x) => x.id)).not.toContain(tid);
    expect((await call(fraCoord, 'GET', `/api/v1/guarantees/triggers/${tid}`)).statusCode).toBe(404);
    expect((await call(fraCoord, 'POST', `/api/v1/guarantees/triggers/${tid}/evaluate`, {})).statusCode).toBe(
      404,
    );
    expect(
      (await call(fraCoord, 'PATCH', `/api/v1/guarantees/triggers/${tid}`, { enabled: false })).statusCode,
    ).toBe(404);
    const fraResponses = (await call(fraCoord, 'GET', '/api/v1/guarantees/responses')).json().items as {
      commitmentId: string;
    }[];
    expect(fraResponses.map((x) => x.commitmentId)).not.toContain(rid);
    expect((await call(fraCoord, 'GET', `/api/v1/guarantees/responses/${rid}`)).statusCode).toBe(404);
    const fraActs = (await call(fraCoord, 'GET', '/api/v1/guarantees/activations')).json().items as {
      id: string;
    }[];
    expect(fraActs.map((x) => x.id)).not.toContain(aid);
    expect((await call(fraCoord, 'GET', `/api/v1/guarantees/activations/${aid}`)).statusCode).toBe(404);
    expect((await call(fraCoord, 'GET', `/api/v1/guarantees/activations/${aid}/board`)).statusCode).toBe(404);
    expect(
      (await call(fraCoord, 'POST', `/api/v1/guarantees/activations/${aid}/confirm`, { rationale: 'try' }))
        .statusCode,
    ).toBe(404);
    expect(
      (await call(fraCoord, 'POST', `/api/v1/guarantees/activations/${aid}/reject`, { rationale: 'try' }))
        .statusCode,
    ).toBe(404);
    // The national-only intelligence clock of a coalition-wide activation stays national too.
    const shared = (
      await call(coord, 'POST', '/api/v1/guarantees/activations', {
        title: 'shared declaration',
        rationale: 'coalition-wide declaration for the test',
        releasability: 'coalition',
      })
    ).json();
    const gbrBoard = (await call(coord, 'GET', `/api/v1/guarantees/activations/${shared.id}/board`)).json();
    const hidden = gbrBoard.parties
      .flatMap((p: { clocks: { commitmentId: string; id: string }[] }) => p.clocks)
      .find((c: { commitmentId: string }) => c.commitmentId === rid);
    expect(hidden).toBeDefined();
    const fraBoard = (
      await call(fraCoord, 'GET', `/api/v1/guarantees/activations/${shared.id}/board`)
    ).json();
    const fraClocks = fraBoard.parties.flatMap((p: { clocks: { commitmentId: string }[] }) => p.clocks);
    expect(fraClocks.map((c: { commitmentId: string }) => c.commitmentId)).not.toContain(rid);
    expect(
      (
        await call(
          fraCoord,
          'POST',
          `/api/v1/guarantees/activations/${shared.id}/clocks/${hidden.id}/report`,
          { note: 'x' },
        )
      ).statusCode,
    ).toBe(404);
    // Simulations and pivotality of another party never count the hidden commitment.
    const fraSim = (
      await call(fraCoord, 'POST', '/api/v1/guarantees/simulations', {
        confirmedAt: '2026-12-01T00:00:00.000Z',
        requirements: [],
      })
    ).json();
    expect(fraSim.single.commitments.map((c: { id: string }) => c.id)).not.toContain(rid);
    const fraPiv = (
      await call(fraCoord, 'POST', '/api/v1/guarantees/pivotality', {
        requirements: [{ response: 'intelligence', quantity: 1 }],
        byDay: 1,
      })
    ).json();
    expect(
      fraPiv.weights.flatMap((w: { quantities: Record<string, number> }) => Object.keys(w.quantities)),
    ).not.toContain('intelligence');
  });
});
