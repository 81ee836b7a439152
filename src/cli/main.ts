import { Command, CommanderError } from 'commander';
import { loadConfig } from '../platform/config.js';
import { openContext } from '../platform/bootstrap.js';
import { migrateToLatest } from '../platform/db/migrate.js';
import { openDatabase } from '../platform/db/database.js';
import { ProblemError } from '../platform/http/problem.js';
import { loadScenario } from '../platform/scenario/load-scenario.js';
import { MODULES } from '../modules/registry.js';
import { serve } from './serve.js';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../modules/coalition/coalition.roster.js';
import { ensureWebBuilt } from './web-build.js';
import { backupDatabase } from './db-backup.js';

/** The `guarantor` command: every verb, with `--help` on each. */
export function buildProgram(): Command {
  const program = new Command('guarantor')
    .description(
      "Guarantor: the coalition's shared system of record (DATABASE_URL, PORT, HOST: see docs/configuration.md)",
    )
    .showHelpAfterError()
    .exitOverride();
  const open = () => openContext(loadConfig({ LOG_LEVEL: 'warn', ...process.env }), MODULES);

  program
    .command('serve')
    .description('Serve the API and the web application (migrates the database first)')
    .action(async () => {
      await serve(loadConfig());
    });

  program
    .command('demo')
    .description('Load the exercise scenario if needed and serve it (builds the web application if missing)')
    .action(async () => {
      // The demo console shows the sign-ins; request logs stay quiet unless LOG_LEVEL asks.
      const config = loadConfig({ LOG_LEVEL: 'warn', ...process.env });
      await ensureWebBuilt(config.webRoot);
      await serve(config, {
        beforeListen: async (ctx) => loadScenario(ctx, MODULES, (m) => process.stdout.write(`  ${m}\n`)),
        afterListen: (url) => {
          process.stdout.write(`\nGuarantor EXERCISE scenario at ${url}\n`);
          process.stdout.write(`Sign in with any of these accounts, password "${DEMO_PASSWORD}":\n`);
          for (const a of DEMO_ACCOUNTS)
            process.stdout.write(`  ${a.username.padEnd(18)} ${a.party.padEnd(5)} ${a.role}\n`);
          process.stdout.write('\n');
        },
      });
    });

  const db = program.command('db').description('Database maintenance');
  db.command('migrate')
    .description('Apply pending migrations to DATABASE_URL')
    .action(async () => {
      const handle = openDatabase(loadConfig().databaseUrl);
      try {
        const applied = await migrateToLatest(handle.db, MODULES);
        process.stdout.write(applied.length ? `applied ${applied.join(', ')}\n` : 'database is up to date\n');
      } finally {
        await handle.close();
      }
    });

  db.command('backup')
    .description(
      'Copy the SQLite database to FILE while the server runs, check the copy (SQLite integrity, ledger audit) and only then put it in place; exit 1 on findings',
    )
    .argument('<FILE>', 'the new backup file')
    .option('--force', 'replace FILE if it exists')
    .action(async (file: string, opts: { force?: boolean }) => {
      const tty = process.stderr.isTTY;
      const report = await backupDatabase(loadConfig({ LOG_LEVEL: 'warn', ...process.env }), file, {
        force: opts.force === true,
        say: (line) => process.stdout.write(`${line}\n`),
        progress: (done, total) => {
          if (tty) process.stderr.write(`\raudited ${done} of ${total} leaves${done === total ? '\n' : ''}`);
        },
      });
      if (!report.written || (report.ledger?.findings.length ?? 0) > 0) process.exitCode = 1;
    });

  program
    .command('scenario')
    .description('Exercise scenario')
    .command('load')
    .description('Load the exercise scenario (marked EXERCISE); skips what is loaded')
    .action(async () => {
      const ctx = await open();
      try {
        await loadScenario(ctx, MODULES, (m) => process.stdout.write(`${m}\n`));
      } finally {
        await ctx.close();
      }
    });

  for (const module of MODULES) module.cli?.(program, open);
  return program;
}

/** Runs the CLI; exits non-zero with the problem's detail on failure. */
export async function main(argv: string[]): Promise<void> {
  const program = buildProgram();
  try {
    await program.parseAsync(argv);
  } catch (error) {
    if (error instanceof CommanderError) {
      process.exitCode = error.exitCode;
      return;
    }
    if (error instanceof ProblemError) {
      const where = error.errors
        ?.map((e) =>
          [e.line ? `line ${e.line}` : '', e.pointer ?? e.field ?? '', e.detail].filter(Boolean).join(' '),
        )
        .join('\n  ');
      process.stderr.write(`guarantor: ${error.message}${where ? `\n  ${where}` : ''}\n`);
    } else {
      process.stderr.write(`guarantor: ${error instanceof Error ? error.message : String(error)}\n`);
    }
    process.exitCode = 1;
  }
}
