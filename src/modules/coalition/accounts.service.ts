import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../../platform/db/schema.js';
import { isoTime } from '../../platform/db/columns.js';
import { ROLES, requireRole, type Role, type Viewer } from '../../platform/access/viewer.js';
import { recordAudit, type AuditActor, getSetting } from '../../platform/audit/audit.service.js';
import type { Authenticator } from '../../platform/http/auth.js';
import {
  conflict,
  forbidden,
  invalidField,
  notFound,
  ProblemError,
  unauthorized,
} from '../../platform/http/problem.js';
import type { ApiToken, Me, NewUser, User, UserPatch } from './coalition.schemas.js';
import type { UserTable } from './coalition.tables.js';
import { accountsRepository as repo } from './accounts.repository.js';
import { partiesRepository } from './parties.repository.js';
import { hashPassword, newSecret, secretHash, verifyPassword } from './secrets.js';

/** Failed sign-ins in a row before an account is locked. */
export const MAX_FAILED_LOGINS = 5;
/** How long a locked account stays locked, in milliseconds. */
export const LOCK_MS = 15 * 60 * 1000;

// A user record is national: only its own party sees it in the audit trail.
const ownedBy = (party: string) =>
  ({ owner_party: party, releasability: 'owner', releasable_to: '' }) as const;

function presentUser(u: UserTable): User {
  return {
    id: u.id,
    username: u.username,
    displayName: u.display_name,
    party: u.party_code,
    role: u.role as Role,
    disabled: u.disabled === 1,
    exercise: u.exercise === 1,
    createdAt: u.created_at,
  };
}

function toViewer(
  row: { id: string; username: string; party_code: string; role: string; coalition_role: string },
  tokenId?: string,
): Viewer {
  return {
    userId: row.id,
    username: row.username,
    party: row.party_code,
    role: (ROLES as readonly string[]).includes(row.role) ? (row.role as Role) : 'viewer',
    inCoalition: row.coalition_role !== 'observer',
    ...(tokenId ? { tokenId } : {}),
  };
}

/** Users, password sign-in, sessions and API tokens. */
export class AccountsService implements Authenticator {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly sessionTtlSeconds: number,
  ) {}

  /** Creates a user. Coordinators add users to their own party; the CLI (system) to any. */
  async createUser(actor: AuditActor, input: NewUser & { exercise?: boolean }): Promise<User> {
    if ('role' in actor) requireRole(actor, ['coordinator'], 'add users');
    if (!(await partiesRepository.get(this.db, input.party)))
      throw invalidField('/party', `unknown party ${input.party}`);
    if ('role' in actor && input.party !== actor.party) {
      throw forbidden(`A coordinator of ${actor.party} adds users of ${actor.party} only.`);
    }
    const now = isoTime();
    const row: UserTable = {
      id: randomUUID(),
      username: input.username,
      display_name: input.displayName ?? input.username,
      party_code: input.party,
      role: input.role,
      password_hash: input.password ? await hashPassword(input.password) : null,
      disabled: 0,
      failed_logins: 0,
      locked_until: null,
      exercise: input.exercise ? 1 : 0,
      created_at: now,
      updated_at: now,
    };
    await this.db.transaction().execute(async (trx) => {
      if (await repo.userByUsername(trx, input.username))
        throw conflict(`The username ${input.username} is taken.`);
      await repo.insertUser(trx, row);
      await recordAudit(trx, actor, {
        action: 'create',
        entity: 'user',
        entityId: row.id,
        after: presentUser(row),
        record: ownedBy(row.party_code),
      });
    });
    return presentUser(row);
  }

  /** Users of the viewer's party (coordinators). */
  async listUsers(viewer: Viewer): Promise<User[]> {
    requireRole(viewer, ['coordinator'], 'list users');
    return (await repo.usersOfParty(this.db, viewer.party)).map(presentUser);
  }

  /** Changes a user of the coordinator's own party: role, name, disabled, password. */
  async updateUser(viewer: Viewer, id: string, patch: UserPatch): Promise<User> {
    requireRole(viewer, ['coordinator'], 'edit users');
    let after: UserTable | undefined;
    await this.db.transaction().execute(async (trx) => {
      const before = await repo.userById(trx, id);
      if (!before || before.party_code !== viewer.party) throw notFound(`User ${id}`);
      const change: Partial<UserTable> = { updated_at: isoTime() };
      if (patch.displayName !== undefined) change.display_name = patch.displayName;
      if (patch.role !== undefined) change.role = patch.role;
      if (patch.disabled !== undefined) change.disabled = patch.disabled ? 1 : 0;
      if (patch.password !== undefined) {
        change.password_hash = await hashPassword(patch.password);
        change.failed_logins = 0;
        change.locked_until = null;
      }
      await repo.updateUser(trx, id, change);
      // A disabled account or a new password ends every open session at once.
      if (patch.disabled === true || patch.password !== undefined) await repo.deleteSessionsOfUser(trx, id);
      after = { ...before, ...change };
      await recordAudit(trx, viewer, {
        action: 'update',
        entity: 'user',
        entityId: id,
        before: presentUser(before),
        after: presentUser(after),
        record: ownedBy(before.party_code),
      });
    });
    return presentUser(after!);
  }

  /**
   * Checks a password and opens a session. Five failures in a row lock the account for 15
   * minutes (429); the answer for an unknown user takes as long as for a wrong password.
   */
  async login(
    username: string,
    password: string,
  ): Promise<{ sessionId: string; viewer: Viewer; expiresAt: string }> {
    const user = await repo.userByUsername(this.db, username);
    const now = Date.now();
    if (user?.locked_until && Date.parse(user.locked_until) > now) {
      const seconds = Math.ceil((Date.parse(user.locked_until) - now) / 1000);
      throw new ProblemError(429, `Too many failed sign-ins; try again in ${seconds} s.`, {
        type: '/problems/login-throttled',
        extra: { retryAfter: seconds },
      });
    }
    const ok = await verifyPassword(user?.password_hash ?? null, password);
    if (!user || !ok || user.disabled === 1) {
      if (user && !ok) {
        const failed = user.failed_logins + 1;
        await repo.updateUser(this.db, user.id, {
          failed_logins: failed,
          locked_until: failed >= MAX_FAILED_LOGINS ? isoTime(now + LOCK_MS) : null,
        });
      }
      throw unauthorized('The username or password is wrong, or the account is disabled.');
    }
    const sessionId = newSecret('gss');
    const expiresAt = isoTime(now + this.sessionTtlSeconds * 1000);
    await this.db.transaction().execute(async (trx) => {
      await repo.updateUser(trx, user.id, { failed_logins: 0, locked_until: null });
      await repo.insertSession(trx, {
        id_hash: secretHash(sessionId),
        user_id: user.id,
        created_at: isoTime(now),
        expires_at: expiresAt,
      });
      await repo.deleteExpiredSessions(trx, isoTime(now));
    });
    const party = await partiesRepository.get(this.db, user.party_code);
    return {
      sessionId,
      expiresAt,
      viewer: toViewer({ ...user, coalition_role: party?.coalition_role ?? 'observer' }),
    };
  }

  /** Ends a session. */
  async logout(sessionId: string): Promise<void> {
    await repo.deleteSession(this.db, secretHash(sessionId));
  }

  /** {@inheritDoc Authenticator.viewerForSession} */
  async viewerForSession(sessionId: string): Promise<Viewer | null> {
    const row = await repo.sessionUser(this.db, secretHash(sessionId), isoTime());
    return row && row.disabled === 0 ? toViewer(row) : null;
  }

  /** {@inheritDoc Authenticator.viewerForToken} */
  async viewerForToken(token: string): Promise<Viewer | null> {
    if (!token.startsWith('gtk_')) return null;
    const row = await repo.tokenUser(this.db, secretHash(token));
    if (!row || row.disabled === 1) return null;
    // Last use is kept to the minute, so that a busy integration does not write on every request.
    const now = isoTime();
    if (!row.last_used_at || Date.parse(now) - Date.parse(row.last_used_at) > 60_000)
      await repo.touchToken(this.db, row.token_id, now);
    return toViewer(row, row.token_id);
  }

  /** The signed-in user with the party's name, for `GET /api/v1/auth/me`. */
  async me(viewer: Viewer): Promise<Me> {
    const user = await repo.userById(this.db, viewer.userId);
    if (!user) throw unauthorized();
    const party = await partiesRepository.get(this.db, user.party_code);
    return {
      id: user.id,
      username: user.username,
      displayName: user.display_name,
      party: user.party_code,
      partyName: party?.name ?? user.party_code,
      role: user.role as Role,
      exercise: (await getSetting(this.db, 'exercise')) === 'loaded',
    };
  }

  /**
   * Creates an API token for a user and returns it once; only its hash is kept. Users
   * create their own; coordinators create them for users of their party; the CLI for anyone.
   */
  async createToken(
    actor: AuditActor,
    username: string,
    name: string,
  ): Promise<{ token: string; meta: ApiToken }> {
    const user = await repo.userByUsername(this.db, username);
    if (!user) throw invalidField('/username', `unknown user ${username}`);
    if ('role' in actor && actor.userId !== user.id) {
      requireRole(actor, ['coordinator'], 'create tokens for other users');
      if (user.party_code !== actor.party) throw invalidField('/username', `unknown user ${username}`);
    }
    const token = newSecret('gtk');
    const id = randomUUID();
    const now = isoTime();
    const row = {
      id,
      user_id: user.id,
      name,
      token_hash: secretHash(token),
      prefix: token.slice(0, 10),
      created_at: now,
      last_used_at: null,
      revoked_at: null,
    };
    await this.db.transaction().execute(async (trx) => {
      await repo.insertToken(trx, row);
      await recordAudit(trx, actor, {
        action: 'create',
        entity: 'api-token',
        entityId: id,
        after: { name, username, prefix: row.prefix },
        record: ownedBy(user.party_code),
      });
    });
    return {
      token,
      meta: {
        id,
        name,
        username,
        party: user.party_code,
        prefix: row.prefix,
        createdAt: now,
        lastUsedAt: null,
        revokedAt: null,
      },
    };
  }

  /** Tokens of the viewer's party (coordinators) or the viewer's own. */
  async listTokens(viewer: Viewer): Promise<ApiToken[]> {
    const rows = await repo.tokens(this.db, {
      party: viewer.party,
      ...(viewer.role === 'coordinator' ? {} : { userId: viewer.userId }),
    });
    return rows.map((t) => ({
      id: t.id,
      name: t.name,
      username: t.username,
      party: t.party_code,
      prefix: t.prefix,
      createdAt: t.created_at,
      lastUsedAt: t.last_used_at,
      revokedAt: t.revoked_at,
    }));
  }

  /** Revokes a token: its owner or a coordinator of the owner's party. */
  async revokeToken(viewer: Viewer, id: string): Promise<void> {
    await this.db.transaction().execute(async (trx) => {
      const token = await repo.tokenById(trx, id);
      if (!token || token.party_code !== viewer.party) throw notFound(`Token ${id}`);
      if (token.user_id !== viewer.userId)
        requireRole(viewer, ['coordinator'], "revoke another user's token");
      if (token.revoked_at) return;
      await repo.revokeToken(trx, id, isoTime());
      await recordAudit(trx, viewer, {
        action: 'revoke',
        entity: 'api-token',
        entityId: id,
        before: { revokedAt: null },
        after: { revokedAt: isoTime() },
        record: ownedBy(token.party_code),
      });
    });
  }

  /** Number of active users, for the overview. */
  countUsers(party?: string): Promise<number> {
    return repo.countUsers(this.db, party);
  }
}
