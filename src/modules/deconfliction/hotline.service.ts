import { randomUUID } from 'node:crypto';
import { canSee, fromColumns, toColumns } from '../../platform/access/releasability.js';
import { requireRole, type Viewer } from '../../platform/access/viewer.js';
import { recordAudit } from '../../platform/audit/audit.service.js';
import type { AppContext } from '../../platform/context.js';
import type { Executor } from '../../platform/db/database.js';
import { isoTime } from '../../platform/db/columns.js';
import { decodeCursor, toPage } from '../../platform/http/pagination.js';
import { badRequest, forbidden, invalidField, notFound, unprocessable } from '../../platform/http/problem.js';
import type { ReleasableColumns } from '../../platform/db/schema.js';
import { DUTY_ROLES, type ConflictsService } from './conflicts.service.js';
import type { HotlineMessage, NewHotlineMessage } from './deconfliction.schemas.js';
import { deconflictionRepository as repo } from './deconfliction.repository.js';
import type { HotlineMessageTable } from './deconfliction.tables.js';
import type { NotificationsService } from './notifications.service.js';

/**
 * The hotline log: timestamped messages between the parties' duty officers about a
 * notification or a conflict. Every message is appended to the ledger with the write.
 */
export class HotlineService {
  constructor(
    private readonly ctx: AppContext,
    private readonly notifications: NotificationsService,
    private readonly conflicts: ConflictsService,
  ) {}

  /**
   * Sends a message. About a notification: releasable as the notification is, or to the
   * sender and `toParty` only. About a conflict: releasable to its two parties only, and
   * the sender must be one of them.
   */
  async send(
    viewer: Viewer,
    input: NewHotlineMessage,
    options: { exercise?: boolean; at?: string } = {},
  ): Promise<HotlineMessage> {
    requireRole(viewer, DUTY_ROLES, 'write on the hotline');
    if ((input.notificationId === undefined) === (input.conflictId === undefined)) {
      throw badRequest('A hotline message is about one notification or one conflict.', [
        { pointer: '/notificationId', detail: 'give notificationId or conflictId, not both or neither' },
      ]);
    }
    const parties = await this.notifications.parties();
    return this.ctx.db.transaction().execute(async (trx) => {
      let rel: ReleasableColumns;
      if (input.notificationId !== undefined) {
        const n = await repo.visibleNotification(trx, viewer, input.notificationId);
        if (!n)
          throw invalidField(
            '/notificationId',
            `no notification ${input.notificationId} is visible to ${viewer.party}`,
          );
        if (input.toParty !== undefined) {
          const to = parties.find((p) => p.code === input.toParty);
          if (!to) throw invalidField('/toParty', `unknown party ${input.toParty}`);
          if (!canSee({ ...viewer, party: to.code, inCoalition: to.inCoalition }, n)) {
            throw unprocessable(`The notification is not releasable to ${to.code}.`, [
              { pointer: '/toParty', detail: 'the addressee may not see this notification' },
            ]);
          }
          rel = toColumns(viewer.party, [...new Set([viewer.party, to.code])]);
        } else {
          const r = fromColumns(n);
          rel = toColumns(
            viewer.party,
            Array.isArray(r) ? [...new Set([...r, n.owner_party])] : r === 'owner' ? [n.owner_party] : r,
          );
        }
      } else {
        const [c] = await repo.conflictsUnfiltered(trx, [input.conflictId!]);
        if (!c || (c.party_a !== viewer.party && c.party_b !== viewer.party)) {
          if (c) throw forbidden('Only the two parties of a conflict write on its hotline.');
          throw notFound(`Conflict ${input.conflictId}`);
        }
        rel = toColumns(viewer.party, [...new Set([c.party_a, c.party_b])]);
      }
      const row: HotlineMessageTable = {
        id: randomUUID(),
        notification_id: input.notificationId ?? null,
        conflict_id: input.conflictId ?? null,
        from_party: viewer.party,
        author: viewer.username,
        to_party: input.toParty ?? null,
        body: input.body,
        sent_at: options.at ?? isoTime(),
        exercise: options.exercise ? 1 : 0,
        ...rel,
      };
      await repo.insertHotline(trx, row);
      await recordAudit(trx, viewer, {
        action: 'send',
        entity: 'deconfliction.hotline',
        entityId: row.id,
        after: row,
        record: row,
      });
      await this.ctx.services.ledger.record(trx, [
        { kind: 'deconfliction.hotline', recordId: row.id, content: row },
      ]);
      const [out] = await this.present(trx, viewer, [row]);
      return out!;
    });
  }

  /** Messages releasable to the viewer, oldest first, optionally of one notification or conflict. */
  async list(
    viewer: Viewer,
    q: { notificationId?: string; conflictId?: string; cursor?: string; limit?: number },
  ) {
    const limit = q.limit ?? 100;
    const after = decodeCursor(q.cursor, 2) as [string, string] | undefined;
    const rows = await repo.visibleHotline(this.ctx.db, viewer, { ...q, limit, after });
    const page = toPage(
      rows,
      limit,
      (r) => [r.sent_at, r.id],
      (r) => r,
    );
    return { items: await this.present(this.ctx.db, viewer, page.items), nextCursor: page.nextCursor };
  }

  /**
   * Presents messages; on a conflict's thread the other party is named only when the
   * viewer's view of the conflict names it (see conflict-view.ts).
   */
  private async present(
    db: Executor,
    viewer: Viewer,
    rows: readonly HotlineMessageTable[],
  ): Promise<HotlineMessage[]> {
    const conflictIds = [
      ...new Set(rows.map((r) => r.conflict_id).filter((id): id is string => id !== null)),
    ];
    const views = await this.conflicts.present(db, viewer, await repo.conflictsUnfiltered(db, conflictIds));
    const named = new Map(
      views.map((v) => [v.id, new Set(v.sides.filter((s) => s.visible).map((s) => s.party))]),
    );
    return rows.map((r) => {
      const shown =
        r.from_party === viewer.party ||
        r.conflict_id === null ||
        named.get(r.conflict_id)?.has(r.from_party) === true;
      return {
        id: r.id,
        notificationId: r.notification_id,
        conflictId: r.conflict_id,
        fromParty: shown ? r.from_party : null,
        author: shown ? r.author : null,
        toParty: r.to_party,
        body: r.body,
        sentAt: r.sent_at,
        exercise: r.exercise === 1,
      };
    });
  }
}
