import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDialects } from '../../../test/support/databases.js';
import { startTestApp, type TestApp, type TestUser } from '../../../test/support/test-app.js';

interface Resolved {
  id: string;
  state: string;
  reasons: string[];
}

describe.each(testDialects())('commitments core on %s', (dialect) => {
  let t: TestApp;
  let gbr: TestUser;
  let fra: TestUser;
  let deu: TestUser;
  let coord: TestUser;
  beforeAll(async () => {
    t = await startTestApp(dialect);
    gbr = await t.signIn('GBR', 'planner');
    fra = await t.signIn('FRA', 'planner');
    deu = await t.signIn('DEU', 'planner');
    coord = await t.signIn('NOR', 'coordinator');
  });
  afterAll(async () => t.close());

  const post = (user: TestUser, url: string, payload: unknown) =>
    t.app.inject({ method: 'POST', url, headers: user.headers, payload: payload as object });
  const get = (user: TestUser, url: string) => t.app.inject({ method: 'GET', url, headers: user.headers });
  const brigade = (title: string, extra: Record<string, unknown> = {}) => ({
    kind: 'unit',
    title,
    quantity: 5000,
    unit: 'personnel',
    purpose: { pillar: 'force', requirementRef: 'L-01' },
    releasability: 'coalition',
    ...extra,
  });
  const stateOf = async (user: TestUser, id: string, whatIf: unknown = {}): Promise<Resolved> => {
    const res = await post(user, '/api/v1/commitments/resolve', whatIf);
    expect(res.statusCode).toBe(200);
    return (res.json().items as Resolved[]).find((i) => i.id === id)!;
  };

  it('records a commitment with history, audit and a ledger leaf in one go', async () => {
    const before = await t.ctx.services.ledger.treeSize();
    const res = await post(
      gbr,
      '/api/v1/commitments',
      brigade('UK brigade', { sources: [{ citation: 'EXERCISE' }] }),
    );
    expect(res.statusCode).toBe(201);
    const c = res.json();
    expect(c).toMatchObject({
      party: 'GBR',
      state: 'announced',
      version: 1,
      quantity: 5000,
      exercise: false,
    });
    const moved = await post(gbr, `/api/v1/commitments/${c.id}/transition`, { to: 'committed' });
    expect(moved.statusCode).toBe(200);
    expect(moved.json()).toMatchObject({ state: 'committed', version: 2 });
    const history = await get(fra, `/api/v1/commitments/${c.id}/history`);
    expect(history.json().items.map((h: { action: string }) => h.action)).toEqual(['create', 'transition']);
    expect(await t.ctx.services.ledger.treeSize()).toBe(before + 2);
    const stale = await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/commitments/${c.id}`,
      headers: gbr.headers,
      payload: { title: 'x', version: 1 },
    });
    expect(stale.statusCode).toBe(409);
    const back = await post(gbr, `/api/v1/commitments/${c.id}/transition`, { to: 'announced' });
    expect(back.statusCode).toBe(422);
    const foreign = await post(fra, `/api/v1/commitments/${c.id}/transition`, { to: 'withdrawn' });
    expect(foreign.statusCode).toBe(403);
  });

  it('answers bad input with 400 naming the field, and writes nothing', async () => {
    const count = async () => Number((await get(gbr, '/api/v1/commitments?limit=1000')).json().items.length);
    const n = await count();
    const noUnit = await post(gbr, '/api/v1/commitments', { ...brigade('x'), unit: undefined });
    expect(noUnit.statusCode).toBe(400);
    expect(noUnit.json().errors[0].pointer).toBe('/unit');
    const badRef = await post(
      gbr,
      '/api/v1/commitments',
      brigade('x', { conditions: { type: 'all', of: [{ type: 'commitment', commitmentId: 'nope' }] } }),
    );
    expect(badRef.statusCode).toBe(400);
    expect(badRef.json().errors[0].pointer).toBe('/conditions/of/0/commitmentId');
    const badKind = await post(gbr, '/api/v1/commitments', brigade('x', { kind: 'cavalry' }));
    expect(badKind.statusCode).toBe(400);
    expect(badKind.json().errors.map((e: { pointer: string }) => e.pointer)).toContain('/kind');
    const viewer = await t.signIn('GBR', 'viewer');
    expect((await post(viewer, '/api/v1/commitments', brigade('x'))).statusCode).toBe(403);
    expect(await count()).toBe(n);
  });

  it('makes A-if-B and B-if-A firm together, then both pending when B also needs a pending C', async () => {
    const a = (await post(gbr, '/api/v1/commitments', brigade('A'))).json();
    const b = (
      await post(
        fra,
        '/api/v1/commitments',
        brigade('B', { conditions: { type: 'commitment', commitmentId: a.id } }),
      )
    ).json();
    const patched = await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/commitments/${a.id}`,
      headers: gbr.headers,
      payload: { conditions: { type: 'commitment', commitmentId: b.id } },
    });
    expect(patched.statusCode).toBe(200);
    expect((await stateOf(gbr, a.id)).state).toBe('firm');
    expect((await stateOf(gbr, b.id)).state).toBe('firm');
    const c = (await post(deu, '/api/v1/commitments', brigade('C'))).json();
    const bundestag = await post(deu, `/api/v1/commitments/${c.id}/approvals`, {
      body: 'parliament',
      bodyName: 'Bundestag',
      state: 'tabled',
      tabledAt: '2026-03-01T00:00:00.000Z',
      expectedDays: 30,
      mandate: { personnelCeiling: 5000, durationMonths: 12, area: 'Neighbouring NATO territory' },
    });
    expect(bundestag.statusCode).toBe(201);
    await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/commitments/${b.id}`,
      headers: fra.headers,
      payload: {
        conditions: {
          type: 'all',
          of: [
            { type: 'commitment', commitmentId: a.id },
            { type: 'commitment', commitmentId: c.id },
          ],
        },
      },
    });
    const ra = await stateOf(gbr, a.id);
    expect(ra.state).toBe('conditional-pending');
    expect((await stateOf(gbr, b.id)).state).toBe('conditional-pending');
    expect(ra.reasons.at(-1)).toContain('Bundestag (DEU) approval is tabled');
    // The Bundestag votes no: C fails, and B and A with it, with the reasons shown.
    const vote = await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/approvals/${bundestag.json().id}`,
      headers: deu.headers,
      payload: { state: 'rejected', decidedAt: '2026-03-20T12:00:00.000Z' },
    });
    expect(vote.statusCode).toBe(200);
    const failed = await stateOf(gbr, a.id);
    expect(failed.state).toBe('failed');
    expect(failed.reasons).toEqual([
      '"A" (GBR) failed: "B" (FRA) has failed',
      '"B" (FRA) failed: "C" (DEU) has failed',
      '"C" (DEU) failed: Bundestag (DEU) approval is rejected on 2026-03-20',
    ]);
    // What-if: the Bundestag says yes after all.
    expect((await stateOf(gbr, a.id, { approvalsByParty: { DEU: 'approved' } })).state).toBe(
      'conditional-met',
    );
  });

  it('records events (coordinators) that conditions wait for', async () => {
    const offer = (
      await post(
        fra,
        '/api/v1/commitments',
        brigade('On ceasefire', { conditions: { type: 'event', event: 'ceasefire-in-force' } }),
      )
    ).json();
    expect((await stateOf(fra, offer.id)).state).toBe('conditional-pending');
    const put = (user: TestUser, happened: boolean) =>
      t.app.inject({
        method: 'PUT',
        url: '/api/v1/commitment-events/ceasefire-in-force',
        headers: user.headers,
        payload: {
          name: 'Ceasefire in force',
          happened,
          at: '2026-04-01T00:00:00.000Z',
          releasability: 'coalition',
        },
      });
    expect((await put(fra, true)).statusCode).toBe(403);
    expect((await put(coord, true)).statusCode).toBe(200);
    expect((await stateOf(fra, offer.id)).state).toBe('firm');
  });

  it('never shows a national-only commitment, its approvals, history or state to another party', async () => {
    const secret = (
      await post(gbr, '/api/v1/commitments', brigade('UK national reserve', { releasability: 'owner' }))
    ).json();
    const approval = (
      await post(gbr, `/api/v1/commitments/${secret.id}/approvals`, {
        body: 'parliament',
        bodyName: 'House of Commons',
        state: 'not-started',
      })
    ).json();
    expect((await get(gbr, `/api/v1/commitments/${secret.id}`)).statusCode).toBe(200);
    expect((await get(fra, `/api/v1/commitments/${secret.id}`)).statusCode).toBe(404);
    expect((await get(fra, `/api/v1/commitments/${secret.id}/history`)).statusCode).toBe(404);
    expect((await get(fra, `/api/v1/approvals/${approval.id}`)).statusCode).toBe(404);
    const list = (await get(fra, '/api/v1/commitments?limit=1000'))
      .json()
      .items.map((c: { id: string }) => c.id);
    expect(list).not.toContain(secret.id);
    expect(
      (await get(gbr, '/api/v1/commitments?limit=1000')).json().items.map((c: { id: string }) => c.id),
    ).toContain(secret.id);
    const approvals = (await get(fra, '/api/v1/approvals')).json().items.map((a: { id: string }) => a.id);
    expect(approvals).not.toContain(approval.id);
    expect(await stateOf(fra, secret.id)).toBeUndefined();
    const input = (await get(fra, '/api/v1/commitments/resolution-input')).json();
    expect(input.commitments.map((c: { id: string }) => c.id)).not.toContain(secret.id);
    expect(input.approvals.map((a: { id: string }) => a.id)).not.toContain(approval.id);
    // A condition on a record you cannot see is refused, naming the field.
    const probe = await post(
      fra,
      '/api/v1/commitments',
      brigade('probe', { conditions: { type: 'commitment', commitmentId: secret.id } }),
    );
    expect(probe.statusCode).toBe(400);
    expect(probe.json().errors[0].pointer).toBe('/conditions/commitmentId');
    const hidden = await t.app.inject({
      method: 'PUT',
      url: '/api/v1/commitment-events/renewed-attack-declared',
      headers: coord.headers,
      payload: { name: 'Renewed attack declared', happened: false, releasability: 'owner' },
    });
    expect(hidden.statusCode).toBe(200);
    const events = (await get(fra, '/api/v1/commitment-events'))
      .json()
      .items.map((e: { key: string }) => e.key);
    expect(events).not.toContain('renewed-attack-declared');
  });

  it('pages the list with a cursor', async () => {
    const first = (await get(gbr, '/api/v1/commitments?limit=2')).json();
    expect(first.items).toHaveLength(2);
    const second = (await get(gbr, `/api/v1/commitments?limit=2&cursor=${first.nextCursor}`)).json();
    expect(second.items[0].id).not.toBe(first.items[0].id);
    expect(second.items[0].createdAt >= first.items[1].createdAt).toBe(true);
  });
});
