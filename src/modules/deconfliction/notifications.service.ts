import { createHash, randomUUID } from 'node:crypto';
import canonicalize from 'canonicalize';
import { toColumns } from '../../platform/access/releasability.js';
import { requireRole, type Viewer } from '../../platform/access/viewer.js';
import { recordAudit } from '../../platform/audit/audit.service.js';
import type { AppContext, LedgerEntry } from '../../platform/context.js';
import type { Executor } from '../../platform/db/database.js';
import { isoTime } from '../../platform/db/columns.js';
import { decodeCursor, toPage } from '../../platform/http/pagination.js';
import { badRequest, conflict, forbidden, notFound, unprocessable } from '../../platform/http/problem.js';
import { DUTY_ROLES, type ConflictsService } from './conflicts.service.js';
import type {
  NewNotification,
  Notification,
  NotificationState,
  Submission,
} from './deconfliction.schemas.js';
import { deconflictionRepository as repo, type NotificationFilter } from './deconfliction.repository.js';
import type { NotificationTable } from './deconfliction.tables.js';
import { prepareVolume, volumesConflict } from './conflict-rule.js';
import { addresseesOf, presentNotification, type PartyStanding } from './notification-present.js';
import { checkLeadTime, checkNotification, KIND_DEFAULTS, volumeOf } from './notification-rules.js';

/** Options of a submission made by the system (exercise loader, imports). */
export interface SubmitOptions {
  /** The submission time, epoch ms (defaults to now); the lead-time rule counts from it. */
  now?: number;
  exercise?: boolean;
}

const TRANSITIONS: Record<'relayed' | 'active' | 'completed' | 'withdrawn', readonly NotificationState[]> = {
  relayed: ['submitted'],
  active: ['relayed', 'acknowledged'],
  completed: ['active'],
  withdrawn: ['submitted', 'relayed', 'acknowledged', 'active'],
};

function contentHash(input: NewNotification): string {
  const { clientId: _clientId, ...content } = input;
  return createHash('sha256')
    .update(canonicalize(content) ?? '')
    .digest('hex');
}

function isUniqueViolation(error: unknown): boolean {
  const e = error as { code?: string; message?: string };
  return (
    e.code === '23505' ||
    e.code === 'SQLITE_CONSTRAINT_UNIQUE' ||
    /UNIQUE constraint failed/.test(e.message ?? '')
  );
}

/** Notifications: submission with the instant conflict check, workflow, receipts, lists. */
export class NotificationsService {
  constructor(
    private readonly ctx: AppContext,
    private readonly conflicts: ConflictsService,
  ) {}

  /** Every party with its coalition standing, for addressing receipts. */
  async parties(): Promise<PartyStanding[]> {
    const all = await this.ctx.services.parties.list({
      userId: '',
      username: 'system',
      party: 'NATO',
      role: 'viewer',
      inCoalition: true,
    });
    return all.map((p) => ({ code: p.code, inCoalition: p.coalitionRole !== 'observer' }));
  }

  // `parties` is read before any transaction: on SQLite the transaction holds the only connection.
  private async presentAll(
    db: Executor,
    rows: readonly NotificationTable[],
    parties?: readonly PartyStanding[],
  ): Promise<Notification[]> {
    const standing = parties ?? (await this.parties());
    const receipts = await repo.receipts(
      db,
      rows.map((r) => r.id),
    );
    return rows.map((r) => presentNotification(r, receipts, standing));
  }

  private async answer(
    db: Executor,
    viewer: Viewer,
    row: NotificationTable,
    replayed: boolean,
    parties?: readonly PartyStanding[],
  ): Promise<Submission> {
    const stored = await repo.visibleConflicts(db, viewer, { notificationId: row.id, limit: 1_000 });
    const [notification] = await this.presentAll(db, [row], parties);
    return {
      notification: notification!,
      conflicts: await this.conflicts.present(db, viewer, stored),
      replayed,
    };
  }

  /**
   * Submits a notification and answers at once with the conflicts it has with every live
   * notification — whoever owns them, redacted to what the viewer may see. A retry with the
   * same `clientId` and content answers the original (`replayed: true`); the same id with
   * other content is a 409.
   */
  async submit(
    actor: Viewer | { system: string; party: string },
    input: NewNotification,
    options: SubmitOptions = {},
  ): Promise<Submission> {
    const viewer: Viewer =
      'system' in actor
        ? {
            userId: '',
            username: `system:${actor.system}`,
            party: actor.party,
            role: 'coordinator',
            inCoalition: true,
          }
        : actor;
    if (!('system' in actor)) {
      requireRole(viewer, DUTY_ROLES, 'submit a notification');
      if (input.kind === 'zone') requireRole(viewer, ['coordinator'], 'declare a no-go zone');
    }
    const hash = contentHash(input);
    const replay = async (): Promise<Submission | null> => {
      const existing = await repo.byClientId(this.ctx.db, viewer.party, input.clientId);
      if (!existing) return null;
      if (existing.content_hash !== hash) {
        throw conflict(`clientId ${input.clientId} was used for a different notification.`, {
          errors: [{ pointer: '/clientId', detail: 'already used with other content' }],
        });
      }
      return this.answer(this.ctx.db, viewer, existing, true);
    };
    const earlier = await replay();
    if (earlier) return earlier;
    const now = options.now ?? Date.now();
    const errors = checkNotification(input);
    if (errors.length > 0)
      throw badRequest(errors.map((e) => `${e.pointer}: ${e.detail}`).join('; '), errors);
    const late = checkLeadTime(input, now);
    if (late) throw unprocessable(`${late.pointer}: ${late.detail}`, [late]);

    const defaults = KIND_DEFAULTS[input.kind];
    const altitude = input.altitude ?? defaults.altitude!;
    const at = isoTime(now);
    const base = {
      id: randomUUID(),
      owner_party: viewer.party,
      kind: input.kind,
      geometry_json: JSON.stringify(input.geometry),
      radius_m: input.radiusM ?? null,
      corridor_width_m: input.corridorWidthM ?? null,
      lower_m: altitude.lowerM,
      upper_m: altitude.upperM,
      altitude_datum: altitude.datum,
      starts_at: isoTime(Date.parse(input.startsAt)),
      ends_at: input.endsAt === undefined ? null : isoTime(Date.parse(input.endsAt)),
      lateral_buffer_m: input.lateralBufferM ?? defaults.lateralBufferM,
      vertical_buffer_m: input.verticalBufferM ?? defaults.verticalBufferM,
    };
    const prepared = prepareVolume(volumeOf(base));
    const { west, south, east, north } = prepared;
    const row: NotificationTable = {
      ...base,
      ...toColumns(viewer.party, input.releasability),
      client_id: input.clientId,
      content_hash: hash,
      category: input.category,
      title: input.title,
      description: input.description ?? '',
      min_lon: west,
      min_lat: south,
      max_lon: east,
      max_lat: north,
      schedule_json: input.schedule ? JSON.stringify(input.schedule) : null,
      emergency: input.emergency ? 1 : 0,
      // Zones are declared by coordinators and stand from the moment they are recorded.
      status: input.kind === 'zone' ? 'active' : 'submitted',
      exercise: options.exercise ? 1 : 0,
      submitted_by: viewer.username,
      submitted_at: at,
      updated_at: at,
    };
    const parties = await this.parties();
    // The instant answer holds the submission against monitoring's current no-go zones too.
    const zones = await this.conflicts.zoneMirror.plan();
    try {
      return await this.ctx.db.transaction().execute(async (trx) => {
        await this.conflicts.zoneMirror.apply(trx, zones);
        await repo.insertNotification(trx, row);
        const candidates = await repo.candidates(trx, [west, south, east, north], row.starts_at, row.ends_at);
        const hits = candidates.filter(
          (c) => c.id !== row.id && volumesConflict(prepared, prepareVolume(volumeOf(c))),
        );
        await recordAudit(trx, 'system' in actor ? { system: actor.system } : viewer, {
          action: 'submit',
          entity: 'deconfliction.notification',
          entityId: row.id,
          after: row,
          record: row,
        });
        await this.ctx.services.ledger.record(trx, [
          { kind: 'deconfliction.notification', recordId: row.id, content: row },
        ]);
        await this.conflicts.store(trx, row, hits, 'submit');
        return this.answer(trx, viewer, row, false, parties);
      });
    } catch (error) {
      // Two retries raced: the loser answers with the winner's result.
      if (isUniqueViolation(error)) {
        const winner = await replay();
        if (winner) return winner;
      }
      throw error;
    }
  }

  /** Notifications releasable to the viewer, by start time. */
  async list(
    viewer: Viewer,
    q: Omit<NotificationFilter, 'after' | 'limit'> & { cursor?: string; limit?: number },
  ) {
    const limit = q.limit ?? 100;
    const after = decodeCursor(q.cursor, 2) as [string, string] | undefined;
    const rows = await repo.listNotifications(this.ctx.db, viewer, { ...q, limit, after });
    const page = toPage(
      rows,
      limit,
      (r) => [r.starts_at, r.id],
      (r) => r,
    );
    return { items: await this.presentAll(this.ctx.db, page.items), nextCursor: page.nextCursor };
  }

  /** One notification; 404 when unknown or not releasable to the viewer. */
  async get(
    viewer: Viewer,
    id: string,
    db: Executor = this.ctx.db,
    parties?: readonly PartyStanding[],
  ): Promise<Notification> {
    const row = await repo.visibleNotification(db, viewer, id);
    if (!row) throw notFound(`Notification ${id}`);
    const [one] = await this.presentAll(db, [row], parties);
    return one!;
  }

  /**
   * Moves a notification along its workflow: `relayed` (any coordinator — the deconfliction
   * cell — or the owner's duty officers), `active`, `completed`, `withdrawn` (the owner).
   * Withdrawing or completing resolves its open conflicts.
   */
  async transition(viewer: Viewer, id: string, to: keyof typeof TRANSITIONS): Promise<Notification> {
    requireRole(viewer, DUTY_ROLES, 'change a notification');
    const parties = await this.parties();
    return this.ctx.db.transaction().execute(async (trx) => {
      const row = await repo.visibleNotification(trx, viewer, id);
      if (!row) throw notFound(`Notification ${id}`);
      const mayRelay = to === 'relayed' && viewer.role === 'coordinator';
      if (row.owner_party !== viewer.party && !mayRelay) {
        throw forbidden(`Only ${row.owner_party} may mark its notification ${to}.`);
      }
      if (!TRANSITIONS[to].includes(row.status as NotificationState)) {
        throw unprocessable(`A notification that is ${row.status} cannot become ${to}.`, [
          { pointer: '/to', detail: `allowed from ${TRANSITIONS[to].join(', ')}` },
        ]);
      }
      const at = isoTime();
      await repo.setStatus(trx, id, to, at);
      if (to === 'withdrawn' || to === 'completed')
        await this.conflicts.closeFor(trx, id, `notification ${to}`);
      const after = { ...row, status: to, updated_at: at };
      await recordAudit(trx, viewer, {
        action: to,
        entity: 'deconfliction.notification',
        entityId: id,
        before: { status: row.status },
        after: { status: to },
        record: row,
      });
      await this.ctx.services.ledger.record(trx, [
        { kind: 'deconfliction.notification', recordId: id, content: after },
      ]);
      return this.get(viewer, id, trx, parties);
    });
  }

  /**
   * Records that the viewer's party has received the notification. Receipt, never approval:
   * it says the party has the information. When every addressee has acknowledged receipt of
   * a relayed notification, it becomes `acknowledged`.
   */
  async acknowledgeReceipt(viewer: Viewer, id: string): Promise<Notification> {
    requireRole(viewer, DUTY_ROLES, 'acknowledge receipt of a notification');
    const parties = await this.parties();
    return this.ctx.db.transaction().execute(async (trx) => {
      const row = await repo.visibleNotification(trx, viewer, id);
      if (!row) throw notFound(`Notification ${id}`);
      const addressees = addresseesOf(row, parties);
      if (!addressees.includes(viewer.party)) {
        throw forbidden(`${viewer.party} is not an addressee of this notification.`);
      }
      if (!['relayed', 'acknowledged', 'active'].includes(row.status)) {
        throw unprocessable(
          `A notification that is ${row.status} is not awaiting receipts; it must be relayed first.`,
        );
      }
      const receipt = {
        notification_id: id,
        party: viewer.party,
        received_by: viewer.username,
        received_at: isoTime(),
      };
      if (await repo.insertReceipt(trx, receipt)) {
        await recordAudit(trx, viewer, {
          action: 'acknowledge-receipt',
          entity: 'deconfliction.notification',
          entityId: id,
          after: receipt,
          record: row,
        });
        const entries: LedgerEntry[] = [
          { kind: 'deconfliction.receipt', recordId: `${id}:${viewer.party}`, content: receipt },
        ];
        const received = new Set((await repo.receipts(trx, [id])).map((r) => r.party));
        if (row.status === 'relayed' && addressees.every((p) => received.has(p))) {
          await repo.setStatus(trx, id, 'acknowledged', receipt.received_at);
          entries.push({
            kind: 'deconfliction.notification',
            recordId: id,
            content: { ...row, status: 'acknowledged', updated_at: receipt.received_at },
          });
        }
        await this.ctx.services.ledger.record(trx, entries);
      }
      return this.get(viewer, id, trx, parties);
    });
  }

  /** The acknowledgement matrix: visible notifications × addressee parties, receipt times. */
  async receiptMatrix(viewer: Viewer, q: Omit<NotificationFilter, 'after' | 'limit'> & { limit?: number }) {
    const rows = await repo.listNotifications(this.ctx.db, viewer, { ...q, limit: q.limit ?? 200 });
    const items = await this.presentAll(this.ctx.db, rows.slice(0, q.limit ?? 200));
    const parties = [...new Set(items.flatMap((n) => n.addressees))].sort();
    return {
      parties,
      rows: items.map((n) => ({
        notificationId: n.id,
        title: n.title,
        party: n.party,
        status: n.status,
        startsAt: n.startsAt,
        receipts: Object.fromEntries(
          n.addressees.map((p) => [p, n.receipts.find((r) => r.party === p)?.receivedAt ?? null]),
        ),
      })),
    };
  }

  /** Number of live notifications the viewer may see (overview). */
  countLive(viewer: Viewer): Promise<number> {
    return repo.count(this.ctx.db, viewer, ['submitted', 'relayed', 'acknowledged', 'active']);
  }
}
