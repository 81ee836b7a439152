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

/** The bus over PostgreSQL `LISTEN/NOTIFY`, so every server of a cluster sees each event. */
export async function createPostgresBus(url: string, log: Logger): Promise<EventBus> {
  const local = new EventEmitter();
  local.setMaxListeners(0);
  const listener = new pg.Client({ connectionString: url });
  const publisher = new pg.Pool({ connectionString: url, max: 2 });
  await listener.connect();
  listener.on('notification', (msg) => {
    if (!msg.payload) return;
    try {
      const event = JSON.parse(msg.payload) as BusEvent;
      local.emit(event.topic, event.payload);
    } catch (error) {
      log.warn({ err: error }, 'ignored a malformed bus notification');
    }
  });
  listener.on('error', (error) => log.error({ err: error }, 'event bus listener failed'));
  await listener.query(`LISTEN ${CHANNEL}`);
  return {
    async publish(topic, payload) {
      await publisher.query('SELECT pg_notify($1, $2)', [CHANNEL, JSON.stringify({ topic, payload })]);
    },
    subscribe(topic, handler) {
      local.on(topic, handler);
      return () => local.off(topic, handler);
    },
    async close() {
      await listener.end();
      await publisher.end();
    },
  };
}
