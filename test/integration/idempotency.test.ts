import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDialects } from '../support/databases.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

describe.each(testDialects())('Idempotency-Key on %s', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(dialect);
  });
  afterAll(async () => t.close());

  const representatives = async (headers: Record<string, string>) =>
    (await t.app.inject({ method: 'GET', url: '/api/v1/parties/GBR', headers })).json().representatives as {
      id: string;
      name: string;
    }[];

  it('replays the first answer to a retry and writes once', async () => {
    const coord = await t.signIn('GBR', 'coordinator');
    const send = () =>
      t.app.inject({
        method: 'POST',
        url: '/api/v1/parties/GBR/representatives',
        headers: { ...coord.headers, 'idempotency-key': 'rep-1' },
        payload: { name: 'Retried Envoy', office: 'Envoy' },
      });
    const first = await send();
    const second = await send();
    expect(first.statusCode).toBe(201);
    expect(second.statusCode).toBe(201);
    expect(second.headers['idempotent-replayed']).toBe('true');
    expect(second.json().id).toBe(first.json().id);
    expect((await representatives(coord.headers)).filter((r) => r.name === 'Retried Envoy')).toHaveLength(1);
  });

  it('answers 422 when the same key comes with a different request, and writes nothing', async () => {
    const coord = await t.signIn('GBR', 'coordinator');
    const headers = { ...coord.headers, 'idempotency-key': 'rep-2' };
    await t.app.inject({
      method: 'POST',
      url: '/api/v1/parties/GBR/representatives',
      headers,
      payload: { name: 'First', office: 'Envoy' },
    });
    const other = await t.app.inject({
      method: 'POST',
      url: '/api/v1/parties/GBR/representatives',
      headers,
      payload: { name: 'Second', office: 'Envoy' },
    });
    expect(other.statusCode).toBe(422);
    expect(other.json().type).toBe('/problems/idempotency-key-reused');
    expect((await representatives(coord.headers)).some((r) => r.name === 'Second')).toBe(false);
  });

  it('keeps keys per user: another user may use the same key', async () => {
    const a = await t.signIn('GBR', 'coordinator');
    const b = await t.signIn('GBR', 'coordinator');
    const payload = { name: 'Shared Key', office: 'Envoy' };
    const ra = await t.app.inject({
      method: 'POST',
      url: '/api/v1/parties/GBR/representatives',
      headers: { ...a.headers, 'idempotency-key': 'same' },
      payload,
    });
    const rb = await t.app.inject({
      method: 'POST',
      url: '/api/v1/parties/GBR/representatives',
      headers: { ...b.headers, 'idempotency-key': 'same' },
      payload,
    });
    expect(rb.json().id).not.toBe(ra.json().id);
  });
});
