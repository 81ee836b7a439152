import pino from 'pino';
import type { Config } from '../platform/config.js';
import { openContext } from '../platform/bootstrap.js';
import { isPostgresUrl } from '../platform/db/database.js';
import {
  commitSnapshot,
  discardSnapshot,
  snapshotSqlite,
  sqliteIntegrityProblems,
} from '../platform/db/sqlite-backup.js';
import { badRequest } from '../platform/http/problem.js';
import { auditLedger, type AuditReport } from '../modules/ledger/audit-log.js';
import { MODULES } from '../modules/registry.js';

/** What `guarantor db backup` did. */
export interface BackupReport {
  /** True when the copy was put in place (it may still carry ledger findings of its source). */
  written: boolean;
  bytes: number;
  integrityProblems: string[];
  ledger: AuditReport | null;
}

/**
 * `guarantor db backup FILE`: a consistent copy of the SQLite database, taken while the
 * server runs, that is only put at FILE once it checks out. SQLite checks the copy's pages,
 * indexes and foreign keys; then the ledger audit runs on the copy, so the backup is shown
 * to hold every record the log commits to, unchanged, under the last signed root. A copy
 * SQLite finds damaged is discarded; a sound copy whose ledger has findings is kept (it is
 * the database as it is, and evidence of what changed) and the verb exits 1.
 */
export async function backupDatabase(
  config: Config,
  target: string,
  options: { force?: boolean; say: (line: string) => void; progress?: (done: number, total: number) => void },
): Promise<BackupReport> {
  if (isPostgresUrl(config.databaseUrl))
    throw badRequest(
      'db backup copies a SQLite database; on PostgreSQL use pg_dump --format=custom or the cluster’s own backups (docs/configuration.md, Backups)',
    );
  const snapshot = snapshotSqlite(config.databaseUrl, target, options);
  const { say } = options;
  say(`copied ${config.databaseUrl} (${megabytes(snapshot.bytes)}) in ${(snapshot.ms / 1000).toFixed(1)} s`);
  const integrityProblems = sqliteIntegrityProblems(snapshot.partial);
  if (integrityProblems.length > 0) {
    discardSnapshot(snapshot);
    for (const p of integrityProblems.slice(0, 20)) say(`DAMAGED  ${p}`);
    say(`the copy is damaged (${integrityProblems.length} problems): nothing was written to ${target}`);
    return { written: false, bytes: snapshot.bytes, integrityProblems, ledger: null };
  }
  say('integrity: ok (pages, indexes, foreign keys)');
  let ledger: AuditReport;
  const ctx = await openContext({ ...config, databaseUrl: snapshot.partial }, MODULES, {
    migrate: false,
    logger: pino({ level: 'silent' }),
  });
  try {
    ledger = await auditLedger(ctx.db, ctx.services.ledger, options.progress);
  } finally {
    await ctx.close();
  }
  commitSnapshot(snapshot);
  say(
    `ledger: ${ledger.leavesChecked} leaves, ${ledger.recordsChecked} records reloaded` +
      (ledger.checkpoint
        ? `; checkpoint ${ledger.checkpoint.treeSize}: root ${ledger.checkpoint.rootMatches ? 'matches' : 'DOES NOT MATCH'} the leaves`
        : '; no signed checkpoint yet'),
  );
  for (const f of ledger.findings) say(`${f.type.toUpperCase().padEnd(8)} ${f.detail}`);
  say(
    ledger.findings.length === 0
      ? `backup written: ${target}`
      : `backup written: ${target}, with ${ledger.findings.length} ledger findings of the database it copies (see guarantor ledger audit)`,
  );
  return { written: true, bytes: snapshot.bytes, integrityProblems, ledger };
}

const megabytes = (bytes: number) => `${(bytes / 1_048_576).toFixed(1)} MB`;
