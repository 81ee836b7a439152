import type { GuarantorModule } from '../../platform/module.js';
import { CheckpointService } from './checkpoints.service.js';
import { ledgerCli } from './ledger.cli.js';
import { ledgerMigrations } from './ledger.migrations.js';
import { ledgerRoutes } from './ledger.routes.js';
import { LedgerService } from './ledger.service.js';
import { ProofService } from './proofs.service.js';
import { loadOrCreateSigner } from './signing-key.js';
import { WitnessService } from './witnesses.service.js';

declare module '../../platform/context.js' {
  interface Services {
    /** Appends leaves (`record`) and registers record sources for the audit. */
    ledger: LedgerService;
    ledgerCheckpoints: CheckpointService;
    ledgerProofs: ProofService;
    ledgerWitnesses: WitnessService;
  }
}

/** Seconds between periodic checkpoints of a server (`LEDGER_CHECKPOINT_SECONDS`, 0 = off). */
function checkpointInterval(): number {
  const raw = process.env.LEDGER_CHECKPOINT_SECONDS;
  const value = raw === undefined || raw === '' ? 60 : Number(raw);
  if (!Number.isInteger(value) || value < 0)
    throw new Error(`LEDGER_CHECKPOINT_SECONDS must be a non-negative integer, got "${raw}"`);
  return value;
}

/** The verifiable ledger: RFC 9162 Merkle log, signed checkpoints, proofs, witnesses, audit. */
export const ledgerModule: GuarantorModule = {
  name: 'ledger',
  migrations: ledgerMigrations,
  services(ctx) {
    const signer = loadOrCreateSigner(ctx.config.ledgerKeyFile, ctx.config.ledgerOrigin);
    const ledger = new LedgerService(ctx.db, ctx.dialect);
    const checkpoints = new CheckpointService(ctx.db, ctx.dialect, ledger, signer, ctx.config.ledgerOrigin);
    ctx.services.ledger = ledger;
    ctx.services.ledgerCheckpoints = checkpoints;
    ctx.services.ledgerProofs = new ProofService(ledger, checkpoints, {
      name: signer.name,
      keyId: signer.keyId,
      publicKey: signer.publicKey,
    });
    ctx.services.ledgerWitnesses = new WitnessService(ctx.db, checkpoints, (code) =>
      ctx.services.parties.exists(code),
    );
  },
  async routes(app, ctx) {
    const checkpoints = ctx.services.ledgerCheckpoints;
    ledgerRoutes(app, {
      proofs: ctx.services.ledgerProofs,
      checkpoints,
      witnesses: ctx.services.ledgerWitnesses,
      logKey: ctx.services.ledgerProofs.logKey,
    });
    // A server signs on start (covering what was loaded before it listens, and checking the
    // stored tree against the last signed root) and then periodically while it grows.
    const issue = () =>
      checkpoints
        .issue()
        .catch((error: unknown) => ctx.log.error({ err: error }, 'ledger checkpoint refused'));
    await issue();
    const seconds = checkpointInterval();
    if (seconds > 0) {
      const timer = setInterval(() => void issue(), seconds * 1000);
      timer.unref();
      app.addHook('onClose', () => clearInterval(timer));
    }
  },
  cli: ledgerCli,
  async exercise(ctx, progress) {
    // Runs in registry order, so it covers the modules before it; a server also signs on
    // start, which covers every module's exercise data loaded before it listens.
    const checkpoint = await ctx.services.ledgerCheckpoints.issue();
    progress(`ledger: checkpoint of ${checkpoint.treeSize} leaves signed (EXERCISE data)`);
  },
};
