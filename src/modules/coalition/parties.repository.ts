import type { Executor } from '../../platform/db/database.js';
import type { PartyTable, RepresentativeTable } from './coalition.tables.js';
import './coalition.tables.js';

/** SQL of the party registry. Parties and their representatives are public records. */
export const partiesRepository = {
  list(db: Executor, filter: { role?: string; kind?: string; q?: string }): Promise<PartyTable[]> {
    let q = db.selectFrom('parties').selectAll();
    if (filter.role) q = q.where('coalition_role', '=', filter.role);
    if (filter.kind) q = q.where('kind', '=', filter.kind);
    if (filter.q) {
      const like = `%${filter.q.toLowerCase()}%`;
      q = q.where((eb) =>
        eb.or([eb(eb.fn('lower', ['name']), 'like', like), eb(eb.fn('lower', ['code']), 'like', like)]),
      );
    }
    return q.orderBy('code').execute();
  },

  get(db: Executor, code: string): Promise<PartyTable | undefined> {
    return db.selectFrom('parties').selectAll().where('code', '=', code).executeTakeFirst();
  },

  async insert(db: Executor, row: PartyTable): Promise<void> {
    await db.insertInto('parties').values(row).execute();
  },

  async update(db: Executor, code: string, patch: Partial<PartyTable>): Promise<void> {
    await db.updateTable('parties').set(patch).where('code', '=', code).execute();
  },

  representatives(db: Executor, codes: readonly string[]): Promise<RepresentativeTable[]> {
    if (codes.length === 0) return Promise.resolve([]);
    return db
      .selectFrom('representatives')
      .selectAll()
      .where('party_code', 'in', codes)
      .orderBy('created_at')
      .orderBy('id')
      .execute();
  },

  async insertRepresentative(db: Executor, row: RepresentativeTable): Promise<void> {
    await db.insertInto('representatives').values(row).execute();
  },

  getRepresentative(db: Executor, id: string): Promise<RepresentativeTable | undefined> {
    return db.selectFrom('representatives').selectAll().where('id', '=', id).executeTakeFirst();
  },

  async deleteRepresentative(db: Executor, id: string): Promise<void> {
    await db.deleteFrom('representatives').where('id', '=', id).execute();
  },

  async count(db: Executor): Promise<number> {
    const row = await db
      .selectFrom('parties')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    return Number(row.n);
  },
};
