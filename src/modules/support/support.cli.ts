import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import cliProgress from 'cli-progress';
import type { Command } from 'commander';
import type { AppContext } from '../../platform/context.js';

/** The `import` command group, shared with other modules' imports. */
export function importCommand(program: Command): Command {
  return (
    program.commands.find((c) => c.name() === 'import') ??
    program.command('import').description('Import data sets into Guarantor')
  );
}

/** `guarantor import kiel FILE`: imports a Kiel Ukraine Support Tracker release with a progress bar. */
export function supportCli(program: Command, open: () => Promise<AppContext>): void {
  importCommand(program)
    .command('kiel')
    .description(
      'Import a Kiel Institute Ukraine Support Tracker release (XLSX or CSV); all or nothing, re-import updates',
    )
    .argument('<file>', 'the tracker workbook (.xlsx) or its CSV export')
    .option('--party <code>', 'party recorded as the importer', 'NATO')
    .action(async (file: string, opts: { party: string }) => {
      const bytes = new Uint8Array(readFileSync(file));
      const ctx = await open();
      const bar = new cliProgress.SingleBar(
        { format: 'kiel  [{bar}] {value}/{total} rows', clearOnComplete: false, stream: process.stderr },
        cliProgress.Presets.shades_classic,
      );
      let started = false;
      try {
        const result = await ctx.services.supportTracker.importFile(
          { system: 'cli', party: opts.party },
          { name: basename(file), bytes },
          (done, total) => {
            if (!started) {
              bar.start(total, 0);
              started = true;
            }
            bar.update(done);
          },
        );
        if (started) bar.stop();
        process.stdout.write(
          result.duplicateOf
            ? `${basename(file)} was imported before (import ${result.duplicateOf}); nothing changed\n`
            : `imported ${result.rows} rows of ${result.fileName}: ${result.inserted} new, ${result.updated} updated, ${result.unchanged} unchanged, ${result.withdrawn} withdrawn (import ${result.id})\n`,
        );
      } finally {
        if (started) bar.stop();
        await ctx.close();
      }
    });
}
