import { randomUUID } from 'node:crypto';
import { canSee, toColumns } from '../../platform/access/releasability.js';
import { requireRole, type Viewer } from '../../platform/access/viewer.js';
import { recordAudit } from '../../platform/audit/audit.service.js';
import type { AppContext } from '../../platform/context.js';
import { isoTime } from '../../platform/db/columns.js';
import { conflict, notFound, ProblemError, invalidField } from '../../platform/http/problem.js';
import { decodeCursor, toPage } from '../../platform/http/pagination.js';
import { revisionEntry, revisionRow } from './incidents.engine.js';
import { presentComment, presentIncident, presentRevision } from './incidents.present.js';
import { incidentsRepository as repo, type IncidentFilter } from './incidents.repository.js';
import type {
  CommentInput,
  Incident,
  IncidentComment,
  IncidentRevision,
  IncidentStatus,
  TransitionInput,
} from './monitoring.schemas.js';
import type { IncidentTable } from './monitoring.tables.js';
import { observationsRepository } from './observations.repository.js';
import { checkTransition, COMMENTERS, DISPUTABLE } from './workflow.js';

/** Query of incidents: filters plus the page. */
export interface IncidentQuery extends IncidentFilter {
  cursor?: string;
  limit?: number;
}

/**
 * Incidents and their verification workflow. Every change appends an immutable revision
 * (and its ledger leaf) in the same transaction; comments and disputes by any party live on
 * the one shared record.
 */
export class IncidentsService {
  constructor(private readonly ctx: AppContext) {}

  private async withIds(viewer: Viewer, rows: IncidentTable[]): Promise<Incident[]> {
    const ids = await observationsRepository.idsOfIncidents(
      this.ctx.db,
      viewer,
      rows.map((r) => r.id),
    );
    return rows.map((r) => presentIncident(r, ids.get(r.id) ?? []));
  }

  /** One incident the viewer may see, with its observation ids; 404 otherwise. */
  async get(viewer: Viewer, id: string): Promise<Incident> {
    const row = await repo.get(this.ctx.db, viewer, id);
    if (!row) throw notFound(`Incident ${id}`);
    return (await this.withIds(viewer, [row]))[0]!;
  }

  /** A page of live incidents the viewer may see, newest first. */
  async query(
    viewer: Viewer,
    query: IncidentQuery,
  ): Promise<{ items: Incident[]; nextCursor: string | null }> {
    const limit = query.limit ?? 100;
    const after = decodeCursor(query.cursor, 2) as [string, string] | undefined;
    const rows = await repo.page(this.ctx.db, viewer, query, after, limit + 1);
    const page = toPage(
      rows,
      limit,
      (r) => [r.started_at, r.id],
      (r) => r,
    );
    return { items: await this.withIds(viewer, page.items), nextCursor: page.nextCursor };
  }

  /** Number of live incidents the viewer may see under a filter. */
  count(viewer: Viewer, filter: IncidentFilter): Promise<number> {
    return repo.count(this.ctx.db, viewer, filter);
  }

  /** The immutable history of an incident, oldest first. */
  async revisions(viewer: Viewer, id: string): Promise<IncidentRevision[]> {
    await this.get(viewer, id);
    return (await repo.revisions(this.ctx.db, id)).map(presentRevision);
  }

  /** Comments and disputes on an incident that the viewer may see, oldest first. */
  async comments(viewer: Viewer, id: string): Promise<IncidentComment[]> {
    await this.get(viewer, id);
    return (await repo.comments(this.ctx.db, viewer, id)).map(presentComment);
  }

  /**
   * Moves an incident through the verification workflow (see `WORKFLOW`): the role must be
   * allowed the step, the rationale is kept in an immutable revision, and a stale `revision`
   * is a 409.
   */
  async transition(viewer: Viewer, id: string, input: TransitionInput): Promise<Incident> {
    const result = await this.change(viewer, id, input.revision, (row) => {
      const attribution = input.attribution ?? row.attribution;
      const refusal = checkTransition(row.status as IncidentStatus, input.to, viewer.role, {
        sourceCount: row.source_count,
        attribution: input.to === 'attributed' ? (input.attribution ?? null) : attribution,
      });
      if (refusal) throw new ProblemError(refusal.status, refusal.detail);
      return { status: input.to, attribution, kind: 'transition', rationale: input.rationale };
    });
    return result;
  }

  /**
   * A dispute by any party on the shared record: kept as a comment of kind `dispute` and,
   * when the incident is under assessment, a transition to `disputed`.
   */
  async dispute(viewer: Viewer, id: string, input: CommentInput): Promise<Incident> {
    requireRole(viewer, COMMENTERS, 'dispute an incident');
    return this.change(viewer, id, undefined, (row) => {
      const status = DISPUTABLE.includes(row.status as IncidentStatus) ? 'disputed' : row.status;
      return { status, attribution: row.attribution, kind: 'dispute', rationale: input.body, comment: input };
    });
  }

  /** A comment by any party on the shared record, releasable as the incident unless narrowed. */
  async comment(viewer: Viewer, id: string, input: CommentInput): Promise<IncidentComment> {
    requireRole(viewer, COMMENTERS, 'comment on an incident');
    return this.ctx.db.transaction().execute(async (trx) => {
      const row = await repo.get(trx, viewer, id);
      if (!row) throw notFound(`Incident ${id}`);
      const comment = commentRow(viewer, row, 'comment', input);
      await repo.insertComment(trx, comment);
      await recordAudit(trx, viewer, {
        action: 'comment',
        entity: 'incident',
        entityId: id,
        after: { body: input.body },
        record: comment,
      });
      await this.ctx.services.ledger.record(trx, [
        { kind: 'incident.comment', recordId: comment.id, content: comment },
      ]);
      return presentComment(comment);
    });
  }

  private async change(
    viewer: Viewer,
    id: string,
    expectedRevision: number | undefined,
    decide: (row: IncidentTable) => {
      status: string;
      attribution: string | null;
      kind: string;
      rationale: string;
      comment?: CommentInput;
    },
  ): Promise<Incident> {
    const outcome = await this.ctx.db.transaction().execute(async (trx) => {
      // Row lock on PostgreSQL so that two verifiers cannot both move the same revision.
      let q = trx.selectFrom('incidents as i').selectAll().where('i.id', '=', id);
      if (this.ctx.dialect === 'postgres') q = q.forUpdate();
      const before = await q.executeTakeFirst();
      if (!before || !canSee(viewer, before)) throw notFound(`Incident ${id}`);
      if (before.merged_into)
        throw conflict(`Incident ${id} was merged into ${before.merged_into}; act on that one.`, {
          mergedInto: before.merged_into,
        });
      if (expectedRevision !== undefined && expectedRevision !== before.revision) {
        throw conflict(
          `Incident ${id} is at revision ${before.revision}, not ${expectedRevision}; reload it.`,
          { revision: before.revision },
        );
      }
      const d = decide(before);
      const now = isoTime();
      const after: IncidentTable = {
        ...before,
        status: d.status,
        attribution: d.attribution,
        revision: before.revision + 1,
        updated_at: now,
      };
      await repo.update(trx, id, {
        status: after.status,
        attribution: after.attribution,
        revision: after.revision,
        updated_at: now,
      });
      const revision = revisionRow(
        after,
        d.kind,
        d.rationale,
        viewer.username,
        now,
        viewer.party,
        before.status,
      );
      await repo.insertRevisions(trx, [revision]);
      const entries = [revisionEntry(revision)];
      if (d.comment) {
        const comment = commentRow(viewer, before, 'dispute', d.comment);
        await repo.insertComment(trx, comment);
        entries.push({ kind: 'incident.comment', recordId: comment.id, content: comment });
      }
      await recordAudit(trx, viewer, {
        action: d.kind,
        entity: 'incident',
        entityId: id,
        before: { status: before.status, revision: before.revision },
        after: { status: after.status, revision: after.revision, rationale: d.rationale },
        record: before,
      });
      await this.ctx.services.ledger.record(trx, entries);
      return after;
    });
    void this.ctx.bus
      .publish('monitoring.incident', { id, status: outcome.status })
      .catch((error: unknown) => this.ctx.log.warn({ err: error }, 'incident event not published'));
    return this.get(viewer, id);
  }
}

function commentRow(
  viewer: Viewer,
  incident: IncidentTable,
  kind: 'comment' | 'dispute',
  input: CommentInput,
) {
  const columns = input.releasability
    ? toColumns(viewer.party, input.releasability)
    : {
        owner_party: viewer.party,
        releasability: incident.releasability,
        releasable_to: incident.releasable_to,
      };
  if (columns.releasability === 'owner' && incident.owner_party !== viewer.party && kind === 'dispute') {
    throw invalidField('/releasability', 'a dispute must be releasable to the incident owner');
  }
  return {
    id: randomUUID(),
    incident_id: incident.id,
    at: isoTime(),
    author: viewer.username,
    kind,
    body: input.body,
    ...columns,
  };
}
