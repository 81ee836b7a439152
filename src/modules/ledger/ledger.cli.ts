import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import type { AppContext } from '../../platform/context.js';
import { auditLedger } from './audit-log.js';
import { parseVerifierKey } from './note.js';
import { bundlesOf, verifyBundle, type ProofBundle } from './verify-bundle.js';
import { createWitnessKey, readWitnessKey, witnessOnce, type WitnessState } from './witness-client.js';

function readJson(file: string): unknown {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`${file}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** `guarantor ledger …`: checkpoint, proof, verify, audit, witness, witness-key. */
export function ledgerCli(program: Command, open: () => Promise<AppContext>): void {
  const ledger = program
    .command('ledger')
    .description('The verifiable ledger (RFC 9162 log with signed checkpoints)');

  ledger
    .command('checkpoint')
    .description('Sign a checkpoint of the whole log now and print its signed note')
    .action(async () => {
      const ctx = await open();
      try {
        process.stdout.write((await ctx.services.ledgerCheckpoints.issue()).note);
      } finally {
        await ctx.close();
      }
    });

  ledger
    .command('proof')
    .description(
      'Write the proof bundle of a record (content, inclusion proof, checkpoint) for offline verification',
    )
    .requiredOption('--kind <kind>', 'record kind, e.g. observation')
    .requiredOption('--record-id <id>', 'record id')
    .option('--out <file>', 'write here instead of standard output')
    .action(async (opts: { kind: string; recordId: string; out?: string }) => {
      const ctx = await open();
      try {
        const bundle = await ctx.services.ledgerProofs.bundle(opts.kind, opts.recordId);
        const text = `${JSON.stringify(bundle, null, 2)}\n`;
        if (opts.out) writeFileSync(opts.out, text);
        else process.stdout.write(text);
      } finally {
        await ctx.close();
      }
    });

  ledger
    .command('verify')
    .description(
      'Check records (a proof bundle or a case file) against a signed checkpoint and inclusion proofs, offline',
    )
    .requiredOption(
      '--bundle <file>',
      'proof bundle JSON, an array of them, or a case file { records: [...] }',
    )
    .requiredOption(
      '--key <verifierKey>',
      "the log's verifier key (or a file holding it), as published at /api/v1/ledger/key",
    )
    .option('--content <file>', 'JSON content of the record, when the bundle has none')
    .option('--origin <origin>', 'require this checkpoint origin')
    .action((opts: { bundle: string; key: string; content?: string; origin?: string }) => {
      const keyText = existsSync(opts.key) ? readFileSync(opts.key, 'utf8') : opts.key;
      const logKey = parseVerifierKey(keyText);
      const bundles = bundlesOf(readJson(opts.bundle));
      if (opts.content !== undefined) {
        if (bundles.length !== 1) throw new Error('--content applies to a bundle of one record');
        (bundles[0] as ProofBundle).content = readJson(opts.content);
      }
      let failed = 0;
      for (const b of bundles) {
        const r = verifyBundle(b, logKey, opts.origin);
        if (r.ok)
          process.stdout.write(
            `OK      ${r.kind} ${r.recordId}: leaf ${r.leafIndex} included in checkpoint ${r.treeSize}\n`,
          );
        else {
          failed += 1;
          process.stdout.write(`FAILED  ${r.kind} ${r.recordId}: ${r.problems.join('; ')}\n`);
        }
      }
      process.stdout.write(`${bundles.length - failed} of ${bundles.length} records verified\n`);
      if (failed > 0) process.exitCode = 1;
    });

  ledger
    .command('audit')
    .description(
      'Recompute every leaf from the stored records; report rows changed or removed behind the application (exit 1 when any)',
    )
    .option('--json', 'print the report as JSON')
    .action(async (opts: { json?: boolean }) => {
      const ctx = await open();
      try {
        const report = await auditLedger(ctx.db, ctx.services.ledger, (done, total) => {
          if (process.stderr.isTTY) process.stderr.write(`\raudited ${done} of ${total} leaves`);
        });
        if (process.stderr.isTTY) process.stderr.write('\n');
        if (opts.json) process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
        else {
          process.stdout.write(
            `ledger audit: ${report.leavesChecked} leaves, ${report.recordsChecked} records reloaded\n`,
          );
          if (report.checkpoint)
            process.stdout.write(
              `checkpoint ${report.checkpoint.treeSize}: root ${report.checkpoint.rootMatches ? 'matches' : 'DOES NOT MATCH'} the leaves\n`,
            );
          for (const k of report.uncheckedKinds)
            process.stdout.write(`not reloaded (no source registered): ${k.kind} (${k.leaves} leaves)\n`);
          for (const f of report.findings)
            process.stdout.write(`${f.type.toUpperCase().padEnd(8)} ${f.detail}\n`);
          process.stdout.write(
            report.findings.length ? `${report.findings.length} findings\n` : 'no findings\n',
          );
        }
        if (report.findings.length > 0) process.exitCode = 1;
      } finally {
        await ctx.close();
      }
    });

  ledger
    .command('witness')
    .description(
      'Witness the log: fetch the newest checkpoint, verify it and its consistency with the last one seen, co-sign and post',
    )
    .requiredOption('--url <url>', 'base URL of the Guarantor server')
    .requiredOption('--key <file>', 'witness key file (from `guarantor ledger witness-key`)')
    .option('--state <file>', 'where the last checkpoint seen is kept (default <key file>.state.json)')
    .option(
      '--log-key <verifierKey>',
      "pin the log's verifier key (default: the one remembered, else trust on first use)",
    )
    .option('--token <token>', 'API token of a user of the witness party (default GUARANTOR_TOKEN)')
    .action(async (opts: { url: string; key: string; state?: string; logKey?: string; token?: string }) => {
      const token = opts.token ?? process.env.GUARANTOR_TOKEN;
      if (!token) throw new Error('give --token or set GUARANTOR_TOKEN');
      const stateFile = opts.state ?? `${opts.key}.state.json`;
      const state = existsSync(stateFile) ? (readJson(stateFile) as WitnessState) : null;
      const result = await witnessOnce({
        url: opts.url,
        signer: readWitnessKey(opts.key),
        state,
        token,
        ...(opts.logKey ? { logKey: opts.logKey } : {}),
      });
      writeFileSync(stateFile, `${JSON.stringify(result.state, null, 2)}\n`);
      process.stdout.write(
        `witnessed checkpoint ${result.treeSize}${state ? ` (consistent with ${state.treeSize})` : ' (first checkpoint seen)'}${result.added ? '' : ', co-signed already'}\n`,
      );
    });

  ledger
    .command('witness-key')
    .description(
      'Create a witness key file and print its verifier key (register it with POST /api/v1/ledger/witnesses)',
    )
    .requiredOption('--name <name>', 'key name, e.g. fra.witness')
    .requiredOption('--out <file>', 'key file to create (mode 0600)')
    .action((opts: { name: string; out: string }) => {
      process.stdout.write(`${createWitnessKey(opts.out, opts.name)}\n`);
    });
}
