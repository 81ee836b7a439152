import type { Role } from '../../platform/access/viewer.js';
import type { IncidentStatus } from './monitoring.schemas.js';

/** One allowed step of the verification workflow and who may take it. */
export interface WorkflowStep {
  from: IncidentStatus;
  to: IncidentStatus;
  roles: readonly Role[];
  /** Extra condition on the incident, with the reason shown when it fails. */
  requires?: { sourceCount?: number; attribution?: boolean };
}

const VERIFY: readonly Role[] = ['verifier'];
const DECIDE: readonly Role[] = ['verifier', 'coordinator'];
const COMMISSION: readonly Role[] = ['coordinator'];

/**
 * The verification workflow: reported → triaged → corroborated → verified → referred →
 * attributed → closed, plus disputed and retracted. Verification officers (verifier) triage,
 * corroborate and verify; referral to the Special Commission is theirs or the secretariat's
 * (coordinator); recording the Commission's attribution and closing are the secretariat's.
 * "Corroborated" needs two independent sources. A dispute (any party, `dispute`) moves an
 * incident under assessment to `disputed`; a verifier resolves it back or retracts it.
 */
export const WORKFLOW: readonly WorkflowStep[] = [
  { from: 'reported', to: 'triaged', roles: VERIFY },
  { from: 'triaged', to: 'corroborated', roles: VERIFY, requires: { sourceCount: 2 } },
  { from: 'corroborated', to: 'verified', roles: VERIFY },
  { from: 'verified', to: 'referred', roles: DECIDE },
  { from: 'referred', to: 'attributed', roles: COMMISSION, requires: { attribution: true } },
  { from: 'attributed', to: 'closed', roles: COMMISSION },
  { from: 'referred', to: 'closed', roles: COMMISSION },
  { from: 'verified', to: 'closed', roles: DECIDE },
  { from: 'disputed', to: 'triaged', roles: VERIFY },
  { from: 'disputed', to: 'corroborated', roles: VERIFY, requires: { sourceCount: 2 } },
  { from: 'disputed', to: 'verified', roles: VERIFY },
  ...(['reported', 'triaged', 'corroborated', 'verified', 'disputed'] as const).map((from): WorkflowStep => ({
    from,
    to: 'retracted',
    roles: DECIDE,
  })),
];

/** Statuses from which any party may dispute an incident. */
export const DISPUTABLE: readonly IncidentStatus[] = [
  'triaged',
  'corroborated',
  'verified',
  'referred',
  'attributed',
];

/** Roles that may comment on and dispute incidents (every party's working roles). */
export const COMMENTERS: readonly Role[] = ['coordinator', 'planner', 'verifier', 'monitor', 'analyst'];

/** Statuses of incidents waiting for verification (headline figure). */
export const AWAITING_VERIFICATION: readonly IncidentStatus[] = [
  'reported',
  'triaged',
  'corroborated',
  'disputed',
];

/** Why a transition is refused, or null when it is allowed. */
export type TransitionRefusal = { status: 403 | 422; detail: string } | null;

/**
 * Checks one transition against the workflow: the step must exist, the role must be one of
 * the step's and the incident must meet its condition.
 */
export function checkTransition(
  from: IncidentStatus,
  to: IncidentStatus,
  role: Role,
  incident: { sourceCount: number; attribution?: string | null },
): TransitionRefusal {
  const steps = WORKFLOW.filter((s) => s.from === from && s.to === to);
  if (steps.length === 0) {
    const next = WORKFLOW.filter((s) => s.from === from).map((s) => s.to);
    return {
      status: 422,
      detail: `An incident cannot go from ${from} to ${to}; from ${from} it may go to ${next.length ? [...new Set(next)].join(', ') : 'nothing (final)'}.`,
    };
  }
  const step = steps.find((s) => s.roles.includes(role));
  if (!step) {
    return {
      status: 403,
      detail: `The role ${role} may not move an incident from ${from} to ${to}; it needs ${[...new Set(steps.flatMap((s) => s.roles))].join(' or ')}.`,
    };
  }
  if (step.requires?.sourceCount && incident.sourceCount < step.requires.sourceCount) {
    return {
      status: 422,
      detail: `Corroboration needs ${step.requires.sourceCount} independent sources; this incident has ${incident.sourceCount}.`,
    };
  }
  if (step.requires?.attribution && !incident.attribution) {
    return { status: 422, detail: 'Attribution names the party responsible: send "attribution".' };
  }
  return null;
}
