import type { ReleasableColumns } from '../../platform/db/schema.js';

/** A named definition of a renewed armed attack: a rule over verified monitoring facts. */
export interface TriggerTable extends ReleasableColumns {
  id: string;
  name: string;
  description: string | null;
  /** The rule as JSON (`TriggerRule`). */
  rule_json: string;
  /** 1 when evaluated continuously. */
  enabled: number;
  exercise: number;
  created_by: string;
  created_at: string;
  updated_at: string;
}

/**
 * An activation: proposed by a trigger (with the incidents that met its rule) or declared by
 * a coordinator; confirmed (the clocks start at `started_at`) or rejected.
 */
export interface ActivationTable extends ReleasableColumns {
  id: string;
  trigger_id: string | null;
  /** `proposed` (raised by a rule) or `declared` (by hand). */
  origin: string;
  /** `proposed`, `confirmed` or `rejected`. */
  status: string;
  title: string;
  /** Why it was declared, or what the rule saw. */
  rationale: string;
  /** JSON array of incident ids that met the rule (or that the declarer cites). */
  incident_ids_json: string;
  /** JSON of the evaluation that raised it: count, window, rule. */
  evidence_json: string | null;
  raised_at: string;
  raised_by: string;
  /** When the clocks start (confirmation or declaration time). */
  started_at: string | null;
  decided_at: string | null;
  decided_by: string | null;
  decision_rationale: string | null;
  exercise: number;
  updated_at: string;
}

/** The response details of a commitment of the core that answers a renewed attack. */
export interface ResponseTable extends ReleasableColumns {
  /** Id of the commitment in the commitments core. */
  commitment_id: string;
  /** `consultation`, `intelligence`, `air-defence`, `weapons`, `air`, `maritime`, `troops`, `sanctions`, `diplomatic`. */
  response: string;
  /** Hours from confirmation (after approvals) until it takes effect. */
  time_to_effect_hours: number;
  /** Answers only this trigger; null answers any activation. */
  trigger_id: string | null;
  exercise: number;
  created_at: string;
  updated_at: string;
}

/** A clock started by an activation: a deadline for one party's promised step. */
export interface ClockTable extends ReleasableColumns {
  id: string;
  activation_id: string;
  commitment_id: string;
  /** `consultation`, `approval` or `effect`. */
  kind: string;
  response: string;
  title: string;
  approval_id: string | null;
  /** The bilateral agreement whose consultation clause sets this clock's deadline, if any. */
  agreement_id: string | null;
  due_at: string | null;
  done_at: string | null;
  done_by: string | null;
  note: string | null;
  exercise: number;
}

declare module '../../platform/db/schema.js' {
  interface Database {
    guarantee_triggers: TriggerTable;
    guarantee_activations: ActivationTable;
    guarantee_responses: ResponseTable;
    guarantee_clocks: ClockTable;
  }
}
