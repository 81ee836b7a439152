import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDialects } from '../../../test/support/databases.js';
import { startTestApp, type TestApp, type TestUser } from '../../../test/support/test-app.js';
import { guaranteesRepository } from './guarantees.repository.js';

const HOUR = 3_600_000;

interface BoardClock {
  id: string;
  party: string;
  kind: string;
  dueAt: string | null;
  agreementId: string | null;
  commitmentId: string;
}

// What an activation reads from the other modules when it starts: the agreements'
// consultation duties (clocks) and the commitments core's attack event (conditions).
describe.each(testDialects())('activation duties on %s', (dialect) => {
  let t: TestApp;
  let gbr: TestUser;
  let gbrPlanner: TestUser;
  let dnk: TestUser;
  let fra: TestUser;
  beforeAll(async () => {
    t = await startTestApp(dialect);
    gbr = await t.signIn('GBR', 'coordinator');
    gbrPlanner = await t.signIn('GBR', 'planner');
    dnk = await t.signIn('DNK', 'coordinator');
    fra = await t.signIn('FRA', 'coordinator');
  });
  afterAll(async () => t.close());

  const call = (user: TestUser, method: 'GET' | 'POST', url: string, payload?: object) =>
    t.app.inject({ method, url, headers: user.headers, ...(payload ? { payload } : {}) });

  const agreement = (user: TestUser, partner: string, hours: number, releasability: string) =>
    call(user, 'POST', '/api/v1/agreements', {
      partner,
      partnerName: partner,
      title: `EXERCISE ${partner} security agreement`,
      signedOn: '2024-02-23',
      durationYears: 10,
      releasability,
      clauses: [{ type: 'consultations-24h', title: 'Urgent consultations', consultationHours: hours }],
    });

  const stateOf = async (user: TestUser, id: string): Promise<string> => {
    const res = await call(user, 'POST', '/api/v1/commitments/resolve', {});
    expect(res.statusCode, res.body).toBe(200);
    return (res.json().items as { id: string; state: string }[]).find((i) => i.id === id)!.state;
  };

  it('starts consultation clocks from the agreements in force and records the attack in the core on confirmation', async () => {
    // GBR recorded a 24-hour consultation response and a 6-hour agreement clause: one clock, due at 6 h.
    const consult = await call(gbrPlanner, 'POST', '/api/v1/guarantees/responses', {
      response: 'consultation',
      title: 'EXERCISE GBR consultations with Ukraine',
      timeToEffectHours: 24,
      state: 'committed',
      releasability: 'coalition',
      exercise: true,
    });
    expect(consult.statusCode, consult.body).toBe(201);
    const waiting = await call(gbrPlanner, 'POST', '/api/v1/guarantees/responses', {
      response: 'air',
      title: 'EXERCISE GBR air patrols once a renewed attack is declared',
      quantity: 8,
      timeToEffectHours: 48,
      conditions: { type: 'event', event: 'renewed-attack-declared' },
      state: 'committed',
      releasability: 'coalition',
      exercise: true,
    });
    expect(waiting.statusCode, waiting.body).toBe(201);
    const waitingId = waiting.json().commitmentId as string;
    expect(await stateOf(fra, waitingId)).toBe('conditional-pending');

    const gbrAgreement = await agreement(gbr, 'GBR', 6, 'coalition');
    // DNK has no consultation response: its national-only 12-hour clause alone starts its clock.
    const dnkAgreement = await agreement(dnk, 'DNK', 12, 'owner');
    for (const r of [gbrAgreement, dnkAgreement]) expect(r.statusCode, r.body).toBe(201);

    const trigger = await call(gbr, 'POST', '/api/v1/guarantees/triggers', {
      name: 'EXERCISE sustained ground assault',
      rule: {
        categories: ['ground-assault'],
        minSeverity: 3,
        attributedTo: [],
        minCount: 1,
        windowHours: 24,
      },
      releasability: 'coalition',
      exercise: true,
    });
    expect(trigger.statusCode, trigger.body).toBe(201);
    const row = await guaranteesRepository.getTrigger(t.ctx.db, gbr.viewer, trigger.json().id);
    const now = new Date().toISOString();
    const proposalId = await t.ctx.services.guarantees.activations.raise(row!, {
      met: true,
      count: 1,
      minCount: 1,
      windowStart: new Date(Date.now() - 24 * HOUR).toISOString(),
      windowEnd: now,
      incidentIds: ['EXERCISE-incident'],
    });
    // A proposal starts nothing and records nothing yet.
    expect(await stateOf(fra, waitingId)).toBe('conditional-pending');

    const confirmed = await call(gbr, 'POST', `/api/v1/guarantees/activations/${proposalId}/confirm`, {
      rationale: 'EXERCISE: the joint assessment confirms a sustained attack',
    });
    expect(confirmed.statusCode, confirmed.body).toBe(200);
    const startedAt = Date.parse(confirmed.json().startedAt as string);

    const clocksFor = async (user: TestUser) =>
      (
        (await call(user, 'GET', `/api/v1/guarantees/activations/${proposalId}/board`)).json().parties as {
          clocks: BoardClock[];
        }[]
      ).flatMap((p) => p.clocks);
    const seenByGbr = await clocksFor(gbr);
    const gbrConsultations = seenByGbr.filter((c) => c.party === 'GBR' && c.kind === 'consultation');
    expect(gbrConsultations).toHaveLength(1);
    expect(gbrConsultations[0]).toMatchObject({ agreementId: gbrAgreement.json().id });
    expect(Date.parse(gbrConsultations[0]!.dueAt!) - startedAt).toBe(6 * HOUR);
    // DNK's national-only duty: DNK sees its own clock, GBR does not.
    expect(seenByGbr.some((c) => c.party === 'DNK')).toBe(false);
    const seenByDnk = (await clocksFor(dnk)).filter((c) => c.party === 'DNK');
    expect(seenByDnk).toHaveLength(1);
    expect(seenByDnk[0]).toMatchObject({ kind: 'consultation', agreementId: dnkAgreement.json().id });
    expect(Date.parse(seenByDnk[0]!.dueAt!) - startedAt).toBe(12 * HOUR);

    // The core now knows the attack was declared: the waiting commitment is firm.
    const events = (await call(fra, 'GET', '/api/v1/commitment-events')).json();
    const items = events.items as { key: string; happened: boolean }[];
    expect(items.find((e) => e.key === 'renewed-attack-declared')).toMatchObject({ happened: true });
    expect(await stateOf(fra, waitingId)).toBe('firm');
  });
});
