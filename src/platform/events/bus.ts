import { EventEmitter } from 'node:events';
import pg from 'pg';
import type { Logger } from 'pino';

/** A message every server of a deployment sees: new observations, alerts, checkpoints. */
export interface BusEvent {
  topic: string;
  payload: unknown;
}

/**
 * Publish/subscribe across the servers of one deployment: PostgreSQL `LISTEN/NOTIFY` on
 * PostgreSQL, an in-process emitter on SQLite (one server). Payloads must stay under
 * PostgreSQL's 8,000-byte NOTIFY limit: send ids, not records.
 */
export interface EventBus {
  publish(topic: string, payload: unknown): Promise<void>;
  /** Calls `handler` for each event on `topic`; returns the unsubscribe function. */
  subscribe(topic: string, handler: (payload: unknown) => void): () => void;
  close(): Promise<void>;
}

const CHANNEL = 'guarantor_events';

/**
 * Local topics of the PostgreSQL bus, heard by this server's subscribers only: the listening
 * connection was lost (events of other servers, and this server's own, are missed from now)
 * and it listens again (what was missed is not replayed: read it back from the database).
 */
export const BUS_LOST = 'bus.lost';
export const BUS_RESUMED = 'bus.resumed';
// PostgreSQL refuses NOTIFY payloads of 8,000 bytes or more.
const MAX_PAYLOAD_BYTES = 7_900;
// Notifications per statement when a burst is flushed.
const NOTIFY_PER_QUERY = 100;

/** The bus for a single process (SQLite deployments and unit tests). */
export function createLocalBus(): EventBus {
  const emitter = new EventEmitter();
  emitter.setMaxListeners(0);
  return {
    publish(topic, payload) {
      emitter.emit(topic, payload);
      return Promise.resolve();
    },
    subscribe(topic, handler) {
      emitter.on(topic, handler);
      return () => emitter.off(topic, handler);
    },
    close: () => Promise.resolve(),
  };
}

/**
 * The bus over PostgreSQL `LISTEN/NOTIFY`, so every server of a cluster sees each event.
 * The listening connection is opened again when it is lost (a database restart, a failover,
 * an administrator ending the session), with a growing pause; notifications sent while it
 * was down are not replayed, which is why consumers that must not miss anything (the alert
 * stream) resume from the database and use the bus only as a prompt.
 */
export async function createPostgresBus(url: string, log: Logger): Promise<EventBus> {
  const local = new EventEmitter();
  local.setMaxListeners(0);
  const publisher = new pg.Pool({ connectionString: url, max: 2, application_name: 'guarantor-bus' });
  // An idle pooled connection that the server ends emits 'error' on the pool; unhandled, it
  // would end the process. The pool drops the connection and opens another when next needed.
  publisher.on('error', (error) => log.warn({ err: error }, 'event bus lost an idle publishing connection'));
  const onNotification = (msg: pg.Notification): void => {
    if (!msg.payload) return;
    try {
      // A notification carries a batch of events (an array), or one event from a server of
      // an earlier version during a rolling upgrade.
      const parsed = JSON.parse(msg.payload) as BusEvent | BusEvent[];
      for (const event of Array.isArray(parsed) ? parsed : [parsed]) local.emit(event.topic, event.payload);
    } catch (error) {
      log.warn({ err: error }, 'ignored a malformed bus notification');
    }
  };
  const listening = new ListeningConnection(url, onNotification, log, {
    lost: () => local.emit(BUS_LOST, {}),
    resumed: () => local.emit(BUS_RESUMED, {}),
  });
  await listening.open();
  const batcher = new NotifyBatcher(async (payloads) => {
    for (let i = 0; i < payloads.length; i += NOTIFY_PER_QUERY) {
      const chunk = payloads.slice(i, i + NOTIFY_PER_QUERY);
      await publisher.query(`SELECT ${chunk.map((_, k) => `pg_notify($1, $${k + 2})`).join(', ')}`, [
        CHANNEL,
        ...chunk,
      ]);
    }
  });
  return {
    publish(topic, payload) {
      return batcher.add(JSON.stringify({ topic, payload }));
    },
    subscribe(topic, handler) {
      local.on(topic, handler);
      return () => local.off(topic, handler);
    },
    async close() {
      await listening.close();
      await publisher.end();
    },
  };
}

// Pauses before opening a lost listening connection again: doubling from the first, capped.
const RELISTEN_FIRST_MS = 200;
const RELISTEN_MAX_MS = 10_000;

/** The one connection that LISTENs on the bus channel, opened again whenever it is lost. */
class ListeningConnection {
  private client: pg.Client | undefined;
  private closing = false;
  private retry: NodeJS.Timeout | undefined;
  private pauseMs = RELISTEN_FIRST_MS;

  constructor(
    private readonly url: string,
    private readonly onNotification: (msg: pg.Notification) => void,
    private readonly log: Logger,
    private readonly told: { lost: () => void; resumed: () => void },
  ) {}

  /** Connects and listens; rejects when the server cannot be reached (at start-up). */
  async open(): Promise<void> {
    const client = new pg.Client({ connectionString: this.url, application_name: 'guarantor-bus-listen' });
    client.on('notification', this.onNotification);
    client.on('error', (error) => {
      this.log.error({ err: error }, 'event bus listening connection failed');
      this.lost(client);
    });
    client.on('end', () => this.lost(client));
    try {
      await client.connect();
      await client.query(`LISTEN ${CHANNEL}`);
    } catch (error) {
      await client.end().catch(() => undefined);
      throw error;
    }
    // Only a connection that listens counts as lost when it fails; a failed attempt is
    // answered by its caller (start-up fails, a reopening tries again later).
    this.client = client;
  }

  async close(): Promise<void> {
    this.closing = true;
    clearTimeout(this.retry);
    await this.client?.end();
  }

  private lost(client: pg.Client): void {
    if (this.client !== client) return;
    this.client = undefined;
    if (!this.closing) this.told.lost();
    this.reopenLater();
  }

  private reopenLater(): void {
    if (this.closing || this.retry) return;
    this.log.warn({ retryInMs: this.pauseMs }, 'event bus stopped listening; opening the connection again');
    this.retry = setTimeout(() => {
      this.retry = undefined;
      if (this.closing) return;
      this.open().then(
        () => {
          this.pauseMs = RELISTEN_FIRST_MS;
          this.log.info('event bus listening again');
          if (this.closing) void this.client?.end();
          else this.told.resumed();
        },
        (error: unknown) => {
          this.log.error({ err: error }, 'event bus could not listen again');
          this.pauseMs = Math.min(this.pauseMs * 2, RELISTEN_MAX_MS);
          this.reopenLater();
        },
      );
    }, this.pauseMs);
    this.retry.unref();
  }
}

/**
 * Gathers the events published in one turn of the event loop into as few NOTIFY payloads as
 * fit (JSON arrays under PostgreSQL's limit) and sends them together: an NDJSON chunk of
 * 2,000 observations published 2,000 events, one query each, which took a third of the
 * server's time in ingest on PostgreSQL. Each `add` settles when its payload was sent.
 */
export class NotifyBatcher {
  private queue: { event: string; resolve: () => void; reject: (error: unknown) => void }[] = [];

  constructor(private readonly send: (payloads: string[]) => Promise<void>) {}

  /** Queues one serialised event; rejects at once when it alone is over the limit. */
  add(event: string): Promise<void> {
    if (Buffer.byteLength(event) + 2 > MAX_PAYLOAD_BYTES)
      return Promise.reject(
        new RangeError(`a bus event of ${Buffer.byteLength(event)} bytes is over the NOTIFY limit`),
      );
    return new Promise((resolve, reject) => {
      if (this.queue.length === 0) setImmediate(() => void this.flush());
      this.queue.push({ event, resolve, reject });
    });
  }

  private async flush(): Promise<void> {
    const batch = this.queue;
    this.queue = [];
    const payloads = packPayloads(batch.map((b) => b.event));
    try {
      await this.send(payloads);
      for (const b of batch) b.resolve();
    } catch (error) {
      for (const b of batch) b.reject(error);
    }
  }
}

/** Packs serialised events, in order, into JSON arrays each under the NOTIFY limit. */
export function packPayloads(events: readonly string[]): string[] {
  const payloads: string[] = [];
  let current: string[] = [];
  let bytes = 2;
  for (const event of events) {
    const size = Buffer.byteLength(event) + 1;
    if (current.length > 0 && bytes + size > MAX_PAYLOAD_BYTES) {
      payloads.push(`[${current.join(',')}]`);
      current = [];
      bytes = 2;
    }
    current.push(event);
    bytes += size;
  }
  if (current.length > 0) payloads.push(`[${current.join(',')}]`);
  return payloads;
}
