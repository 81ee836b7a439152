import pg from 'pg';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createScratchDatabase,
  testDialects,
  type ScratchDatabase,
} from '../../../test/support/databases.js';
import { BUS_LOST, BUS_RESUMED, createPostgresBus, packPayloads, type EventBus } from './bus.js';

describe('packPayloads', () => {
  it('keeps every event in order, in JSON arrays under the NOTIFY limit', () => {
    const events = Array.from({ length: 3000 }, (_, i) =>
      JSON.stringify({ topic: 't', payload: { id: `${i}`, pad: 'x'.repeat(i % 97) } }),
    );
    const payloads = packPayloads(events);
    expect(payloads.length).toBeGreaterThan(1);
    for (const p of payloads) expect(Buffer.byteLength(p)).toBeLessThan(8000);
    const back = payloads.flatMap((p) => (JSON.parse(p) as unknown[]).map((e) => JSON.stringify(e)));
    expect(back).toEqual(events);
  });
});

describe.each(testDialects().filter((d) => d === 'postgres'))('the PostgreSQL bus', () => {
  let scratch: ScratchDatabase;
  let a: EventBus;
  let b: EventBus;
  const log = pino({ level: 'silent' });

  beforeAll(async () => {
    scratch = await createScratchDatabase('postgres');
    a = await createPostgresBus(scratch.url, log);
    b = await createPostgresBus(scratch.url, log);
  });
  afterAll(async () => {
    await a.close();
    await b.close();
    await scratch.drop();
  });

  it('delivers a burst of events to every server, in order, batched into few notifications', async () => {
    const seen: number[] = [];
    const unsubscribe = b.subscribe('burst', (p) => seen.push((p as { n: number }).n));
    await Promise.all(Array.from({ length: 2500 }, (_, n) => a.publish('burst', { n })));
    for (let i = 0; i < 100 && seen.length < 2500; i++) await new Promise((r) => setTimeout(r, 50));
    unsubscribe();
    expect(seen).toEqual(Array.from({ length: 2500 }, (_, n) => n));
  });

  it('refuses an event over the NOTIFY limit, and still sends the others', async () => {
    const seen: string[] = [];
    const unsubscribe = b.subscribe('sized', (p) => seen.push((p as { s: string }).s));
    await expect(a.publish('sized', { s: 'x'.repeat(9000) })).rejects.toThrow(/NOTIFY limit/);
    await a.publish('sized', { s: 'small' });
    for (let i = 0; i < 100 && seen.length < 1; i++) await new Promise((r) => setTimeout(r, 50));
    unsubscribe();
    expect(seen).toEqual(['small']);
  });

  it('listens again after the server ends its connections, and survives losing idle publishing ones', async () => {
    await a.publish('warm', {}); // leaves an idle publishing connection in a's pool
    const told: string[] = [];
    b.subscribe(BUS_LOST, () => told.push('lost'));
    b.subscribe(BUS_RESUMED, () => told.push('resumed'));
    const admin = new pg.Client({ connectionString: scratch.url });
    await admin.connect();
    try {
      const ended = await admin.query<{ n: string }>(
        `SELECT count(*) AS n FROM (SELECT pg_terminate_backend(pid) FROM pg_stat_activity
           WHERE datname = current_database() AND application_name LIKE 'guarantor-bus%') t`,
      );
      expect(Number(ended.rows[0]?.n)).toBeGreaterThanOrEqual(3);
    } finally {
      await admin.end();
    }
    const seen: number[] = [];
    const unsubscribe = b.subscribe('after', (p) => seen.push((p as { n: number }).n));
    // Notifications sent while the listener is away are lost by design; keep sending until
    // one arrives, which shows the listening connection was opened again.
    for (let n = 0; n < 100 && seen.length === 0; n++) {
      await a.publish('after', { n });
      await new Promise((r) => setTimeout(r, 100));
    }
    unsubscribe();
    expect(seen.length).toBeGreaterThan(0);
    // The server's own subscribers heard that the bus was lost and found again, once each.
    expect(told).toEqual(['lost', 'resumed']);
  });
});
