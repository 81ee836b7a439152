import type { ReleasableColumns } from '../../platform/db/schema.js';

/** A bilateral security agreement between Ukraine and a partner. */
export interface AgreementTable extends ReleasableColumns {
  id: string;
  partner_party: string;
  partner_name: string;
  title: string;
  /** ISO date; null when the sources give no exact day. */
  signed_on: string | null;
  /** What the sources say of the date when no exact day is known ("late May 2024"). */
  signed_note: string | null;
  entry_into_force_on: string | null;
  duration_years: number | null;
  expires_on: string | null;
  review_on: string | null;
  /** 1 needs ratification, 0 does not, null unknown. */
  ratification_required: number | null;
  ratification_state: string;
  headline: string | null;
  document_sha256: string | null;
  document_url: string | null;
  source: string | null;
  exercise: number;
  created_at: string;
  updated_at: string;
}

/** A clause of an agreement, as a structured obligation (a commitment of the core). */
export interface ClauseTable extends ReleasableColumns {
  id: string;
  agreement_id: string;
  type: string;
  title: string;
  text: string | null;
  year_from: number | null;
  year_to: number | null;
  amount: number | null;
  currency: string | null;
  /** EUR per unit of `currency` used to state the amount in EUR, with its source. */
  eur_per_unit: number | null;
  conversion_source: string | null;
  percent_of_gdp: number | null;
  consultation_hours: number | null;
  commitment_id: string | null;
  source: string | null;
  exercise: number;
  created_at: string;
}

declare module '../../platform/db/schema.js' {
  interface Database {
    agreements: AgreementTable;
    agreement_clauses: ClauseTable;
  }
}
