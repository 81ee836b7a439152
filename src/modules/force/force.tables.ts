import type { ReleasableColumns } from '../../platform/db/schema.js';

/** A CJSOR-style requirement line of the multinational force. */
export interface RequirementLineTable extends ReleasableColumns {
  id: string;
  /** Human reference, unique, e.g. `L-01`. */
  ref: string;
  domain: string;
  capability: string;
  quantity: number;
  unit: string;
  area: string;
  phase: string;
  /** 1 (highest) … 5. */
  priority: number;
  /** Days' notice the line needs. */
  readiness_days: number;
  /** `gap-accepted`, `re-solicited` or null (then the state follows the fill). */
  decision: string | null;
  note: string | null;
  exercise: number;
  version: number;
  created_at: string;
  updated_at: string;
}

/** A unit offer: the force details of a `unit` commitment of the commitments core. */
export interface ForceOfferTable extends ReleasableColumns {
  id: string;
  commitment_id: string;
  line_id: string;
  unit_name: string;
  personnel: number | null;
  /** `[{ type, count }]`. */
  platforms_json: string;
  /** APP-6 / MIL-STD-2525 symbol code, validated with milsymbol. */
  sidc: string;
  /** `{ name, lon, lat }` or null. */
  home_base_json: string | null;
  planned_location_json: string | null;
  notice_days: number | null;
  /** `[{ lineId, quantity }]`: every line the offer could serve. */
  serves_json: string;
  caveats_json: string;
  readiness: string;
  readiness_expires_at: string | null;
  exercise: number;
  version: number;
  created_at: string;
  updated_at: string;
}

/** One step on an offer's readiness ladder, with its evidence. */
export interface OfferReadinessTable extends ReleasableColumns {
  id: string;
  offer_id: string;
  level: string;
  evidence: string;
  assessed_at: string;
  expires_at: string | null;
  actor: string;
}

/** A transfer of authority of an offered unit to the force command. */
export interface TransferOfAuthorityTable extends ReleasableColumns {
  id: string;
  offer_id: string;
  authority: string;
  to_command: string;
  effective_at: string;
  note: string | null;
  created_at: string;
}

declare module '../../platform/db/schema.js' {
  interface Database {
    requirement_lines: RequirementLineTable;
    force_offers: ForceOfferTable;
    offer_readiness: OfferReadinessTable;
    transfers_of_authority: TransferOfAuthorityTable;
  }
}
