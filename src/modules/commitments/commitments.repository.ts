import type { Selectable } from 'kysely';
import type { Viewer } from '../../platform/access/viewer.js';
import { visibleTo } from '../../platform/access/releasability.js';
import type { Executor } from '../../platform/db/database.js';
import type {
  CommitmentEventTable,
  CommitmentHistoryTable,
  CommitmentTable,
  DomesticApprovalTable,
} from './commitments.tables.js';
import './commitments.tables.js';

/** Filters of the commitment list. */
export interface CommitmentFilter {
  party?: string;
  kind?: string;
  state?: string;
  pillar?: string;
  requirementRef?: string;
  exercise?: boolean;
  ids?: readonly string[];
}

/** SQL of the commitments core. Every read filters by the viewer's releasability. */
export const commitmentsRepository = {
  async insert(db: Executor, row: CommitmentTable): Promise<void> {
    await db.insertInto('commitments').values(row).execute();
  },

  async update(db: Executor, id: string, patch: Partial<CommitmentTable>): Promise<void> {
    await db.updateTable('commitments').set(patch).where('id', '=', id).execute();
  },

  get(db: Executor, viewer: Viewer, id: string): Promise<CommitmentTable | undefined> {
    return db
      .selectFrom('commitments as c')
      .selectAll('c')
      .where('c.id', '=', id)
      .where(visibleTo(viewer, 'c'))
      .executeTakeFirst();
  },

  /** Visible commitments, oldest first, keyset-paginated on (created_at, id). */
  list(
    db: Executor,
    viewer: Viewer,
    filter: CommitmentFilter,
    page?: { after?: [string, string]; limit: number },
  ): Promise<CommitmentTable[]> {
    let q = db.selectFrom('commitments as c').selectAll('c').where(visibleTo(viewer, 'c'));
    if (filter.party) q = q.where('c.owner_party', '=', filter.party);
    if (filter.kind) q = q.where('c.kind', '=', filter.kind);
    if (filter.state) q = q.where('c.state', '=', filter.state);
    if (filter.pillar) q = q.where('c.pillar', '=', filter.pillar);
    if (filter.requirementRef) q = q.where('c.requirement_ref', '=', filter.requirementRef);
    if (filter.exercise !== undefined) q = q.where('c.exercise', '=', filter.exercise ? 1 : 0);
    if (filter.ids) {
      if (filter.ids.length === 0) return Promise.resolve([]);
      q = q.where('c.id', 'in', filter.ids);
    }
    if (page?.after) {
      const [at, id] = page.after;
      q = q.where((eb) =>
        eb.or([eb('c.created_at', '>', at), eb.and([eb('c.created_at', '=', at), eb('c.id', '>', id)])]),
      );
    }
    q = q.orderBy('c.created_at').orderBy('c.id');
    if (page) q = q.limit(page.limit + 1);
    return q.execute();
  },

  async count(db: Executor, viewer: Viewer, filter: { state?: string } = {}): Promise<number> {
    let q = db
      .selectFrom('commitments as c')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where(visibleTo(viewer, 'c'));
    if (filter.state) q = q.where('c.state', '=', filter.state);
    const row = await q.executeTakeFirstOrThrow();
    return Number(row.n);
  },

  async insertHistory(db: Executor, row: Omit<CommitmentHistoryTable, 'seq'>): Promise<void> {
    await db.insertInto('commitment_history').values(row).execute();
  },

  history(db: Executor, viewer: Viewer, id: string): Promise<Selectable<CommitmentHistoryTable>[]> {
    return db
      .selectFrom('commitment_history as h')
      .selectAll('h')
      .where('h.commitment_id', '=', id)
      .where(visibleTo(viewer, 'h'))
      .orderBy('h.version')
      .orderBy('h.seq')
      .execute();
  },

  async insertApproval(db: Executor, row: DomesticApprovalTable): Promise<void> {
    await db.insertInto('domestic_approvals').values(row).execute();
  },

  async updateApproval(db: Executor, id: string, patch: Partial<DomesticApprovalTable>): Promise<void> {
    await db.updateTable('domestic_approvals').set(patch).where('id', '=', id).execute();
  },

  /** Keeps an approval's releasability that of its commitment. */
  async releaseApprovalsAs(
    db: Executor,
    commitmentId: string,
    cols: Pick<DomesticApprovalTable, 'releasability' | 'releasable_to'>,
  ): Promise<void> {
    await db.updateTable('domestic_approvals').set(cols).where('commitment_id', '=', commitmentId).execute();
  },

  getApproval(db: Executor, viewer: Viewer, id: string): Promise<DomesticApprovalTable | undefined> {
    return db
      .selectFrom('domestic_approvals as a')
      .selectAll('a')
      .where('a.id', '=', id)
      .where(visibleTo(viewer, 'a'))
      .executeTakeFirst();
  },

  /** Visible approvals, of the given commitments or all. */
  approvals(
    db: Executor,
    viewer: Viewer,
    commitmentIds?: readonly string[],
  ): Promise<DomesticApprovalTable[]> {
    let q = db.selectFrom('domestic_approvals as a').selectAll('a').where(visibleTo(viewer, 'a'));
    if (commitmentIds) {
      if (commitmentIds.length === 0) return Promise.resolve([]);
      q = q.where('a.commitment_id', 'in', commitmentIds);
    }
    return q.orderBy('a.created_at').orderBy('a.id').execute();
  },

  getEvent(db: Executor, key: string): Promise<CommitmentEventTable | undefined> {
    return db.selectFrom('commitment_events').selectAll().where('key', '=', key).executeTakeFirst();
  },

  async upsertEvent(db: Executor, row: CommitmentEventTable, exists: boolean): Promise<void> {
    if (exists) await db.updateTable('commitment_events').set(row).where('key', '=', row.key).execute();
    else await db.insertInto('commitment_events').values(row).execute();
  },

  events(db: Executor, viewer: Viewer): Promise<CommitmentEventTable[]> {
    return db
      .selectFrom('commitment_events as e')
      .selectAll('e')
      .where(visibleTo(viewer, 'e'))
      .orderBy('e.key')
      .execute();
  },
};
