import type { Config } from '../platform/config.js';
import type { AppContext } from '../platform/context.js';
import { openContext } from '../platform/bootstrap.js';
import { createServer, MODULES } from '../modules/registry.js';

/** Hooks around `serve`, used by `demo`. */
export interface ServeHooks {
  beforeListen?(ctx: AppContext): Promise<void>;
  afterListen?(url: string): void;
}

/**
 * Serves until SIGTERM or SIGINT, then drains: stops accepting, lets requests in flight
 * finish (each acknowledged write is committed before its answer), closes the database.
 */
export async function serve(config: Config, hooks: ServeHooks = {}): Promise<void> {
  const ctx = await openContext(config, MODULES);
  await hooks.beforeListen?.(ctx);
  const app = await createServer(ctx, { logger: { level: config.logLevel } });
  let closing = false;
  const shutdown = (signal: string) => {
    if (closing) return;
    closing = true;
    app.log.info({ signal }, 'shutting down: draining requests');
    const force = setTimeout(() => process.exit(1), 30_000);
    force.unref();
    // Keep-alive connections that finish their last request during the drain become idle
    // after close() began; close them as they do, or the drain waits on them.
    const sweep = setInterval(() => app.server.closeIdleConnections(), 100);
    sweep.unref();
    app
      .close()
      .then(() => {
        app.log.info('requests drained; closing the database');
        return ctx.close();
      })
      .then(() => {
        app.log.info('stopped');
        process.exit(0);
      })
      .catch((error: unknown) => {
        app.log.error({ err: error }, 'shutdown failed');
        process.exit(1);
      });
  };
  process.on('SIGTERM', () => shutdown('SIGTERM'));
  process.on('SIGINT', () => shutdown('SIGINT'));
  const url = await app.listen({ port: config.port, host: config.host });
  hooks.afterListen?.(url.replace('0.0.0.0', 'localhost').replace('[::]', 'localhost'));
}
