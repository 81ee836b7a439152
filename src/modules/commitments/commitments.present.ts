import { fromColumns } from '../../platform/access/releasability.js';
import type { Condition } from './commitments.model.js';
import type { EngineApproval, EngineCommitment, EngineEvent } from './resolve-conditions.js';
import type { Approval, Commitment, ConditionEvent, Source } from './commitments.schemas.js';
import type { CommitmentEventTable, CommitmentTable, DomesticApprovalTable } from './commitments.tables.js';

/** API form of a stored approval. */
export function presentApproval(a: DomesticApprovalTable): Approval {
  return {
    id: a.id,
    commitmentId: a.commitment_id,
    party: a.owner_party,
    body: a.body as Approval['body'],
    bodyName: a.body_name,
    state: a.state as Approval['state'],
    tabledAt: a.tabled_at,
    decidedAt: a.decided_at,
    expectedDays: a.expected_days,
    mandate: { personnelCeiling: a.personnel_ceiling, durationMonths: a.duration_months, area: a.area },
    note: a.note,
    source: a.source,
    exercise: a.exercise === 1,
    version: a.version,
    updatedAt: a.updated_at,
  };
}

/** API form of a stored commitment with its (visible) approvals. */
export function presentCommitment(
  c: CommitmentTable,
  approvals: readonly DomesticApprovalTable[] = [],
): Commitment {
  return {
    id: c.id,
    party: c.owner_party,
    kind: c.kind as Commitment['kind'],
    title: c.title,
    description: c.description,
    quantity: c.quantity,
    unit: c.unit,
    valueEur: c.value_eur,
    period: { start: c.period_start, end: c.period_end },
    purpose: c.pillar
      ? {
          pillar: c.pillar as NonNullable<Commitment['purpose']>['pillar'],
          requirementRef: c.requirement_ref,
        }
      : null,
    state: c.state as Commitment['state'],
    conditions: c.conditions_json ? (JSON.parse(c.conditions_json) as Condition) : null,
    sources: JSON.parse(c.sources_json) as Source[],
    releasability: fromColumns(c),
    exercise: c.exercise === 1,
    version: c.version,
    createdAt: c.created_at,
    updatedAt: c.updated_at,
    approvals: approvals.filter((a) => a.commitment_id === c.id).map(presentApproval),
  };
}

/** API form of an event. */
export function presentEvent(e: CommitmentEventTable): ConditionEvent {
  return {
    key: e.key,
    name: e.name,
    happened: e.happened === 1,
    at: e.at,
    source: e.source,
    releasability: fromColumns(e),
    exercise: e.exercise === 1,
  };
}

/** Engine form of a commitment. */
export function toEngineCommitment(c: Commitment): EngineCommitment {
  return {
    id: c.id,
    party: c.party,
    kind: c.kind,
    title: c.title,
    state: c.state,
    quantity: c.quantity,
    unit: c.unit,
    valueEur: c.valueEur,
    pillar: c.purpose?.pillar ?? null,
    requirementRef: c.purpose?.requirementRef ?? null,
    conditions: c.conditions as Condition | null,
  };
}

/** Engine form of an approval. */
export function toEngineApproval(a: Approval): EngineApproval {
  return {
    id: a.id,
    commitmentId: a.commitmentId,
    party: a.party,
    bodyName: a.bodyName,
    state: a.state,
    decidedAt: a.decidedAt,
  };
}

/** Engine form of an event. */
export function toEngineEvent(e: ConditionEvent): EngineEvent {
  return { key: e.key, name: e.name, happened: e.happened, at: e.at };
}
