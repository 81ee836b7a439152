import pino, { type Logger } from 'pino';
import type { Config } from './config.js';
import type { AppContext, Services } from './context.js';
import { openDatabase } from './db/database.js';
import { migrateToLatest } from './db/migrate.js';
import { createLocalBus, createPostgresBus } from './events/bus.js';
import type { GuarantorModule } from './module.js';

/** Options of `openContext`. */
export interface OpenOptions {
  /** Apply pending migrations first (default true). */
  migrate?: boolean;
  logger?: Logger;
}

/**
 * Opens the database, applies migrations, starts the event bus and creates every module's
 * services, in the registry's order.
 */
export async function openContext(
  config: Config,
  modules: readonly GuarantorModule[],
  options: OpenOptions = {},
): Promise<AppContext> {
  const log = options.logger ?? pino({ level: config.logLevel });
  const handle = openDatabase(config.databaseUrl);
  try {
    if (options.migrate !== false) {
      const applied = await migrateToLatest(handle.db, modules);
      if (applied.length > 0) log.info({ applied }, 'database migrated');
    }
    const bus =
      handle.dialect === 'postgres' ? await createPostgresBus(config.databaseUrl, log) : createLocalBus();
    const ctx: AppContext = {
      config,
      db: handle.db,
      dialect: handle.dialect,
      log,
      bus,
      services: {} as Services,
      async close() {
        await bus.close();
        await handle.close();
      },
    };
    for (const module of modules) module.services?.(ctx);
    return ctx;
  } catch (error) {
    await handle.close();
    throw error;
  }
}
