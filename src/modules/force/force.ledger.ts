import type { AppContext } from '../../platform/context.js';
import type { Executor } from '../../platform/db/database.js';
import { offerContent, presentLine } from './force.present.js';
import type { ForceOfferTable, TransferOfAuthorityTable } from './force.tables.js';

/** What the ledger proves of a transfer of authority: the row, without who may see it. */
export function transferContent(row: TransferOfAuthorityTable): unknown {
  return { ...row, owner_party: undefined, releasability: undefined, releasable_to: undefined };
}

/** Appends a new leaf for each offer whose content changed (its releasability, with its commitment's). */
export async function recordOffers(ctx: AppContext, trx: Executor, offers: ForceOfferTable[]): Promise<void> {
  if (offers.length === 0) return;
  await ctx.services.ledger.record(
    trx,
    offers.map((o) => ({ kind: 'force.offer', recordId: o.id, content: offerContent(o) })),
  );
}

/**
 * Registers the force module's record kinds with the ledger, so that its audit reloads
 * requirement lines, offers and transfers of authority and finds any changed behind the
 * application, and so that proofs of them go to the parties that may see them.
 */
export function registerForceLedgerSources(ctx: AppContext): void {
  const ledger = ctx.services.ledger;
  ledger.registerTableSource('force.line', 'requirement_lines', 'id', presentLine);
  ledger.registerTableSource('force.offer', 'force_offers', 'id', offerContent);
  ledger.registerTableSource('force.transfer', 'transfers_of_authority', 'id', transferContent);
}
