import type { GuarantorModule } from '../../platform/module.js';
import { ledgerMigrations } from './ledger.migrations.js';
import { LedgerService } from './ledger.service.js';

declare module '../../platform/context.js' {
  interface Services {
    ledger: LedgerService;
  }
}

/** The verifiable ledger: RFC 9162 Merkle log, signed checkpoints, proofs, witnesses, audit. */
export const ledgerModule: GuarantorModule = {
  name: 'ledger',
  migrations: ledgerMigrations,
  services(ctx) {
    ctx.services.ledger = new LedgerService(ctx.db, ctx.dialect);
  },
};
