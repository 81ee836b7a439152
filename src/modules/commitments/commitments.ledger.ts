import type { AppContext, LedgerEntry } from '../../platform/context.js';
import type { Executor } from '../../platform/db/database.js';
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
  ledger.registerTableSource('commitment', 'commitments', 'id', commitmentContent);
  ledger.registerTableSource('commitment.approval', 'domestic_approvals', 'id', presentApproval);
  ledger.registerTableSource('commitment.event', 'commitment_events', 'key', presentEvent);
}
