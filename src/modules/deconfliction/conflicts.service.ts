import { randomUUID } from 'node:crypto';
import { requireRole, type Viewer } from '../../platform/access/viewer.js';
import { recordAudit, type AuditActor } from '../../platform/audit/audit.service.js';
import type { AppContext } from '../../platform/context.js';
import type { Executor } from '../../platform/db/database.js';
import { isoTime } from '../../platform/db/columns.js';
import { decodeCursor, toPage } from '../../platform/http/pagination.js';
import { forbidden, notFound, unprocessable } from '../../platform/http/problem.js';
import { mayKnowConflict, presentConflict } from './conflict-view.js';
import type { Conflict } from './deconfliction.schemas.js';
import { deconflictionRepository as repo } from './deconfliction.repository.js';
import type { ConflictTable, NotificationTable } from './deconfliction.tables.js';
import { ConflictIndex } from './find-conflicts.js';
import { MonitoringZoneMirror } from './monitoring-zones.js';
import { volumeOf } from './notification-rules.js';

/** Roles of the duty officers who notify, acknowledge and resolve. */
export const DUTY_ROLES = ['coordinator', 'planner', 'integration'] as const;

/** The stored conflict of two notifications (ordered by id), with the overlap of their windows. */
export function conflictRow(
  x: NotificationTable,
  y: NotificationTable,
  detectedBy: 'submit' | 'batch',
  at: string,
): ConflictTable {
  const [a, b] = x.id < y.id ? [x, y] : [y, x];
  const start = a.starts_at > b.starts_at ? a.starts_at : b.starts_at;
  const end =
    a.ends_at === null
      ? b.ends_at
      : b.ends_at === null
        ? a.ends_at
        : a.ends_at < b.ends_at
          ? a.ends_at
          : b.ends_at;
  return {
    id: randomUUID(),
    notification_a: a.id,
    notification_b: b.id,
    party_a: a.owner_party,
    party_b: b.owner_party,
    overlap_start: start,
    overlap_end: end,
    status: 'open',
    resolution: null,
    resolved_by_party: null,
    resolved_at: null,
    detected_by: detectedBy,
    detected_at: at,
    exercise: a.exercise === 1 && b.exercise === 1 ? 1 : 0,
  };
}

/** What a batch run did. */
export interface DetectionRun {
  /** Live notifications compared. */
  checked: number;
  /** Conflicting pairs among them. */
  pairs: number;
  /** Pairs stored for the first time by this run. */
  added: number;
  /** Notifications expired because their window ended before they became active. */
  expired: number;
  durationMs: number;
}

/** Conflicts between notifications: detection, the redacted views, acknowledgement, resolution. */
export class ConflictsService {
  /** Monitoring's buffer zones and disengagement areas, mirrored as no-go zones. */
  readonly zoneMirror: MonitoringZoneMirror;

  constructor(private readonly ctx: AppContext) {
    this.zoneMirror = new MonitoringZoneMirror(ctx, this);
  }

  /**
   * Stores the conflicts of `row` with `others` in the caller's transaction, with their
   * ledger leaves; answers the stored rows (new or already known).
   */
  async store(
    trx: Executor,
    row: NotificationTable,
    others: readonly NotificationTable[],
    detectedBy: 'submit' | 'batch',
  ): Promise<ConflictTable[]> {
    const at = isoTime();
    const out: ConflictTable[] = [];
    const added: ConflictTable[] = [];
    for (const other of others) {
      const c = conflictRow(row, other, detectedBy, at);
      if (await repo.insertConflict(trx, c)) {
        added.push(c);
        out.push(c);
      } else {
        const stored = await repo.conflictByPair(trx, c.notification_a, c.notification_b);
        if (stored) out.push(stored);
      }
    }
    await this.ctx.services.ledger.record(
      trx,
      added.map((c) => ({ kind: 'deconfliction.conflict', recordId: c.id, content: c })),
    );
    return out;
  }

  /**
   * The batch run (coordinators, the CLI, a scheduler): mirrors monitoring's current zone
   * set, expires overdue notifications, then compares every live notification with every other through the index and stores the
   * conflicts not yet known.
   */
  async detectAll(actor: AuditActor): Promise<DetectionRun> {
    if ('role' in actor) requireRole(actor, ['coordinator'], 'run conflict detection');
    const started = Date.now();
    const zones = await this.zoneMirror.plan();
    return this.ctx.db.transaction().execute(async (trx) => {
      await this.zoneMirror.apply(trx, zones);
      const now = isoTime();
      const overdue = await repo.overdue(trx, now);
      for (const n of overdue) await repo.setStatus(trx, n.id, 'expired', now);
      await this.ctx.services.ledger.record(
        trx,
        overdue.map((n) => ({
          kind: 'deconfliction.notification',
          recordId: n.id,
          content: { ...n, status: 'expired', updated_at: now },
        })),
      );
      const live = await repo.live(trx);
      const byId = new Map(live.map((n) => [n.id, n]));
      const pairs = new ConflictIndex(live.map(volumeOf)).allPairs();
      const known = await repo.storedPairs(trx);
      const fresh = pairs.filter((p) => !known.has(`${p.a}|${p.b}`));
      const rows = fresh.map((p) => conflictRow(byId.get(p.a)!, byId.get(p.b)!, 'batch', now));
      for (const c of rows) await repo.insertConflict(trx, c);
      const run: DetectionRun = {
        checked: live.length,
        pairs: pairs.length,
        added: rows.length,
        expired: overdue.length,
        durationMs: Date.now() - started,
      };
      await recordAudit(trx, actor, {
        action: 'detect',
        entity: 'deconfliction.run',
        entityId: now,
        after: run,
        // The run's summary counts every party's records: only coordinators' audit sees it.
        record: { owner_party: 'NATO', releasability: 'coalition', releasable_to: '' },
      });
      await this.ctx.services.ledger.record(
        trx,
        rows.map((c) => ({ kind: 'deconfliction.conflict', recordId: c.id, content: c })),
      );
      return run;
    });
  }

  /** Presents stored conflicts for the viewer, dropping those it may not know of. */
  async present(db: Executor, viewer: Viewer, rows: readonly ConflictTable[]): Promise<Conflict[]> {
    const ids = [...new Set(rows.flatMap((c) => [c.notification_a, c.notification_b]))];
    const notes = new Map((await repo.notificationsUnfiltered(db, ids)).map((n) => [n.id, n]));
    const acks = await repo.conflictAcks(
      db,
      rows.map((c) => c.id),
    );
    const out: Conflict[] = [];
    for (const c of rows) {
      const a = notes.get(c.notification_a);
      const b = notes.get(c.notification_b);
      if (!a || !b || !mayKnowConflict(viewer, c, a, b)) continue;
      out.push(
        presentConflict(
          viewer,
          c,
          a,
          b,
          acks.filter((k) => k.conflict_id === c.id),
        ),
      );
    }
    return out;
  }

  /** Conflicts the viewer may know of, newest first. */
  async list(
    viewer: Viewer,
    q: { status?: string; notificationId?: string; cursor?: string; limit?: number },
  ) {
    const limit = q.limit ?? 100;
    const after = decodeCursor(q.cursor, 2) as [string, string] | undefined;
    const rows = await repo.visibleConflicts(this.ctx.db, viewer, { ...q, limit, after });
    const page = toPage(
      rows,
      limit,
      (r) => [r.detected_at, r.id],
      (r) => r,
    );
    return { items: await this.present(this.ctx.db, viewer, page.items), nextCursor: page.nextCursor };
  }

  /** One conflict; 404 when the viewer may not know of it. */
  async get(viewer: Viewer, id: string, db: Executor = this.ctx.db): Promise<Conflict> {
    const rows = await repo.visibleConflicts(db, viewer, { id, limit: 1 });
    const [one] = await this.present(db, viewer, rows.slice(0, 1));
    if (!one) throw notFound(`Conflict ${id}`);
    return one;
  }

  private async involved(trx: Executor, viewer: Viewer, id: string, action: string): Promise<ConflictTable> {
    requireRole(viewer, DUTY_ROLES, action);
    const [row] = await repo.visibleConflicts(trx, viewer, { id, limit: 1 });
    if (!row) throw notFound(`Conflict ${id}`);
    if (row.party_a !== viewer.party && row.party_b !== viewer.party) {
      throw forbidden(`Only the two parties of a conflict may ${action}.`);
    }
    return row;
  }

  /** Records that the viewer's party has seen the conflict (idempotent). */
  async acknowledge(viewer: Viewer, id: string): Promise<Conflict> {
    return this.ctx.db.transaction().execute(async (trx) => {
      const c = await this.involved(trx, viewer, id, 'acknowledge a conflict');
      const ack = {
        conflict_id: c.id,
        party: viewer.party,
        acknowledged_by: viewer.username,
        acknowledged_at: isoTime(),
      };
      if (await repo.insertConflictAck(trx, ack)) {
        await recordAudit(trx, viewer, {
          action: 'acknowledge',
          entity: 'deconfliction.conflict',
          entityId: c.id,
          after: ack,
          record: {
            owner_party: viewer.party,
            releasability: 'parties',
            releasable_to: `,${[c.party_a, c.party_b].sort().join(',')},`,
          },
        });
        await this.ctx.services.ledger.record(trx, [
          { kind: 'deconfliction.conflict-ack', recordId: `${c.id}:${viewer.party}`, content: ack },
        ]);
      }
      return this.get(viewer, id, trx);
    });
  }

  /** Marks the conflict resolved with how it was resolved (either party). */
  async resolve(viewer: Viewer, id: string, resolution: string): Promise<Conflict> {
    return this.ctx.db.transaction().execute(async (trx) => {
      const c = await this.involved(trx, viewer, id, 'resolve a conflict');
      if (c.status === 'resolved') throw unprocessable(`Conflict ${id} is resolved already.`);
      const patch = {
        status: 'resolved',
        resolution,
        resolved_by_party: viewer.party,
        resolved_at: isoTime(),
      };
      await repo.updateConflict(trx, id, patch);
      await recordAudit(trx, viewer, {
        action: 'resolve',
        entity: 'deconfliction.conflict',
        entityId: id,
        before: c,
        after: { ...c, ...patch },
        record: {
          owner_party: viewer.party,
          releasability: 'parties',
          releasable_to: `,${[c.party_a, c.party_b].sort().join(',')},`,
        },
      });
      await this.ctx.services.ledger.record(trx, [
        { kind: 'deconfliction.conflict', recordId: id, content: { ...c, ...patch } },
      ]);
      return this.get(viewer, id, trx);
    });
  }

  /** Resolves the open conflicts of a notification that ended early (withdrawn or completed). */
  async closeFor(trx: Executor, notificationId: string, reason: string): Promise<void> {
    const rows = await repo.openConflictsOf(trx, notificationId);
    const at = isoTime();
    for (const c of rows) {
      const patch = { status: 'resolved', resolution: reason, resolved_by_party: null, resolved_at: at };
      await repo.updateConflict(trx, c.id, patch);
      await this.ctx.services.ledger.record(trx, [
        { kind: 'deconfliction.conflict', recordId: c.id, content: { ...c, ...patch } },
      ]);
    }
  }
}
