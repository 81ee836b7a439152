import { sql } from 'kysely';
import { visibleTo } from '../../platform/access/releasability.js';
import type { Viewer } from '../../platform/access/viewer.js';
import type { Executor } from '../../platform/db/database.js';
import type {
  ConflictAcknowledgementTable,
  ConflictTable,
  HotlineMessageTable,
  NotificationReceiptTable,
  NotificationTable,
} from './deconfliction.tables.js';
import './deconfliction.tables.js';

/** States in which a notification still takes part in conflict detection. */
export const LIVE_STATES = ['submitted', 'relayed', 'acknowledged', 'active'] as const;

/** Filters of the notification list. */
export interface NotificationFilter {
  kind?: string;
  status?: string;
  party?: string;
  /** Only notifications whose window ends after this time (ISO UTC). */
  from?: string;
  /** Only notifications whose window starts before this time (ISO UTC). */
  to?: string;
  exercise?: boolean;
  /** Keyset cursor `[starts_at, id]`. */
  after?: [string, string];
  limit: number;
}

/**
 * SQL of deconfliction. Reads for a viewer filter with `visibleTo`; the unfiltered reads
 * (`…Unfiltered`, `candidates`, `live`) serve conflict detection, which must compare every
 * party's notifications, and their results never leave the service unredacted.
 */
export const deconflictionRepository = {
  async insertNotification(db: Executor, row: NotificationTable): Promise<void> {
    await db.insertInto('deconfliction_notifications').values(row).execute();
  },

  /** Inserts a notification unless its `(owner_party, client_id)` is stored; true when inserted. */
  async insertNotificationIfNew(db: Executor, row: NotificationTable): Promise<boolean> {
    const res = await db
      .insertInto('deconfliction_notifications')
      .values(row)
      .onConflict((oc) => oc.columns(['owner_party', 'client_id']).doNothing())
      .executeTakeFirst();
    return Number(res.numInsertedOrUpdatedRows ?? 0n) > 0;
  },

  /** Live notifications of an owner whose client id starts with `prefix` (mirrored records). */
  liveByClientPrefix(db: Executor, owner: string, prefix: string): Promise<NotificationTable[]> {
    return db
      .selectFrom('deconfliction_notifications')
      .selectAll()
      .where('owner_party', '=', owner)
      .where('client_id', 'like', `${prefix}%`)
      .where('status', 'in', LIVE_STATES)
      .execute();
  },

  notificationUnfiltered(db: Executor, id: string): Promise<NotificationTable | undefined> {
    return db.selectFrom('deconfliction_notifications').selectAll().where('id', '=', id).executeTakeFirst();
  },

  notificationsUnfiltered(db: Executor, ids: readonly string[]): Promise<NotificationTable[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return db.selectFrom('deconfliction_notifications').selectAll().where('id', 'in', ids).execute();
  },

  visibleNotification(db: Executor, viewer: Viewer, id: string): Promise<NotificationTable | undefined> {
    return db
      .selectFrom('deconfliction_notifications as n')
      .selectAll()
      .where('n.id', '=', id)
      .where(visibleTo(viewer, 'n'))
      .executeTakeFirst();
  },

  byClientId(db: Executor, owner: string, clientId: string): Promise<NotificationTable | undefined> {
    return db
      .selectFrom('deconfliction_notifications')
      .selectAll()
      .where('owner_party', '=', owner)
      .where('client_id', '=', clientId)
      .executeTakeFirst();
  },

  listNotifications(db: Executor, viewer: Viewer, f: NotificationFilter): Promise<NotificationTable[]> {
    let q = db.selectFrom('deconfliction_notifications as n').selectAll().where(visibleTo(viewer, 'n'));
    if (f.kind) q = q.where('n.kind', '=', f.kind);
    if (f.status) q = q.where('n.status', '=', f.status);
    if (f.party) q = q.where('n.owner_party', '=', f.party);
    if (f.exercise !== undefined) q = q.where('n.exercise', '=', f.exercise ? 1 : 0);
    if (f.from) {
      const from = f.from;
      q = q.where((eb) => eb.or([eb('n.ends_at', 'is', null), eb('n.ends_at', '>', from)]));
    }
    if (f.to) q = q.where('n.starts_at', '<', f.to);
    if (f.after) {
      const [s, id] = f.after;
      q = q.where((eb) =>
        eb.or([eb('n.starts_at', '>', s), eb.and([eb('n.starts_at', '=', s), eb('n.id', '>', id)])]),
      );
    }
    return q
      .orderBy('n.starts_at')
      .orderBy('n.id')
      .limit(f.limit + 1)
      .execute();
  },

  /**
   * Live notifications whose reach box and window may meet the given box and window
   * `[start, end)` — the candidates of the instant check. The box columns hold the reach
   * box (footprint grown by radius and buffer), so box overlap is a necessary condition.
   */
  candidates(
    db: Executor,
    box: readonly [number, number, number, number],
    start: string,
    end: string | null,
  ): Promise<NotificationTable[]> {
    let q = db
      .selectFrom('deconfliction_notifications')
      .selectAll()
      .where('status', 'in', LIVE_STATES)
      .where('min_lon', '<=', box[2])
      .where('max_lon', '>=', box[0])
      .where('min_lat', '<=', box[3])
      .where('max_lat', '>=', box[1])
      .where((eb) => eb.or([eb('ends_at', 'is', null), eb('ends_at', '>', start)]));
    if (end !== null) q = q.where('starts_at', '<', end);
    return q.execute();
  },

  /** Every live notification (the batch run). */
  live(db: Executor): Promise<NotificationTable[]> {
    return db
      .selectFrom('deconfliction_notifications')
      .selectAll()
      .where('status', 'in', LIVE_STATES)
      .execute();
  },

  async setStatus(db: Executor, id: string, status: string, at: string): Promise<void> {
    await db
      .updateTable('deconfliction_notifications')
      .set({ status, updated_at: at })
      .where('id', '=', id)
      .execute();
  },

  /** Notifications not yet active whose window has ended (to expire). */
  overdue(db: Executor, now: string): Promise<NotificationTable[]> {
    return db
      .selectFrom('deconfliction_notifications')
      .selectAll()
      .where('status', 'in', ['submitted', 'relayed', 'acknowledged'])
      .where('ends_at', 'is not', null)
      .where('ends_at', '<=', now)
      .execute();
  },

  async insertReceipt(db: Executor, row: NotificationReceiptTable): Promise<boolean> {
    const res = await db
      .insertInto('deconfliction_receipts')
      .values(row)
      .onConflict((oc) => oc.columns(['notification_id', 'party']).doNothing())
      .executeTakeFirst();
    return Number(res.numInsertedOrUpdatedRows ?? 0n) > 0;
  },

  receipts(db: Executor, ids: readonly string[]): Promise<NotificationReceiptTable[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return db
      .selectFrom('deconfliction_receipts')
      .selectAll()
      .where('notification_id', 'in', ids)
      .orderBy('received_at')
      .execute();
  },

  receiptsByKeys(db: Executor, keys: readonly string[]): Promise<NotificationReceiptTable[]> {
    if (keys.length === 0) return Promise.resolve([]);
    return db
      .selectFrom('deconfliction_receipts')
      .selectAll()
      .where(sql<string>`notification_id || ':' || party`, 'in', keys)
      .execute();
  },

  /** Inserts a conflict unless the pair is stored already; true when inserted. */
  async insertConflict(db: Executor, row: ConflictTable): Promise<boolean> {
    const res = await db
      .insertInto('deconfliction_conflicts')
      .values(row)
      .onConflict((oc) => oc.columns(['notification_a', 'notification_b']).doNothing())
      .executeTakeFirst();
    return Number(res.numInsertedOrUpdatedRows ?? 0n) > 0;
  },

  conflictByPair(db: Executor, a: string, b: string): Promise<ConflictTable | undefined> {
    return db
      .selectFrom('deconfliction_conflicts')
      .selectAll()
      .where('notification_a', '=', a)
      .where('notification_b', '=', b)
      .executeTakeFirst();
  },

  conflictsUnfiltered(db: Executor, ids: readonly string[]): Promise<ConflictTable[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return db.selectFrom('deconfliction_conflicts').selectAll().where('id', 'in', ids).execute();
  },

  /** Stored pairs among live notifications, as `a|b` keys (the batch skips them). */
  async storedPairs(db: Executor): Promise<Set<string>> {
    const rows = await db
      .selectFrom('deconfliction_conflicts')
      .select(['notification_a', 'notification_b'])
      .execute();
    return new Set(rows.map((r) => `${r.notification_a}|${r.notification_b}`));
  },

  /**
   * Conflicts the viewer may know of: those involving its party (it always learns of them),
   * and those whose two notifications are both releasable to it.
   */
  visibleConflicts(
    db: Executor,
    viewer: Viewer,
    f: { id?: string; status?: string; notificationId?: string; limit: number; after?: [string, string] },
  ): Promise<ConflictTable[]> {
    let q = db
      .selectFrom('deconfliction_conflicts as c')
      .innerJoin('deconfliction_notifications as na', 'na.id', 'c.notification_a')
      .innerJoin('deconfliction_notifications as nb', 'nb.id', 'c.notification_b')
      .selectAll('c')
      .where((eb) =>
        eb.or([
          eb('c.party_a', '=', viewer.party),
          eb('c.party_b', '=', viewer.party),
          eb.and([visibleTo(viewer, 'na'), visibleTo(viewer, 'nb')]),
        ]),
      );
    if (f.id) q = q.where('c.id', '=', f.id);
    if (f.status) q = q.where('c.status', '=', f.status);
    if (f.notificationId) {
      const n = f.notificationId;
      q = q.where((eb) => eb.or([eb('c.notification_a', '=', n), eb('c.notification_b', '=', n)]));
    }
    if (f.after) {
      const [at, id] = f.after;
      q = q.where((eb) =>
        eb.or([eb('c.detected_at', '<', at), eb.and([eb('c.detected_at', '=', at), eb('c.id', '<', id)])]),
      );
    }
    return q
      .orderBy('c.detected_at', 'desc')
      .orderBy('c.id', 'desc')
      .limit(f.limit + 1)
      .execute();
  },

  openConflictsOf(db: Executor, notificationId: string): Promise<ConflictTable[]> {
    return db
      .selectFrom('deconfliction_conflicts')
      .selectAll()
      .where('status', '=', 'open')
      .where((eb) =>
        eb.or([eb('notification_a', '=', notificationId), eb('notification_b', '=', notificationId)]),
      )
      .execute();
  },

  async updateConflict(db: Executor, id: string, patch: Partial<ConflictTable>): Promise<void> {
    await db.updateTable('deconfliction_conflicts').set(patch).where('id', '=', id).execute();
  },

  async insertConflictAck(db: Executor, row: ConflictAcknowledgementTable): Promise<boolean> {
    const res = await db
      .insertInto('deconfliction_conflict_acknowledgements')
      .values(row)
      .onConflict((oc) => oc.columns(['conflict_id', 'party']).doNothing())
      .executeTakeFirst();
    return Number(res.numInsertedOrUpdatedRows ?? 0n) > 0;
  },

  conflictAcks(db: Executor, ids: readonly string[]): Promise<ConflictAcknowledgementTable[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return db
      .selectFrom('deconfliction_conflict_acknowledgements')
      .selectAll()
      .where('conflict_id', 'in', ids)
      .orderBy('acknowledged_at')
      .execute();
  },

  conflictAcksByKeys(db: Executor, keys: readonly string[]): Promise<ConflictAcknowledgementTable[]> {
    if (keys.length === 0) return Promise.resolve([]);
    return db
      .selectFrom('deconfliction_conflict_acknowledgements')
      .selectAll()
      .where(sql<string>`conflict_id || ':' || party`, 'in', keys)
      .execute();
  },

  async insertHotline(db: Executor, row: HotlineMessageTable): Promise<void> {
    await db.insertInto('deconfliction_hotline').values(row).execute();
  },

  hotlineUnfiltered(db: Executor, ids: readonly string[]): Promise<HotlineMessageTable[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return db.selectFrom('deconfliction_hotline').selectAll().where('id', 'in', ids).execute();
  },

  visibleHotline(
    db: Executor,
    viewer: Viewer,
    f: { notificationId?: string; conflictId?: string; limit: number; after?: [string, string] },
  ): Promise<HotlineMessageTable[]> {
    let q = db.selectFrom('deconfliction_hotline as h').selectAll().where(visibleTo(viewer, 'h'));
    if (f.notificationId) q = q.where('h.notification_id', '=', f.notificationId);
    if (f.conflictId) q = q.where('h.conflict_id', '=', f.conflictId);
    if (f.after) {
      const [at, id] = f.after;
      q = q.where((eb) =>
        eb.or([eb('h.sent_at', '>', at), eb.and([eb('h.sent_at', '=', at), eb('h.id', '>', id)])]),
      );
    }
    return q
      .orderBy('h.sent_at')
      .orderBy('h.id')
      .limit(f.limit + 1)
      .execute();
  },

  /**
   * Conflict ids among `ids` whose two notifications the viewer may both see (ledger lookups,
   * which answer the conflict's stored row: a party that only learns of a conflict with a
   * national-only activity must not learn the other side from it).
   */
  async fullyVisibleConflictIds(db: Executor, viewer: Viewer, ids: readonly string[]): Promise<Set<string>> {
    if (ids.length === 0) return new Set<string>();
    const rows = await db
      .selectFrom('deconfliction_conflicts as c')
      .innerJoin('deconfliction_notifications as na', 'na.id', 'c.notification_a')
      .innerJoin('deconfliction_notifications as nb', 'nb.id', 'c.notification_b')
      .select('c.id')
      .where('c.id', 'in', ids)
      .where(visibleTo(viewer, 'na'))
      .where(visibleTo(viewer, 'nb'))
      .execute();
    return new Set(rows.map((r) => r.id));
  },

  async count(db: Executor, viewer: Viewer, status?: readonly string[]): Promise<number> {
    let q = db
      .selectFrom('deconfliction_notifications as n')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where(visibleTo(viewer, 'n'));
    if (status) q = q.where('n.status', 'in', status);
    return Number((await q.executeTakeFirstOrThrow()).n);
  },
};
