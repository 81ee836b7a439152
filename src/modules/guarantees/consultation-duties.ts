import type { AppContext } from '../../platform/context.js';
import type { ConsultationDuty } from './clock-plan.js';
import { partyViewer } from './guarantees.present.js';

const ENDED = new Set(['withdrawn', 'lapsed', 'fulfilled']);

/**
 * The consultation duties of the bilateral agreements in force at `at`, read from the
 * agreements module. Each partner's duties are read as that partner sees its own agreements
 * (it owns them), so an agreement released to nobody else still starts its partner's clock,
 * and the clock keeps the clause commitment's releasability.
 */
export async function consultationDuties(ctx: AppContext, at: string): Promise<ConsultationDuty[]> {
  const { agreements, commitments, parties } = ctx.services;
  const out: ConsultationDuty[] = [];
  for (const partner of [...(await parties.codes())].sort()) {
    const viewer = partyViewer(partner);
    const obligations = await agreements.consultationObligations(viewer, at);
    for (const o of obligations) {
      if (o.partner !== partner || !o.inForce || o.commitmentId === null) continue;
      const commitment = await commitments.get(viewer, o.commitmentId).catch(() => undefined);
      if (!commitment || ENDED.has(commitment.state)) continue;
      out.push({ partner, agreementId: o.agreementId, hours: o.hours, commitment });
    }
  }
  return out;
}
