import type { Executor } from '../../platform/db/database.js';
import { visibleTo } from '../../platform/access/releasability.js';
import type { Viewer } from '../../platform/access/viewer.js';
import type { AgreementTable, ClauseTable } from './agreements.tables.js';
import './agreements.tables.js';

/** SQL of agreements and their clauses. Every read filters by releasability. */
export const agreementsRepository = {
  list(db: Executor, viewer: Viewer, filter: { partner?: string } = {}): Promise<AgreementTable[]> {
    let q = db.selectFrom('agreements as a').selectAll().where(visibleTo(viewer, 'a'));
    if (filter.partner) q = q.where('a.partner_party', '=', filter.partner);
    return q.orderBy('a.signed_on').orderBy('a.partner_name').execute();
  },

  get(db: Executor, viewer: Viewer, id: string): Promise<AgreementTable | undefined> {
    return db
      .selectFrom('agreements as a')
      .selectAll()
      .where(visibleTo(viewer, 'a'))
      .where('a.id', '=', id)
      .executeTakeFirst();
  },

  byPartner(db: Executor, partner: string): Promise<AgreementTable | undefined> {
    return db.selectFrom('agreements').selectAll().where('partner_party', '=', partner).executeTakeFirst();
  },

  clauses(db: Executor, viewer: Viewer, agreementIds: readonly string[]): Promise<ClauseTable[]> {
    if (agreementIds.length === 0) return Promise.resolve([]);
    return db
      .selectFrom('agreement_clauses as c')
      .selectAll()
      .where(visibleTo(viewer, 'c'))
      .where('c.agreement_id', 'in', agreementIds)
      .orderBy('c.created_at')
      .orderBy('c.id')
      .execute();
  },

  async insert(db: Executor, row: AgreementTable): Promise<void> {
    await db.insertInto('agreements').values(row).execute();
  },

  async update(db: Executor, id: string, patch: Partial<AgreementTable>): Promise<void> {
    await db.updateTable('agreements').set(patch).where('id', '=', id).execute();
  },

  async insertClause(db: Executor, row: ClauseTable): Promise<void> {
    await db.insertInto('agreement_clauses').values(row).execute();
  },
};
