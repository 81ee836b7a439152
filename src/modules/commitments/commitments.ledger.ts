import type { AppContext, LedgerEntry } from '../../platform/context.js';
import type { Executor } from '../../platform/db/database.js';
import { visibleTo } from '../../platform/access/releasability.js';
import type { Viewer } from '../../platform/access/viewer.js';
import { presentApproval, presentCommitment, presentEvent } from './commitments.present.js';
import type { CommitmentTable } from './commitments.tables.js';

/** Appends entries to the verifiable ledger in the caller's transaction (docs/ledger.md). */
export async function appendToLedger(ctx: AppContext, trx: Executor, entries: LedgerEntry[]): Promise<void> {
  await ctx.services.ledger.record(trx, entries);
}

/** What the ledger proves of a commitment: its API form without the approvals (they have their own leaves). */
export function commitmentContent(row: CommitmentTable): unknown {
  const { approvals: _approvals, ...rest } = presentCommitment(row);
  return rest;
}

/** Who made a change, as history rows name it. */
export function actorName(actor: { system: string } | { username: string }): string {
  return 'system' in actor ? `system:${actor.system}` : actor.username;
}

/** Registers the commitment record kinds with the ledger, so that its audit can reload them. */
export function registerLedgerSources(ctx: AppContext): void {
  const ledger = ctx.services.ledger;
  ledger.registerSource(
    'commitment',
    async (db, ids) => {
      const rows = ids.length
        ? await db.selectFrom('commitments').selectAll().where('id', 'in', ids).execute()
        : [];
      return new Map(rows.map((r) => [r.id, commitmentContent(r)]));
    },
    { visible: (db, viewer, ids) => visibleIds(db, viewer, 'commitments', 'id', ids) },
  );
  ledger.registerSource(
    'commitment.approval',
    async (db, ids) => {
      const rows = ids.length
        ? await db.selectFrom('domestic_approvals').selectAll().where('id', 'in', ids).execute()
        : [];
      return new Map(rows.map((r) => [r.id, presentApproval(r)]));
    },
    { visible: (db, viewer, ids) => visibleIds(db, viewer, 'domestic_approvals', 'id', ids) },
  );
  ledger.registerSource(
    'commitment.event',
    async (db, ids) => {
      const rows = ids.length
        ? await db.selectFrom('commitment_events').selectAll().where('key', 'in', ids).execute()
        : [];
      return new Map(rows.map((r) => [r.key, presentEvent(r)]));
    },
    { visible: (db, viewer, ids) => visibleIds(db, viewer, 'commitment_events', 'key', ids) },
  );
}

async function visibleIds(
  db: Executor,
  viewer: Viewer,
  table: 'commitments' | 'domestic_approvals' | 'commitment_events',
  column: 'id' | 'key',
  ids: string[],
): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await db
    .selectFrom(`${table} as t` as 'commitments as t')
    .select(`t.${column}` as 't.id')
    .where(`t.${column}` as 't.id', 'in', ids)
    .where(visibleTo(viewer, 't'))
    .execute();
  return new Set(rows.map((r) => r.id));
}
