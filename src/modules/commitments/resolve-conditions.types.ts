import type {
  ApprovalState,
  CommitmentKind,
  CommitmentState,
  Condition,
  EffectiveState,
  Pillar,
} from './commitments.model.js';
import type { ReasonMessage, ReasonStep } from './reason-messages.js';

// The conditions engine's input and output types, shared by the evaluation
// (compile-conditions.ts, conditions-fixpoint.ts) and the explanation (explain-conditions.ts).

/** A commitment as the engine sees it. */
export interface EngineCommitment {
  id: string;
  party: string;
  kind: CommitmentKind;
  title: string;
  state: CommitmentState;
  quantity: number | null;
  unit: string | null;
  valueEur: number | null;
  pillar: Pillar | null;
  requirementRef: string | null;
  conditions: Condition | null;
}

/** A domestic approval; every approval of a commitment not `not-needed` is an implicit condition. */
export interface EngineApproval {
  id: string;
  commitmentId: string;
  party: string;
  /** Name of the body, e.g. "Bundestag", "House of Commons". */
  bodyName: string;
  state: ApprovalState;
  decidedAt: string | null;
}

/** A recorded event that conditions can wait for. */
export interface EngineEvent {
  key: string;
  name: string;
  happened: boolean;
  at: string | null;
}

/** What-if options: exclude parties, assume events, force approval outcomes, assume a backstop. */
export interface WhatIf {
  /** Parties whose commitments are taken out (and whose participation is false). */
  excludeParties?: string[];
  /** Events assumed to have happened (`true`) or never to happen (`false`). */
  assumeEvents?: Record<string, boolean>;
  /** Outcomes forced per approval id. */
  approvals?: Record<string, 'approved' | 'rejected'>;
  /** Outcomes forced for every approval of a party ("parliament says no"). */
  approvalsByParty?: Record<string, 'approved' | 'rejected'>;
  /** Commitments assumed binding (e.g. a backstop not yet recorded or not visible). */
  assumeCommitments?: string[];
  /** Parties assumed to participate ("the backstop is given"). */
  assumeParties?: string[];
  /** Time at which deadlines are judged (ISO 8601 UTC); default now. */
  asOf?: string;
}

/** Status of one node of an explanation. */
export type ReasonStatus = 'met' | 'pending' | 'failed';

/** One node of the readable explanation of a commitment's conditions. */
export interface ReasonNode {
  status: ReasonStatus;
  /** Plain-language sentence, e.g. `Bundestag approval is tabled`. */
  text: string;
  /** The same sentence as a message key and variables, for translation (reason-messages.ts). */
  message: ReasonMessage;
  /** The commitment a `commitment` leaf refers to, so that a reader can follow the chain. */
  commitmentId?: string;
  children?: ReasonNode[];
}

/** The resolved state of one commitment. */
export interface CommitmentResolution {
  id: string;
  state: EffectiveState;
  /** True when firm or conditional-met. */
  binding: boolean;
  /** The chain of reasons, from this commitment down to the root cause. */
  reasons: string[];
  /** The same chain as message keys with variables, for translation (reason-messages.ts). */
  reasonSteps?: ReasonStep[];
  /** The condition tree (with implicit approvals) evaluated, or null when unconditional. */
  explanation: ReasonNode | null;
}

/** Everything the engine needs. */
export interface ResolveInput {
  commitments: readonly EngineCommitment[];
  approvals: readonly EngineApproval[];
  events: readonly EngineEvent[];
}
