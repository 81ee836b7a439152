import type { Command } from 'commander';
import type { AppContext } from '../../platform/context.js';
import { ROLES, type Role } from '../../platform/access/viewer.js';
import { readStdin } from '../../cli/io.js';

const CLI = { system: 'cli' } as const;

/** `guarantor user add` and `guarantor token create`. */
export function coalitionCli(program: Command, open: () => Promise<AppContext>): void {
  program
    .command('user')
    .description('Manage user accounts')
    .command('add')
    .description('Add a user; the password is read from standard input (first line)')
    .requiredOption('--username <username>', 'sign-in name: 3–64 of a-z 0-9 . _ -')
    .requiredOption('--party <code>', 'party code, e.g. GBR, EU')
    .requiredOption('--role <role>', `one of ${ROLES.join(', ')}`)
    .option('--name <displayName>', 'display name')
    .action(async (opts: { username: string; party: string; role: string; name?: string }) => {
      if (!(ROLES as readonly string[]).includes(opts.role))
        throw new Error(`--role must be one of ${ROLES.join(', ')}`);
      if (!/^[a-z0-9][a-z0-9._-]{2,63}$/.test(opts.username))
        throw new Error('--username must be 3–64 of a-z 0-9 . _ -, starting with a letter or digit');
      const password = (await readStdin()).split(/\r?\n/)[0] ?? '';
      if (password.length < 12)
        throw new Error('the password (standard input) must have at least 12 characters');
      const ctx = await open();
      try {
        const user = await ctx.services.accounts.createUser(CLI, {
          username: opts.username,
          party: opts.party,
          role: opts.role as Role,
          password,
          ...(opts.name ? { displayName: opts.name } : {}),
        });
        process.stdout.write(`added ${user.username} (${user.party}, ${user.role}) id ${user.id}\n`);
      } finally {
        await ctx.close();
      }
    });

  program
    .command('token')
    .description('Manage API tokens')
    .command('create')
    .description('Create an API token for a user and print it (shown once)')
    .requiredOption('--username <username>', 'the user the token acts as')
    .requiredOption('--name <name>', 'what the token is for, e.g. "CAM-07 feed"')
    .action(async (opts: { username: string; name: string }) => {
      const ctx = await open();
      try {
        const { token } = await ctx.services.accounts.createToken(CLI, opts.username, opts.name);
        process.stdout.write(`${token}\n`);
      } finally {
        await ctx.close();
      }
    });
}
