import type { Command } from 'commander';
import type { AppContext } from '../../platform/context.js';

/** `guarantor deconfliction detect`: the batch conflict run, for a scheduler or an operator. */
export function deconflictionCli(program: Command, open: () => Promise<AppContext>): void {
  program
    .command('deconfliction')
    .description('Deconfliction of notified sites, movements and 4-D activities')
    .command('detect')
    .description('Expire overdue notifications and detect conflicts among all live ones')
    .action(async () => {
      const ctx = await open();
      try {
        const run = await ctx.services.deconfliction.conflicts.detectAll({ system: 'cli' });
        process.stdout.write(
          `checked ${run.checked} live notifications: ${run.pairs} conflicting pairs, ${run.added} new, ${run.expired} expired (${run.durationMs} ms)\n`,
        );
      } finally {
        await ctx.close();
      }
    });
}
