import { createHash } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import { isoTime } from '../db/columns.js';
import type { App } from './app-type.js';
import { ProblemError, invalidField } from './problem.js';
import '../audit/audit.tables.js';

/** How long an answer is remembered for replay, in milliseconds. */
export const IDEMPOTENCY_TTL_MS = 24 * 3600 * 1000;
/** A first request still unanswered after this long is taken as dead, and the key freed. */
const IN_FLIGHT_MS = 60_000;
const WRITE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

declare module 'fastify' {
  interface FastifyRequest {
    idempotency?: { userId: string; key: string };
  }
}

function fingerprint(req: FastifyRequest): string {
  const body =
    typeof req.body === 'string' || Buffer.isBuffer(req.body) ? req.body : JSON.stringify(req.body ?? null);
  return createHash('sha256').update(`${req.method} ${req.url}\n`).update(body).digest('hex');
}

/**
 * `Idempotency-Key` on every write of the API (IETF httpapi-idempotency-key draft): the
 * first answer to a key is remembered for 24 hours per user and replayed to a retry with the
 * same request; the same key with a different request is 422; the same key while the first
 * request is still in flight is 409. 5xx answers are not remembered, so a retry runs again.
 */
export function idempotencyKeys(app: App, db: Kysely<Database>): void {
  app.addHook('preHandler', async (req: FastifyRequest, reply: FastifyReply) => {
    const key = req.headers['idempotency-key'];
    if (key === undefined || !WRITE_METHODS.has(req.method) || !req.viewer) return;
    if (typeof key !== 'string' || key.length < 1 || key.length > 200) {
      throw invalidField('/headers/idempotency-key', 'must be 1–200 characters');
    }
    const userId = req.viewer.userId;
    const print = fingerprint(req);
    const now = Date.now();
    const existing = await db
      .selectFrom('idempotency_keys')
      .selectAll()
      .where('user_id', '=', userId)
      .where('key', '=', key)
      .executeTakeFirst();
    if (existing && Date.parse(existing.created_at) > now - IDEMPOTENCY_TTL_MS) {
      if (existing.fingerprint !== print) {
        throw new ProblemError(422, 'This Idempotency-Key was used for a different request.', {
          type: '/problems/idempotency-key-reused',
        });
      }
      if (existing.status !== null) {
        reply.header('idempotent-replayed', 'true');
        return reply
          .code(existing.status)
          .type(existing.content_type ?? 'application/json')
          .send(existing.body ?? '');
      }
      if (Date.parse(existing.created_at) > now - IN_FLIGHT_MS) {
        throw new ProblemError(409, 'A request with this Idempotency-Key is still being handled.', {
          type: '/problems/idempotency-key-in-flight',
        });
      }
    }
    if (existing)
      await db.deleteFrom('idempotency_keys').where('user_id', '=', userId).where('key', '=', key).execute();
    try {
      await db
        .insertInto('idempotency_keys')
        .values({
          user_id: userId,
          key,
          fingerprint: print,
          status: null,
          content_type: null,
          body: null,
          created_at: isoTime(now),
        })
        .execute();
    } catch {
      // Another server took the key between our read and insert.
      throw new ProblemError(409, 'A request with this Idempotency-Key is still being handled.', {
        type: '/problems/idempotency-key-in-flight',
      });
    }
    req.idempotency = { userId, key };
  });

  app.addHook('onSend', async (req, reply, payload) => {
    const claim = req.idempotency;
    if (!claim) return payload;
    const where = db
      .updateTable('idempotency_keys')
      .where('user_id', '=', claim.userId)
      .where('key', '=', claim.key);
    if (
      reply.statusCode >= 500 ||
      (typeof payload !== 'string' && payload !== null && payload !== undefined && !Buffer.isBuffer(payload))
    ) {
      // Not replayable (a server failure or a stream): free the key for a retry.
      await db
        .deleteFrom('idempotency_keys')
        .where('user_id', '=', claim.userId)
        .where('key', '=', claim.key)
        .execute();
      return payload;
    }
    const body = payload === null || payload === undefined ? '' : payload.toString();
    const type = reply.getHeader('content-type');
    await where
      .set({ status: reply.statusCode, content_type: typeof type === 'string' ? type : null, body })
      .execute();
    // Old keys are purged as new ones are used, so the table stays small without a job.
    if (Math.random() < 0.01)
      await db
        .deleteFrom('idempotency_keys')
        .where('created_at', '<', isoTime(Date.now() - IDEMPOTENCY_TTL_MS))
        .execute();
    return payload;
  });
}
