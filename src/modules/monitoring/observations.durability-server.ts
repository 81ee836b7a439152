import pino from 'pino';
import { loadConfig } from '../../platform/config.js';
import { openContext } from '../../platform/bootstrap.js';
import { auditModule } from '../../platform/audit/audit.module.js';
import { buildServer } from '../../platform/http/server.js';
import type { GuarantorModule } from '../../platform/module.js';
import { coalitionModule } from '../coalition/coalition.module.js';
import { ledgerModule } from '../ledger/ledger.module.js';
import { monitoringModule } from './monitoring.module.js';

/** The modules the monitoring engine needs, in registry order (tests and benchmarks). */
export const MONITORING_MODULES: readonly GuarantorModule[] = [
  auditModule,
  coalitionModule,
  ledgerModule,
  monitoringModule,
];

/**
 * A server of the monitoring engine alone on `DATABASE_URL`, listening on an ephemeral port
 * of 127.0.0.1 and printing `LISTENING <port>`: the process the durability test kills with
 * SIGKILL and the ingest benchmark drives over HTTP.
 */
async function main(): Promise<void> {
  const config = { ...loadConfig(), logLevel: 'silent', rateLimitPerMinute: 1_000_000 };
  const ctx = await openContext(config, MONITORING_MODULES, { logger: pino({ level: 'silent' }) });
  const app = await buildServer(ctx, MONITORING_MODULES, ctx.services.accounts, { logger: false });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  // SIGTERM ends the process normally, so that exit hooks run (a `--cpu-prof` profile is written).
  process.once('SIGTERM', () => void app.close().finally(() => process.exit(0)));
  process.stdout.write(`LISTENING ${typeof address === 'object' && address ? address.port : 0}\n`);
}

if (process.argv[1]?.endsWith('observations.durability-server.ts')) {
  main().catch((error: unknown) => {
    process.stderr.write(`${String(error)}\n`);
    process.exit(1);
  });
}
