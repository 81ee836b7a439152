import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDialects } from '../../../test/support/databases.js';
import { startTestApp, type TestApp } from '../../../test/support/test-app.js';

describe.each(testDialects())('coalition registry and accounts on %s', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(dialect);
  });
  afterAll(async () => t.close());

  it('refuses the API without credentials, with a problem document', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/parties' });
    expect(res.statusCode).toBe(401);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.json()).toMatchObject({ status: 401, title: 'Unauthorized' });
  });

  it('lets a coordinator add a party and a representative, and anyone list them', async () => {
    const coord = await t.signIn('GBR', 'coordinator');
    const created = await t.app.inject({
      method: 'POST',
      url: '/api/v1/parties',
      headers: coord.headers,
      payload: {
        code: 'EST',
        name: 'Estonia',
        kind: 'state',
        coalitionRole: 'member',
        parliamentApproval: null,
      },
    });
    expect(created.statusCode).toBe(201);
    const rep = await t.app.inject({
      method: 'POST',
      url: '/api/v1/parties/EST/representatives',
      headers: coord.headers,
      payload: { name: 'A. Envoy', office: 'Defence attaché' },
    });
    expect(rep.statusCode).toBe(201);
    const viewer = await t.signIn('FRA', 'viewer');
    const list = await t.app.inject({
      method: 'GET',
      url: '/api/v1/parties?q=esto',
      headers: viewer.headers,
    });
    expect(list.statusCode).toBe(200);
    expect(list.json().items).toEqual([
      expect.objectContaining({
        code: 'EST',
        representatives: [expect.objectContaining({ name: 'A. Envoy' })],
      }),
    ]);
    const one = await t.app.inject({ method: 'GET', url: '/api/v1/parties/EST', headers: viewer.headers });
    expect(one.json()).toMatchObject({ code: 'EST', coalitionRole: 'member', parliamentApproval: null });
  });

  it('refuses party edits to a role without the right (403) and writes nothing', async () => {
    const planner = await t.signIn('FRA', 'planner');
    const res = await t.app.inject({
      method: 'PATCH',
      url: '/api/v1/parties/FRA',
      headers: planner.headers,
      payload: { name: 'Changed' },
    });
    expect(res.statusCode).toBe(403);
    const party = await t.app.inject({ method: 'GET', url: '/api/v1/parties/FRA', headers: planner.headers });
    expect(party.json().name).toBe('France');
  });

  it('answers malformed JSON, a missing field, a wrong type and an unknown party with 400 naming the problem', async () => {
    const coord = await t.signIn('GBR', 'coordinator');
    const before = (
      await t.app.inject({ method: 'GET', url: '/api/v1/parties', headers: coord.headers })
    ).json().items.length;
    const malformed = await t.app.inject({
      method: 'POST',
      url: '/api/v1/parties',
      headers: { ...coord.headers, 'content-type': 'application/json' },
      payload: '{"code": "LTU",',
    });
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json().type).toBe('/problems/malformed-json');
    const missing = await t.app.inject({
      method: 'POST',
      url: '/api/v1/parties',
      headers: coord.headers,
      payload: { code: 'LTU', kind: 'state', coalitionRole: 'member', parliamentApproval: null },
    });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().errors).toContainEqual(expect.objectContaining({ pointer: '/name' }));
    const wrongType = await t.app.inject({
      method: 'POST',
      url: '/api/v1/parties',
      headers: coord.headers,
      payload: {
        code: 'LTU',
        name: 'Lithuania',
        kind: 'state',
        coalitionRole: 'member',
        parliamentApproval: 'yes',
      },
    });
    expect(wrongType.statusCode).toBe(400);
    expect(wrongType.json().errors.map((e: { pointer: string }) => e.pointer)).toContain(
      '/parliamentApproval',
    );
    const unknownParty = await t.app.inject({
      method: 'POST',
      url: '/api/v1/users',
      headers: coord.headers,
      payload: { username: 'nobody.here', party: 'XXX', role: 'viewer' },
    });
    expect(unknownParty.statusCode).toBe(400);
    expect(unknownParty.json().errors).toContainEqual(expect.objectContaining({ pointer: '/party' }));
    const after = (
      await t.app.inject({ method: 'GET', url: '/api/v1/parties', headers: coord.headers })
    ).json().items.length;
    expect(after).toBe(before);
  });

  it('answers an oversized body with 413', async () => {
    const coord = await t.signIn('GBR', 'coordinator');
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/parties',
      headers: { ...coord.headers, 'content-type': 'application/json' },
      payload: JSON.stringify({ code: 'LTU', name: 'x'.repeat(2 * 1024 * 1024) }),
    });
    expect(res.statusCode).toBe(413);
    expect(res.json().status).toBe(413);
  });

  it('signs in with a password, keeps the session in an HttpOnly SameSite=Strict cookie, and signs out', async () => {
    await t.ctx.services.accounts.createUser(
      { system: 'test' },
      { username: 'pw.user', party: 'GBR', role: 'analyst', password: 'correct horse battery' },
    );
    const bad = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { username: 'pw.user', password: 'wrong password!' },
    });
    expect(bad.statusCode).toBe(401);
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { username: 'pw.user', password: 'correct horse battery' },
    });
    expect(res.statusCode).toBe(200);
    const setCookie = String(res.headers['set-cookie']);
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=Strict/i);
    const cookie = setCookie.split(';')[0]!;
    const me = await t.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: { cookie } });
    expect(me.json()).toMatchObject({ username: 'pw.user', party: 'GBR', role: 'analyst' });
    await t.app.inject({ method: 'POST', url: '/api/v1/auth/logout', headers: { cookie } });
    expect(
      (await t.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: { cookie } })).statusCode,
    ).toBe(401);
  });

  it('locks an account after repeated failures, even for the right password', async () => {
    await t.ctx.services.accounts.createUser(
      { system: 'test' },
      { username: 'locked.user', party: 'GBR', role: 'viewer', password: 'the right password' },
    );
    for (let i = 0; i < 5; i++) {
      await t.app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { username: 'locked.user', password: `wrong ${i} password` },
      });
    }
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { username: 'locked.user', password: 'the right password' },
    });
    expect(res.statusCode).toBe(429);
    expect(res.json().type).toBe('/problems/login-throttled');
  });

  it('shows API tokens once, stores them hashed and honours revocation', async () => {
    const coord = await t.signIn('GBR', 'coordinator');
    const integration = await t.signIn('GBR', 'integration');
    const created = await t.app.inject({
      method: 'POST',
      url: '/api/v1/tokens',
      headers: coord.headers,
      payload: { username: integration.username, name: 'sensor feed' },
    });
    expect(created.statusCode).toBe(201);
    const { token, meta } = created.json();
    expect(token).toMatch(/^gtk_/);
    const stored = await t.ctx.db
      .selectFrom('api_tokens')
      .select('token_hash')
      .where('id', '=', meta.id)
      .executeTakeFirstOrThrow();
    expect(stored.token_hash).not.toContain(token);
    const ok = await t.app.inject({
      method: 'GET',
      url: '/api/v1/auth/me',
      headers: { authorization: `Bearer ${token}` },
    });
    expect(ok.json().username).toBe(integration.username);
    expect(
      (await t.app.inject({ method: 'DELETE', url: `/api/v1/tokens/${meta.id}`, headers: coord.headers }))
        .statusCode,
    ).toBe(204);
    expect(
      (
        await t.app.inject({
          method: 'GET',
          url: '/api/v1/auth/me',
          headers: { authorization: `Bearer ${token}` },
        })
      ).statusCode,
    ).toBe(401);
  });

  it("never shows one party's users, tokens or national audit rows to another party", async () => {
    const gbr = await t.signIn('GBR', 'coordinator');
    const fra = await t.signIn('FRA', 'coordinator');
    const gbrUsers = (
      await t.app.inject({ method: 'GET', url: '/api/v1/users', headers: gbr.headers })
    ).json().items;
    expect(gbrUsers.every((u: { party: string }) => u.party === 'GBR')).toBe(true);
    const fraUsers = (
      await t.app.inject({ method: 'GET', url: '/api/v1/users', headers: fra.headers })
    ).json().items;
    expect(fraUsers.some((u: { username: string }) => u.username === gbr.username)).toBe(false);
    const fraTokens = (
      await t.app.inject({ method: 'GET', url: '/api/v1/tokens', headers: fra.headers })
    ).json().items;
    expect(fraTokens.every((tk: { party: string }) => tk.party === 'FRA')).toBe(true);
    const patch = await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/users/${gbr.viewer.userId}`,
      headers: fra.headers,
      payload: { role: 'viewer' },
    });
    expect(patch.statusCode).toBe(404);
    const audit = (
      await t.app.inject({ method: 'GET', url: '/api/v1/audit?entity=user&limit=1000', headers: fra.headers })
    ).json().items;
    expect(audit.length).toBeGreaterThan(0);
    expect(audit.some((a: { entityId: string }) => a.entityId === gbr.viewer.userId)).toBe(false);
    const gbrAudit = (
      await t.app.inject({
        method: 'GET',
        url: `/api/v1/audit?entity=user&entityId=${gbr.viewer.userId}`,
        headers: gbr.headers,
      })
    ).json().items;
    expect(gbrAudit).toHaveLength(1);
  });

  it('records every write in the audit trail with before and after, readable by coordinators only', async () => {
    const coord = await t.signIn('GBR', 'coordinator');
    await t.app.inject({
      method: 'PATCH',
      url: '/api/v1/parties/GBR',
      headers: coord.headers,
      payload: { parliamentApproval: true },
    });
    const res = await t.app.inject({
      method: 'GET',
      url: '/api/v1/audit?entity=party&entityId=GBR&action=update',
      headers: coord.headers,
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().items[0]).toMatchObject({
      actor: coord.username,
      actorParty: 'GBR',
      before: { parliamentApproval: null },
      after: { parliamentApproval: true },
    });
    const analyst = await t.signIn('GBR', 'analyst');
    expect(
      (await t.app.inject({ method: 'GET', url: '/api/v1/audit', headers: analyst.headers })).statusCode,
    ).toBe(403);
  });

  it('pages the audit trail with a cursor and rejects a forged cursor naming the field', async () => {
    const coord = await t.signIn('GBR', 'coordinator');
    const first = (
      await t.app.inject({ method: 'GET', url: '/api/v1/audit?limit=2', headers: coord.headers })
    ).json();
    expect(first.items).toHaveLength(2);
    const second = (
      await t.app.inject({
        method: 'GET',
        url: `/api/v1/audit?limit=2&cursor=${first.nextCursor}`,
        headers: coord.headers,
      })
    ).json();
    expect(second.items[0].seq).toBeLessThan(first.items[1].seq);
    const forged = await t.app.inject({
      method: 'GET',
      url: '/api/v1/audit?cursor=zzz',
      headers: coord.headers,
    });
    expect(forged.statusCode).toBe(400);
    expect(forged.json().errors[0].pointer).toBe('/cursor');
  });

  it('serves health, readiness, status and the OpenAPI document', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/healthz' })).statusCode).toBe(200);
    expect((await t.app.inject({ method: 'GET', url: '/readyz' })).json()).toMatchObject({
      status: 'ready',
      dialect,
    });
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/status' })).json()).toMatchObject({
      name: 'Guarantor',
      exercise: false,
    });
    const doc = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
    expect(doc.openapi).toBe('3.0.3');
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining(['/api/v1/parties', '/api/v1/auth/login', '/api/v1/audit']),
    );
    const res = await t.app.inject({ method: 'GET', url: '/healthz' });
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['content-security-policy']).toContain("default-src 'self'");
  });
});
