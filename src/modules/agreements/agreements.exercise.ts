import type { AppContext } from '../../platform/context.js';
import { AGREEMENT_REGISTRY } from './agreements.registry.js';
import { agreementsRepository } from './agreements.repository.js';

const SCENARIO = { system: 'scenario' } as const;

/**
 * Loads the real registry of the 2024 bilateral security agreements (sourced; not exercise
 * data), each with its clauses as commitments of its partner. Skips partners already loaded.
 */
export async function loadAgreementsExercise(
  ctx: AppContext,
  progress: (message: string) => void,
): Promise<void> {
  let added = 0;
  for (const agreement of AGREEMENT_REGISTRY) {
    if (await agreementsRepository.byPartner(ctx.db, agreement.partner)) continue;
    await ctx.services.agreements.create(SCENARIO, agreement);
    added++;
  }
  progress(
    `agreements: ${added} of ${AGREEMENT_REGISTRY.length} bilateral security agreements added (real, sourced)`,
  );
}
