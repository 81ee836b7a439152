import type { Executor } from '../../platform/db/database.js';
import type { ApiTokenTable, UserTable } from './coalition.tables.js';
import './coalition.tables.js';

/** SQL of users, sessions and API tokens. Callers scope reads to the viewer's party. */
export const accountsRepository = {
  userByUsername(db: Executor, username: string): Promise<UserTable | undefined> {
    return db.selectFrom('users').selectAll().where('username', '=', username).executeTakeFirst();
  },

  userById(db: Executor, id: string): Promise<UserTable | undefined> {
    return db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
  },

  usersOfParty(db: Executor, party: string): Promise<UserTable[]> {
    return db.selectFrom('users').selectAll().where('party_code', '=', party).orderBy('username').execute();
  },

  async insertUser(db: Executor, row: UserTable): Promise<void> {
    await db.insertInto('users').values(row).execute();
  },

  async updateUser(db: Executor, id: string, patch: Partial<UserTable>): Promise<void> {
    await db.updateTable('users').set(patch).where('id', '=', id).execute();
  },

  async countUsers(db: Executor, party?: string): Promise<number> {
    let q = db
      .selectFrom('users')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('disabled', '=', 0);
    if (party) q = q.where('party_code', '=', party);
    return Number((await q.executeTakeFirstOrThrow()).n);
  },

  async insertSession(
    db: Executor,
    row: { id_hash: string; user_id: string; created_at: string; expires_at: string },
  ): Promise<void> {
    await db.insertInto('sessions').values(row).execute();
  },

  sessionUser(db: Executor, idHash: string, now: string) {
    return db
      .selectFrom('sessions as s')
      .innerJoin('users as u', 'u.id', 's.user_id')
      .innerJoin('parties as p', 'p.code', 'u.party_code')
      .select(['u.id', 'u.username', 'u.party_code', 'u.role', 'u.disabled', 'p.coalition_role'])
      .where('s.id_hash', '=', idHash)
      .where('s.expires_at', '>', now)
      .executeTakeFirst();
  },

  async deleteSession(db: Executor, idHash: string): Promise<void> {
    await db.deleteFrom('sessions').where('id_hash', '=', idHash).execute();
  },

  async deleteExpiredSessions(db: Executor, now: string): Promise<void> {
    await db.deleteFrom('sessions').where('expires_at', '<=', now).execute();
  },

  async deleteSessionsOfUser(db: Executor, userId: string): Promise<void> {
    await db.deleteFrom('sessions').where('user_id', '=', userId).execute();
  },

  tokenUser(db: Executor, tokenHash: string) {
    return db
      .selectFrom('api_tokens as t')
      .innerJoin('users as u', 'u.id', 't.user_id')
      .innerJoin('parties as p', 'p.code', 'u.party_code')
      .select([
        't.id as token_id',
        't.last_used_at',
        'u.id',
        'u.username',
        'u.party_code',
        'u.role',
        'u.disabled',
        'p.coalition_role',
      ])
      .where('t.token_hash', '=', tokenHash)
      .where('t.revoked_at', 'is', null)
      .executeTakeFirst();
  },

  async insertToken(db: Executor, row: ApiTokenTable): Promise<void> {
    await db.insertInto('api_tokens').values(row).execute();
  },

  async touchToken(db: Executor, id: string, at: string): Promise<void> {
    await db.updateTable('api_tokens').set({ last_used_at: at }).where('id', '=', id).execute();
  },

  tokenById(db: Executor, id: string) {
    return db
      .selectFrom('api_tokens as t')
      .innerJoin('users as u', 'u.id', 't.user_id')
      .selectAll('t')
      .select(['u.username', 'u.party_code'])
      .where('t.id', '=', id)
      .executeTakeFirst();
  },

  tokens(db: Executor, filter: { party: string; userId?: string }) {
    let q = db
      .selectFrom('api_tokens as t')
      .innerJoin('users as u', 'u.id', 't.user_id')
      .selectAll('t')
      .select(['u.username', 'u.party_code'])
      .where('u.party_code', '=', filter.party);
    if (filter.userId) q = q.where('u.id', '=', filter.userId);
    return q.orderBy('t.created_at', 'desc').execute();
  },

  async revokeToken(db: Executor, id: string, at: string): Promise<void> {
    await db.updateTable('api_tokens').set({ revoked_at: at }).where('id', '=', id).execute();
  },
};
