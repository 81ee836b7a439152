import type { Generated } from 'kysely';
import type { ReleasableColumns } from '../../platform/db/schema.js';

/** A promise by a party (its owner): what, how much, when, to which requirement, on which conditions. */
export interface CommitmentTable extends ReleasableColumns {
  id: string;
  kind: string;
  title: string;
  description: string | null;
  quantity: number | null;
  unit: string | null;
  /** Value in EUR. */
  value_eur: number | null;
  /** ISO 8601 UTC. */
  period_start: string | null;
  period_end: string | null;
  pillar: string | null;
  requirement_ref: string | null;
  /** Lifecycle state (`announced` … `fulfilled`, `withdrawn`, `lapsed`). */
  state: string;
  /** Condition tree as JSON, or null when unconditional. */
  conditions_json: string | null;
  /** `[{ citation, url? }]` as JSON. */
  sources_json: string;
  /** 1 for records of the exercise scenario. */
  exercise: number;
  version: number;
  created_at: string;
  updated_at: string;
}

/** Every version of a commitment, for its full history. Inherits the commitment's releasability. */
export interface CommitmentHistoryTable extends ReleasableColumns {
  seq: Generated<number>;
  commitment_id: string;
  version: number;
  at: string;
  actor: string;
  /** `create`, `update`, `transition`. */
  action: string;
  note: string | null;
  snapshot_json: string;
}

/** A domestic approval a commitment needs (parliament, government). Releasable as its commitment. */
export interface DomesticApprovalTable extends ReleasableColumns {
  id: string;
  commitment_id: string;
  body: string;
  body_name: string;
  state: string;
  tabled_at: string | null;
  decided_at: string | null;
  expected_days: number | null;
  personnel_ceiling: number | null;
  duration_months: number | null;
  area: string | null;
  note: string | null;
  source: string | null;
  exercise: number;
  version: number;
  created_at: string;
  updated_at: string;
}

/** An event that conditions wait for (`ceasefire-in-force`, `renewed-attack-declared`). */
export interface CommitmentEventTable extends ReleasableColumns {
  key: string;
  name: string;
  happened: number;
  at: string | null;
  source: string | null;
  exercise: number;
  updated_at: string;
}

declare module '../../platform/db/schema.js' {
  interface Database {
    commitments: CommitmentTable;
    commitment_history: CommitmentHistoryTable;
    domestic_approvals: DomesticApprovalTable;
    commitment_events: CommitmentEventTable;
  }
}
