import type { ReleasableColumns } from '../../platform/db/schema.js';

/** A capability coalition of the Ukraine Defense Contact Group, with its lead nations. */
export interface CoalitionTable extends ReleasableColumns {
  id: string;
  name: string;
  capability: string;
  /** `,USA,DNK,` — the lead nations. */
  lead_parties: string;
  /** `,USA,DNK,NLD,` — members (leads included). */
  member_parties: string;
  source: string | null;
  exercise: number;
  created_at: string;
  updated_at: string;
}

/** One capability need of Ukraine's armed forces. */
export interface RequirementTable extends ReleasableColumns {
  id: string;
  capability: string;
  title: string;
  description: string | null;
  quantity: number | null;
  unit: string | null;
  /** 1 is the most urgent. */
  priority: number;
  needed_by: string | null;
  coalition_id: string | null;
  status: string;
  exercise: number;
  created_at: string;
  updated_at: string;
}

/** A PURL-style monthly prioritised list of requirements. */
export interface PriorityListTable extends ReleasableColumns {
  id: string;
  /** `YYYY-MM`. */
  month: string;
  title: string;
  status: string;
  /** `,UKR,NATO,USA,` — who approved the list. */
  approved_by: string;
  exercise: number;
  created_at: string;
  updated_at: string;
}

/** A requirement's rank on a priority list. */
export interface PriorityListLineTable {
  list_id: string;
  rank: number;
  requirement_id: string;
}

/** A funding tranche of a priority list (PURL: about US$500m each). */
export interface TrancheTable extends ReleasableColumns {
  id: string;
  list_id: string;
  label: string;
  currency: string;
  target: number;
  pledged: number;
  funded: number;
  delivered: number;
  exercise: number;
  created_at: string;
  updated_at: string;
}

/**
 * An aid pledge: one activity (or one item of a package) of a donor, in the tracker's
 * measures. Values are EUR; `reported_value` is in `reporting_currency`.
 */
export interface PledgeTable extends ReleasableColumns {
  id: string;
  /** The commitment of the commitments core this pledge is. */
  commitment_id: string | null;
  donor_party: string | null;
  donor_name: string;
  requirement_id: string | null;
  coalition_id: string | null;
  agreement_id: string | null;
  aid_type_general: string;
  aid_type_specific: string | null;
  /** `commitment` or `allocation`. */
  measure: string;
  announced_on: string | null;
  month: string | null;
  explanation: string | null;
  source: string | null;
  reporting_currency: string | null;
  reported_value: number | null;
  eur_per_unit: number | null;
  activity_value_eur: number | null;
  value_eur: number | null;
  delivered_value_eur: number | null;
  item: string | null;
  item_type: string | null;
  item_count: number | null;
  item_count_delivered: number | null;
  /** Stable row identity of a tracker row; null for pledges entered in Guarantor. */
  tracker_key: string | null;
  tracker_import_id: string | null;
  /** Set when a newer tracker release no longer has the row. */
  withdrawn_at: string | null;
  exercise: number;
  created_at: string;
  updated_at: string;
}

/** A delivery against a pledge, with the hash of its evidence. */
export interface DeliveryTable extends ReleasableColumns {
  id: string;
  pledge_id: string;
  delivered_on: string;
  item_count: number | null;
  value_eur: number | null;
  evidence_sha256: string | null;
  note: string | null;
  exercise: number;
  created_at: string;
}

/** A donor's GDP in a year, EUR, with its source; null when no source is known. */
export interface GdpTable {
  party_code: string;
  year: number;
  gdp_eur: number | null;
  source: string | null;
  exercise: number;
  updated_at: string;
}

/** One import of a tracker file. */
export interface TrackerImportTable {
  id: string;
  file_name: string;
  file_sha256: string;
  format: string;
  rows: number;
  inserted: number;
  updated: number;
  unchanged: number;
  withdrawn: number;
  imported_at: string;
  imported_by: string;
  importer_party: string;
}

declare module '../../platform/db/schema.js' {
  interface Database {
    support_coalitions: CoalitionTable;
    support_requirements: RequirementTable;
    support_priority_lists: PriorityListTable;
    support_priority_list_lines: PriorityListLineTable;
    support_tranches: TrancheTable;
    support_pledges: PledgeTable;
    support_deliveries: DeliveryTable;
    support_gdp: GdpTable;
    support_tracker_imports: TrackerImportTable;
  }
}
