import type { AppContext } from '../../platform/context.js';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, REPRESENTATIVES, ROSTER } from './coalition.roster.js';
import { accountsRepository } from './accounts.repository.js';

const SCENARIO = { system: 'scenario' } as const;

/** Loads the coalition registry and the demo accounts; skips what is there already. */
export async function loadCoalitionExercise(
  ctx: AppContext,
  progress: (message: string) => void,
): Promise<void> {
  const { parties, accounts } = ctx.services;
  const existing = await parties.codes();
  for (const party of ROSTER) {
    if (!existing.has(party.code)) await parties.create(SCENARIO, party);
  }
  for (const rep of REPRESENTATIVES) {
    const current = await parties.get(
      { userId: '', username: 'scenario', party: rep.party, role: 'viewer', inCoalition: true },
      rep.party,
    );
    if (!current.representatives?.some((r) => r.name === rep.name)) {
      await parties.addRepresentative(SCENARIO, rep.party, {
        name: rep.name,
        office: rep.office,
        source: rep.source,
      });
    }
  }
  progress(`coalition: ${ROSTER.length} parties, ${REPRESENTATIVES.length} representatives`);
  let added = 0;
  for (const account of DEMO_ACCOUNTS) {
    if (await accountsRepository.userByUsername(ctx.db, account.username)) continue;
    await accounts.createUser(SCENARIO, { ...account, password: DEMO_PASSWORD, exercise: true });
    added++;
  }
  progress(`coalition: ${added} demo accounts added (${DEMO_ACCOUNTS.length} in all)`);
}
