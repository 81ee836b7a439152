import type { Viewer } from '../../platform/access/viewer.js';
import { visibleTo } from '../../platform/access/releasability.js';
import type { Executor } from '../../platform/db/database.js';
import type {
  ForceOfferTable,
  OfferReadinessTable,
  RequirementLineTable,
  TransferOfAuthorityTable,
} from './force.tables.js';
import './force.tables.js';

/** SQL of the force module. Every read filters by the viewer's releasability. */
export const forceRepository = {
  async insertLine(db: Executor, row: RequirementLineTable): Promise<void> {
    await db.insertInto('requirement_lines').values(row).execute();
  },
  async updateLine(db: Executor, id: string, patch: Partial<RequirementLineTable>): Promise<void> {
    await db.updateTable('requirement_lines').set(patch).where('id', '=', id).execute();
  },
  lineByRef(db: Executor, ref: string): Promise<{ id: string } | undefined> {
    return db.selectFrom('requirement_lines').select('id').where('ref', '=', ref).executeTakeFirst();
  },
  line(db: Executor, viewer: Viewer, id: string): Promise<RequirementLineTable | undefined> {
    return db
      .selectFrom('requirement_lines as l')
      .selectAll('l')
      .where('l.id', '=', id)
      .where(visibleTo(viewer, 'l'))
      .executeTakeFirst();
  },
  lines(db: Executor, viewer: Viewer): Promise<RequirementLineTable[]> {
    return db
      .selectFrom('requirement_lines as l')
      .selectAll('l')
      .where(visibleTo(viewer, 'l'))
      .orderBy('l.ref')
      .execute();
  },

  async insertOffer(db: Executor, row: ForceOfferTable): Promise<void> {
    await db.insertInto('force_offers').values(row).execute();
  },
  async updateOffer(db: Executor, id: string, patch: Partial<ForceOfferTable>): Promise<void> {
    await db.updateTable('force_offers').set(patch).where('id', '=', id).execute();
  },
  offer(db: Executor, viewer: Viewer, id: string): Promise<ForceOfferTable | undefined> {
    return db
      .selectFrom('force_offers as o')
      .selectAll('o')
      .where('o.id', '=', id)
      .where(visibleTo(viewer, 'o'))
      .executeTakeFirst();
  },
  offers(
    db: Executor,
    viewer: Viewer,
    filter: { lineId?: string; party?: string } = {},
  ): Promise<ForceOfferTable[]> {
    let q = db.selectFrom('force_offers as o').selectAll('o').where(visibleTo(viewer, 'o'));
    if (filter.lineId) q = q.where('o.line_id', '=', filter.lineId);
    if (filter.party) q = q.where('o.owner_party', '=', filter.party);
    return q.orderBy('o.created_at').orderBy('o.id').execute();
  },

  async insertReadiness(db: Executor, row: OfferReadinessTable): Promise<void> {
    await db.insertInto('offer_readiness').values(row).execute();
  },
  readiness(db: Executor, viewer: Viewer, offerIds: readonly string[]): Promise<OfferReadinessTable[]> {
    if (offerIds.length === 0) return Promise.resolve([]);
    return db
      .selectFrom('offer_readiness as r')
      .selectAll('r')
      .where('r.offer_id', 'in', offerIds)
      .where(visibleTo(viewer, 'r'))
      .orderBy('r.assessed_at')
      .orderBy('r.id')
      .execute();
  },
  /** Gives the offers of a commitment, their readiness steps and transfers its releasability. */
  async releaseOffersAs(
    db: Executor,
    commitmentId: string,
    cols: Pick<ForceOfferTable, 'releasability' | 'releasable_to'>,
  ): Promise<void> {
    await db.updateTable('force_offers').set(cols).where('commitment_id', '=', commitmentId).execute();
    const offers = db.selectFrom('force_offers').select('id').where('commitment_id', '=', commitmentId);
    await db.updateTable('offer_readiness').set(cols).where('offer_id', 'in', offers).execute();
    await db.updateTable('transfers_of_authority').set(cols).where('offer_id', 'in', offers).execute();
  },
  /** The offers made with a commitment (all, whoever may see them: for the system's own writes). */
  async offersOfCommitment(db: Executor, commitmentId: string): Promise<ForceOfferTable[]> {
    return db.selectFrom('force_offers').selectAll().where('commitment_id', '=', commitmentId).execute();
  },
  async insertTransfer(db: Executor, row: TransferOfAuthorityTable): Promise<void> {
    await db.insertInto('transfers_of_authority').values(row).execute();
  },
  transfers(db: Executor, viewer: Viewer, offerIds: readonly string[]): Promise<TransferOfAuthorityTable[]> {
    if (offerIds.length === 0) return Promise.resolve([]);
    return db
      .selectFrom('transfers_of_authority as t')
      .selectAll('t')
      .where('t.offer_id', 'in', offerIds)
      .where(visibleTo(viewer, 't'))
      .orderBy('t.effective_at')
      .execute();
  },
};
