import type { AppContext } from '../context.js';
import type { GuarantorModule } from '../module.js';
import { setSetting } from '../audit/audit.service.js';

/**
 * Loads the exercise scenario: each module's part, in registry order, then marks the
 * deployment as holding exercise data (the EXERCISE banner and API marking follow from it).
 * Safe to run again: every module skips what it has loaded.
 */
export async function loadScenario(
  ctx: AppContext,
  modules: readonly GuarantorModule[],
  progress: (message: string) => void,
): Promise<void> {
  await setSetting(ctx.db, 'exercise', 'loaded');
  for (const module of modules) {
    if (!module.exercise) continue;
    const started = Date.now();
    await module.exercise(ctx, progress);
    progress(`${module.name}: loaded in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }
}
