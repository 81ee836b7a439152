import { fromColumns } from '../../platform/access/releasability.js';
import type { Viewer } from '../../platform/access/viewer.js';
import type { Activation, Clock, Trigger } from './guarantees.schemas.js';
import type { ActivationTable, ClockTable, TriggerTable } from './guarantees.tables.js';
import { VERIFIED_STATES, type TriggerRule } from './trigger-rule.js';

/** The rule of a stored trigger, with defaults filled in. */
export function ruleOf(row: TriggerTable): TriggerRule {
  const rule = JSON.parse(row.rule_json) as Partial<TriggerRule> &
    Pick<TriggerRule, 'categories' | 'minCount' | 'windowHours'>;
  return {
    categories: rule.categories,
    minSeverity: rule.minSeverity ?? 1,
    statuses: rule.statuses ?? [...VERIFIED_STATES],
    attributedTo: rule.attributedTo ?? [],
    minCount: rule.minCount,
    windowHours: rule.windowHours,
    ...(rule.area ? { area: rule.area } : {}),
  };
}

/** API form of a trigger. */
export function presentTrigger(row: TriggerTable): Trigger {
  return {
    id: row.id,
    name: row.name,
    description: row.description,
    rule: ruleOf(row),
    enabled: row.enabled === 1,
    owner: row.owner_party,
    releasability: fromColumns(row),
    exercise: row.exercise === 1,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** API form of an activation. */
export function presentActivation(row: ActivationTable): Activation {
  return {
    id: row.id,
    triggerId: row.trigger_id,
    origin: row.origin as Activation['origin'],
    status: row.status as Activation['status'],
    title: row.title,
    rationale: row.rationale,
    incidentIds: JSON.parse(row.incident_ids_json) as string[],
    evidence: row.evidence_json === null ? null : (JSON.parse(row.evidence_json) as unknown),
    raisedAt: row.raised_at,
    raisedBy: row.raised_by,
    startedAt: row.started_at,
    decidedAt: row.decided_at,
    decidedBy: row.decided_by,
    decisionRationale: row.decision_rationale,
    owner: row.owner_party,
    releasability: fromColumns(row),
    exercise: row.exercise === 1,
  };
}

/** Where a clock stands at `asOf`: met or late once done, overdue past due, else running. */
export function clockStatus(row: Pick<ClockTable, 'due_at' | 'done_at'>, asOf: string): Clock['status'] {
  if (row.done_at !== null) return row.due_at === null || row.done_at <= row.due_at ? 'met' : 'late';
  if (row.due_at === null) return 'open';
  return asOf > row.due_at ? 'overdue' : 'running';
}

/** API form of a clock. */
export function presentClock(row: ClockTable, asOf: string): Clock {
  return {
    id: row.id,
    activationId: row.activation_id,
    commitmentId: row.commitment_id,
    party: row.owner_party,
    kind: row.kind as Clock['kind'],
    response: row.response as Clock['response'],
    title: row.title,
    approvalId: row.approval_id,
    agreementId: row.agreement_id,
    dueAt: row.due_at,
    doneAt: row.done_at,
    doneBy: row.done_by,
    note: row.note,
    status: clockStatus(row, asOf),
  };
}

/**
 * The viewer the system acts as on behalf of a party (trigger evaluation, clock start): it
 * sees exactly what that party may see, so nothing hidden from the owner shapes its records.
 */
export function partyViewer(party: string, inCoalition = true): Viewer {
  return { userId: '', username: `system:guarantees:${party}`, party, role: 'coordinator', inCoalition };
}
