import { sql } from 'kysely';
import type { Executor } from '../db/database.js';
import { isoTime } from '../db/columns.js';
import type { ReleasableColumns } from '../db/schema.js';
import { visibleTo } from '../access/releasability.js';
import { requireRole, type Viewer } from '../access/viewer.js';
import { decodeCursor, toPage } from '../http/pagination.js';
import './audit.tables.js';

/** Who did it: a viewer, or the system itself (scenario loader, CLI, background jobs). */
export type AuditActor = Viewer | { system: string };

/** One change to record. `record` gives the releasability the audit row inherits. */
export interface AuditChange {
  action: string;
  entity: string;
  entityId: string;
  before?: unknown;
  after?: unknown;
  record: ReleasableColumns;
  requestId?: string;
}

/**
 * Appends one audit row in the caller's transaction, so the change and its audit commit
 * together or not at all. The row carries the record's releasability: the audit of a
 * national-only record is itself national only.
 */
export async function recordAudit(trx: Executor, actor: AuditActor, change: AuditChange): Promise<void> {
  const who =
    'system' in actor
      ? {
          actor_user_id: null,
          actor_username: `system:${actor.system}`,
          actor_party: change.record.owner_party,
        }
      : { actor_user_id: actor.userId, actor_username: actor.username, actor_party: actor.party };
  await trx
    .insertInto('audit_events')
    .values({
      at: isoTime(),
      ...who,
      action: change.action,
      entity: change.entity,
      entity_id: change.entityId,
      before_json: change.before === undefined ? null : JSON.stringify(change.before),
      after_json: change.after === undefined ? null : JSON.stringify(change.after),
      request_id: change.requestId ?? null,
      owner_party: change.record.owner_party,
      releasability: change.record.releasability,
      releasable_to: change.record.releasable_to,
    })
    .execute();
}

/** Filters of the audit trail. */
export interface AuditQuery {
  entity?: string;
  entityId?: string;
  actorParty?: string;
  actor?: string;
  action?: string;
  from?: string;
  to?: string;
  cursor?: string;
  limit?: number;
}

/** The audit trail as coordinators read it, newest first, filtered by releasability. */
export async function listAudit(db: Executor, viewer: Viewer, query: AuditQuery) {
  requireRole(viewer, ['coordinator'], 'read the audit trail');
  const limit = query.limit ?? 100;
  const after = decodeCursor(query.cursor, 1);
  let q = db.selectFrom('audit_events as a').selectAll().where(visibleTo(viewer, 'a'));
  if (query.entity) q = q.where('a.entity', '=', query.entity);
  if (query.entityId) q = q.where('a.entity_id', '=', query.entityId);
  if (query.actorParty) q = q.where('a.actor_party', '=', query.actorParty);
  if (query.actor) q = q.where('a.actor_username', '=', query.actor);
  if (query.action) q = q.where('a.action', '=', query.action);
  if (query.from) q = q.where('a.at', '>=', query.from);
  if (query.to) q = q.where('a.at', '<', query.to);
  if (after) q = q.where('a.seq', '<', Number(after[0]));
  const rows = await q
    .orderBy('a.seq', 'desc')
    .limit(limit + 1)
    .execute();
  return toPage(
    rows,
    limit,
    (r) => [r.seq],
    (r) => ({
      seq: r.seq,
      at: r.at,
      actor: r.actor_username,
      actorParty: r.actor_party,
      action: r.action,
      entity: r.entity,
      entityId: r.entity_id,
      before: r.before_json === null ? null : (JSON.parse(r.before_json) as unknown),
      after: r.after_json === null ? null : (JSON.parse(r.after_json) as unknown),
      requestId: r.request_id,
    }),
  );
}

/** Reads a deployment setting. */
export async function getSetting(db: Executor, key: string): Promise<string | undefined> {
  const row = await db
    .selectFrom('platform_settings')
    .select('value')
    .where('key', '=', key)
    .executeTakeFirst();
  return row?.value;
}

/** Writes a deployment setting (insert or update). */
export async function setSetting(db: Executor, key: string, value: string): Promise<void> {
  await db
    .insertInto('platform_settings')
    .values({ key, value })
    .onConflict((oc) => oc.column('key').doUpdateSet({ value: sql`excluded.value` }))
    .execute();
}
