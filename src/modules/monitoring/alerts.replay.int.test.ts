import { randomUUID } from 'node:crypto';
import type { EventEmitter } from 'node:events';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { testDialects } from '../../../test/support/databases.js';
import { startTestApp, type TestApp, type TestUser } from '../../../test/support/test-app.js';
import type { AlertEvent } from './alerts.present.js';
import { toColumns } from '../../platform/access/releasability.js';
import { BUS_LOST, BUS_RESUMED } from '../../platform/events/bus.js';
import { parseCursor } from './alerts.replay.js';

let seq = 0;
const uuid = () => `7e57ae11-0000-4000-8000-${String(++seq).padStart(12, '0')}`;

/** An EXERCISE ground assault across the line, seen by its party only. */
const assault = () => ({
  id: uuid(),
  observedAt: new Date(Date.now() - 600_000).toISOString(),
  location: { type: 'Point', coordinates: [35.5 + seq / 1000, 47.5] },
  uncertaintyM: 300,
  source: { kind: 'patrol', id: `PATROL-${seq}`, reliability: 'B', credibility: 2 },
  category: 'ground-assault',
  subtype: 'across-line',
  quantity: 1,
  notes: 'EXERCISE replay test observation',
  releasability: 'owner',
});

/** One server-sent event as read off the wire. */
interface SseEvent {
  event: string;
  id: string | undefined;
  data: unknown;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe.each(testDialects())('the alert stream resumes after Last-Event-ID on %s', (dialect) => {
  let t: TestApp;
  let gbr: TestUser;
  let fra: TestUser;
  let base: string;
  beforeAll(async () => {
    t = await startTestApp(dialect);
    gbr = await t.signIn('GBR', 'monitor');
    fra = await t.signIn('FRA', 'monitor');
    for (const user of [gbr, fra]) {
      const rule = await t.app.inject({
        method: 'POST',
        url: '/api/v1/alerts/rules',
        headers: user.headers,
        payload: { name: 'EXERCISE assault', params: { kind: 'ground-assault-across-line' } },
      });
      expect(rule.statusCode).toBe(201);
    }
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    base = `http://127.0.0.1:${(t.app.server.address() as AddressInfo).port}`;
  });
  afterAll(async () => t.close());

  /** Opens the stream as `user` and collects its events until closed. */
  const open = async (user: TestUser, headers: Record<string, string> = {}, query = '') => {
    const controller = new AbortController();
    const res = await fetch(`${base}/api/v1/alerts/stream${query}`, {
      headers: { ...user.headers, ...headers },
      signal: controller.signal,
    });
    expect(res.status).toBe(200);
    const events: SseEvent[] = [];
    const reader = res.body!.getReader();
    const decoder = new TextDecoder();
    let text = '';
    void (async () => {
      try {
        for (;;) {
          const { value, done } = await reader.read();
          if (done) break;
          text += decoder.decode(value, { stream: true });
          let end;
          while ((end = text.indexOf('\n\n')) >= 0) {
            const block = text.slice(0, end);
            text = text.slice(end + 2);
            const field = (name: string) =>
              block
                .split('\n')
                .find((l) => l.startsWith(`${name}: `))
                ?.slice(name.length + 2);
            const event = field('event');
            if (event) events.push({ event, id: field('id'), data: JSON.parse(field('data') ?? 'null') });
          }
        }
      } catch {
        // aborted
      }
    })();
    const alerts = () => events.filter((e) => e.event === 'alert');
    return {
      events,
      alerts,
      subjects: () => alerts().map((e) => (e.data as AlertEvent).subjectId),
      async until(ok: () => boolean) {
        for (let i = 0; i < 100 && !ok(); i++) await sleep(50);
        expect(ok()).toBe(true);
      },
      close: () => controller.abort(),
    };
  };

  /** Posts an observation as `user` and waits until the alerts it fires are stored. */
  const report = async (user: TestUser, observation: ReturnType<typeof assault>) => {
    const posted = await t.app.inject({
      method: 'POST',
      url: '/api/v1/observations',
      headers: user.headers,
      payload: observation,
    });
    expect(posted.statusCode).toBe(201);
    for (let i = 0; i < 100; i++) {
      await t.ctx.services.alerts.settled();
      const items = (
        await t.app.inject({ method: 'GET', url: '/api/v1/alerts', headers: user.headers })
      ).json().items as AlertEvent[];
      if (items.some((a) => a.subjectId === observation.id)) return;
      await sleep(50);
    }
    throw new Error(`no alert fired for ${observation.id}`);
  };

  it('replays the alerts fired while disconnected, in order, then goes on live with no duplicate', async () => {
    const first = await open(gbr);
    const a = assault();
    await report(gbr, a);
    await first.until(() => first.subjects().includes(a.id));
    const position = first.alerts().at(-1)!.id!;
    expect(parseCursor(position)).toMatchObject({
      cursor: { id: (first.alerts().at(-1)!.data as AlertEvent).id },
    });
    first.close();

    // While the monitor's phone is off the network: two alerts of GBR, and one of FRA that
    // FRA's own national-only observation fires for FRA's rule alone.
    const b = assault();
    const c = assault();
    const fraOnly = assault();
    await report(gbr, b);
    await report(gbr, c);
    await report(fra, fraOnly);

    const again = await open(gbr, { 'last-event-id': position });
    await again.until(() => again.events.some((e) => e.event === 'replayed'));
    expect(again.subjects()).toEqual([b.id, c.id]);
    const replayedAt = again.alerts().map((e) => (e.data as AlertEvent).at);
    expect([...replayedAt].sort()).toEqual(replayedAt);
    expect(again.events.find((e) => e.event === 'replayed')!.data).toEqual({ count: 2, truncated: false });
    expect(again.events.findIndex((e) => e.event === 'replayed')).toBe(2);

    const d = assault();
    await report(gbr, d);
    await again.until(() => again.subjects().includes(d.id));
    await sleep(200);
    expect(again.subjects()).toEqual([b.id, c.id, d.id]);
    // Positions only move forward, so the next reconnection resumes after d.
    const positions = again.alerts().map((e) => e.id!);
    expect([...positions].sort()).toEqual(positions);
    again.close();

    // A client that cannot set headers sends the position as a query parameter.
    const byQuery = await open(gbr, {}, `?lastEventId=${encodeURIComponent(position)}`);
    await byQuery.until(() => byQuery.events.some((e) => e.event === 'replayed'));
    expect(byQuery.subjects()).toEqual([b.id, c.id, d.id]);
    byQuery.close();

    // FRA's alert is stored, and FRA alone is ever sent it.
    const fraStream = await open(fra, { 'last-event-id': position });
    await fraStream.until(() => fraStream.events.some((e) => e.event === 'replayed'));
    expect(fraStream.subjects()).toEqual([fraOnly.id]);
    fraStream.close();
    for (const s of [first, again, byQuery]) expect(s.subjects()).not.toContain(fraOnly.id);
  });

  it('catches a connected stream up from the database over a gap in the bus, once, with its party alerts only', async () => {
    const stream = await open(gbr);
    const before = assault();
    await report(gbr, before);
    await stream.until(() => stream.subjects().includes(before.id));
    const ruleOf = async (user: TestUser) =>
      (await t.app.inject({ method: 'GET', url: '/api/v1/alerts/rules', headers: user.headers })).json()
        .items[0].id as string;
    await t.ctx.bus.publish(BUS_LOST, {});
    // Alerts that other servers stored and announced while this one did not hear the bus.
    const missed = { mine: uuid(), theirs: uuid() };
    for (const [party, user, subject] of [
      ['GBR', gbr, missed.mine],
      ['FRA', fra, missed.theirs],
    ] as const)
      await t.ctx.db
        .insertInto('alert_events')
        .values({
          id: randomUUID(),
          rule_id: await ruleOf(user),
          at: new Date().toISOString(),
          subject_kind: 'observation',
          subject_id: subject,
          summary: 'EXERCISE alert stored by another server',
          dedup_key: `missed:${subject}`,
          ...toColumns(party, 'owner'),
        })
        .execute();
    await t.ctx.bus.publish(BUS_RESUMED, {});
    await stream.until(() => stream.subjects().includes(missed.mine));
    const after = assault();
    await report(gbr, after);
    await stream.until(() => stream.subjects().includes(after.id));
    await sleep(200);
    expect(stream.subjects()).toEqual([before.id, missed.mine, after.id]);
    const positions = stream.alerts().map((e) => e.id!);
    expect([...positions].sort()).toEqual(positions);
    stream.close();
  });

  it("stamps an alert with the database's time, not the firing server's clock", async () => {
    // A server whose clock is an hour slow would stamp its alerts before positions that
    // clients of the other servers already hold, and a reconnecting client would miss them.
    const realNow = Date.now();
    vi.useFakeTimers({ toFake: ['Date'], now: realNow - 3_600_000 });
    const late = assault();
    try {
      await report(gbr, late);
    } finally {
      vi.useRealTimers();
    }
    const items = (await t.app.inject({ method: 'GET', url: '/api/v1/alerts', headers: gbr.headers })).json()
      .items as AlertEvent[];
    const fired = items.find((a) => a.subjectId === late.id)!;
    expect(Math.abs(Date.parse(fired.at) - realNow)).toBeLessThan(60_000);
    expect(parseCursor(`${fired.at}|${fired.id}`)).not.toBeNull();
  });

  it('never replays another party national-only alert, even from before the first alert', async () => {
    const mine = assault();
    const theirs = assault();
    await report(fra, theirs);
    await report(gbr, mine);
    const stream = await open(gbr, { 'last-event-id': `2000-01-01T00:00:00.000Z|${uuid()}` });
    await stream.until(() => stream.events.some((e) => e.event === 'replayed'));
    expect(stream.subjects()).toContain(mine.id);
    expect(stream.subjects()).not.toContain(theirs.id);
    // The position is older than the replay window, but no alert of GBR is: none left out.
    expect(stream.events.find((e) => e.event === 'replayed')!.data).toMatchObject({ truncated: false });
    stream.close();
  });

  it('sends an alert announced while its replay is read once', async () => {
    const x = assault();
    await report(gbr, x);
    const [stored] = (
      await t.app.inject({ method: 'GET', url: '/api/v1/alerts', headers: gbr.headers })
    ).json().items as AlertEvent[];
    expect(stored!.subjectId).toBe(x.id);
    const received: string[] = [];
    let replayed = false;
    const stop = t.ctx.services.alerts.streamAlerts(
      gbr.viewer,
      { at: '2000-01-01T00:00:00.000Z', id: uuid() },
      { alert: (a) => received.push(a.id), replayed: () => (replayed = true), end: () => undefined },
    );
    // The bus announces the same alert again (another server, a retry) while the backlog is read.
    await t.ctx.bus.publish('monitoring.alert', { id: stored!.id });
    for (let i = 0; i < 100 && !replayed; i++) await sleep(20);
    await t.ctx.bus.publish('monitoring.alert', { id: stored!.id });
    await sleep(300);
    await t.ctx.services.alerts.settled();
    stop();
    expect(replayed).toBe(true);
    expect(received.filter((id) => id === stored!.id)).toHaveLength(1);
  });

  it('ends the subscription when the client goes away', async () => {
    const live = (t.ctx.services.alerts as unknown as { live: EventEmitter }).live;
    const before = live.listenerCount('alert');
    const stream = await open(gbr, { 'last-event-id': `2000-01-01T00:00:00.000Z|${uuid()}` });
    await stream.until(() => stream.events.some((e) => e.event === 'replayed'));
    expect(live.listenerCount('alert')).toBe(before + 1);
    stream.close();
    for (let i = 0; i < 50 && live.listenerCount('alert') > before; i++) await sleep(20);
    expect(live.listenerCount('alert')).toBe(before);
  });

  it('answers 400 naming Last-Event-ID when it is not a position of the stream', async () => {
    for (const bad of ['banana', '2026-13-45T99:00:00.000Z|7e57ae11-0000-4000-8000-000000000001', '42']) {
      const res = await t.app.inject({
        method: 'GET',
        url: '/api/v1/alerts/stream',
        headers: { ...gbr.headers, 'last-event-id': bad },
      });
      expect(res.statusCode).toBe(400);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(res.json().errors).toEqual([expect.objectContaining({ field: 'Last-Event-ID' })]);
    }
    const byQuery = await t.app.inject({
      method: 'GET',
      url: '/api/v1/alerts/stream?lastEventId=banana',
      headers: gbr.headers,
    });
    expect(byQuery.statusCode).toBe(400);
    expect(byQuery.json().errors).toEqual([expect.objectContaining({ field: 'lastEventId' })]);
  });

  it('resumes after a bare alert id of the party, and refuses one of another party', async () => {
    const older = assault();
    const newer = assault();
    await report(gbr, older);
    await report(gbr, newer);
    const fraTheirs = assault();
    await report(fra, fraTheirs);
    const list = async (user: TestUser) =>
      (await t.app.inject({ method: 'GET', url: '/api/v1/alerts', headers: user.headers })).json()
        .items as AlertEvent[];
    const olderAlert = (await list(gbr)).find((a) => a.subjectId === older.id)!;
    const fraAlert = (await list(fra)).find((a) => a.subjectId === fraTheirs.id)!;
    const refused = await t.app.inject({
      method: 'GET',
      url: '/api/v1/alerts/stream',
      headers: { ...gbr.headers, 'last-event-id': fraAlert.id },
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().errors).toEqual([expect.objectContaining({ field: 'Last-Event-ID' })]);
    const stream = await open(gbr, { 'last-event-id': olderAlert.id });
    await stream.until(() => stream.events.some((e) => e.event === 'replayed'));
    expect(stream.subjects()).toEqual([newer.id]);
    stream.close();
  });
});
