import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { loadConfig } from '../../src/platform/config.js';
import type { AppContext } from '../../src/platform/context.js';
import { openContext } from '../../src/platform/bootstrap.js';
import type { Dialect } from '../../src/platform/db/database.js';
import type { App } from '../../src/platform/http/app-type.js';
import type { Role } from '../../src/platform/access/viewer.js';
import type { Viewer } from '../../src/platform/access/viewer.js';
import { createServer, MODULES } from '../../src/modules/registry.js';
import { createScratchDatabase, type ScratchDatabase } from './databases.js';

/** A running application on a scratch database, with factories for its users. */
export interface TestApp {
  dialect: Dialect;
  ctx: AppContext;
  app: App;
  /** Creates a party (if new) and a user of it with the role; returns auth headers for inject. */
  signIn(
    party: string,
    role: Role,
    options?: { coalitionRole?: 'host' | 'member' | 'partner' | 'observer' },
  ): Promise<TestUser>;
  close(): Promise<void>;
}

/** A user made by `signIn`, with ready-made credentials. */
export interface TestUser {
  viewer: Viewer;
  username: string;
  /** `{ authorization: 'Bearer …' }` for `app.inject`. */
  headers: Record<string, string>;
}

const PARTY_NAMES: Record<string, string> = {
  UKR: 'Ukraine',
  GBR: 'United Kingdom',
  FRA: 'France',
  DEU: 'Germany',
  USA: 'United States',
};

/**
 * Starts Guarantor on a fresh database of the dialect, migrated, with no data. Users are made
 * through the services (as the CLI does) and authenticate with API tokens, so that tests do
 * not pay for argon2 on every user.
 */
export async function startTestApp(dialect: Dialect, env: Record<string, string> = {}): Promise<TestApp> {
  const scratch: ScratchDatabase = await createScratchDatabase(dialect);
  const dataDir = mkdtempSync(join(tmpdir(), 'guarantor-data-'));
  const config = {
    ...loadConfig({ ...process.env, GUARANTOR_DATA_DIR: dataDir, ...env }),
    databaseUrl: scratch.url,
    logLevel: 'silent',
    rateLimitPerMinute: 100_000,
  };
  const ctx = await openContext(config, MODULES, { logger: pino({ level: 'silent' }) });
  const app = await createServer(ctx, { logger: false });
  await app.ready();
  const system = { system: 'test' } as const;
  return {
    dialect,
    ctx,
    app,
    async signIn(party, role, options = {}) {
      if (!(await ctx.services.parties.exists(party))) {
        await ctx.services.parties.create(system, {
          code: party,
          name: PARTY_NAMES[party] ?? `Party ${party}`,
          kind: party === 'EU' || party === 'NATO' ? 'institution' : 'state',
          coalitionRole: options.coalitionRole ?? (party === 'UKR' ? 'host' : 'member'),
          parliamentApproval: null,
        });
      }
      const username = `${party.toLowerCase()}.${role}.${randomBytes(3).toString('hex')}`;
      const user = await ctx.services.accounts.createUser(system, { username, party, role });
      const { token } = await ctx.services.accounts.createToken(system, username, 'test');
      const viewer = (await ctx.services.accounts.viewerForToken(token))!;
      return { viewer, username, headers: { authorization: `Bearer ${token}` }, id: user.id };
    },
    async close() {
      await app.close();
      await ctx.close();
      await scratch.drop();
    },
  };
}
