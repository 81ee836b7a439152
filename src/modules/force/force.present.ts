import { fromColumns } from '../../platform/access/releasability.js';
import type { Commitment } from '../commitments/commitments.schemas.js';
import type { CommitmentResolution } from '../commitments/resolve-conditions.js';
import type { BoardLine, BoardOffer } from './force-board.js';
import type { Caveat, Place, ReadinessLevel } from './force.model.js';
import type { Line, Offer } from './force.schemas.js';
import type {
  ForceOfferTable,
  OfferReadinessTable,
  RequirementLineTable,
  TransferOfAuthorityTable,
} from './force.tables.js';

/** API form of a requirement line. */
export function presentLine(l: RequirementLineTable): Line {
  return {
    id: l.id,
    ref: l.ref,
    owner: l.owner_party,
    domain: l.domain as Line['domain'],
    capability: l.capability,
    quantity: l.quantity,
    unit: l.unit,
    area: l.area as Line['area'],
    phase: l.phase,
    priority: l.priority,
    readinessDays: l.readiness_days,
    decision: l.decision as Line['decision'],
    note: l.note,
    releasability: fromColumns(l),
    exercise: l.exercise === 1,
    version: l.version,
  };
}

/** Board form of a line. */
export function boardLine(l: Line): BoardLine {
  return {
    id: l.id,
    ref: l.ref,
    domain: l.domain,
    capability: l.capability,
    quantity: l.quantity,
    unit: l.unit,
    area: l.area,
    priority: l.priority,
    readinessDays: l.readinessDays,
    decision: l.decision,
  };
}

/** What the ledger proves of an offer: its force details (the commitment has its own leaves). */
export function offerContent(o: ForceOfferTable): unknown {
  return {
    id: o.id,
    commitmentId: o.commitment_id,
    party: o.owner_party,
    lineId: o.line_id,
    unitName: o.unit_name,
    personnel: o.personnel,
    platforms: JSON.parse(o.platforms_json) as unknown,
    sidc: o.sidc,
    homeBase: o.home_base_json ? (JSON.parse(o.home_base_json) as unknown) : null,
    plannedLocation: o.planned_location_json ? (JSON.parse(o.planned_location_json) as unknown) : null,
    noticeDays: o.notice_days,
    serves: JSON.parse(o.serves_json) as unknown,
    caveats: JSON.parse(o.caveats_json) as unknown,
    readiness: o.readiness,
    readinessExpiresAt: o.readiness_expires_at,
    releasability: fromColumns(o),
    exercise: o.exercise === 1,
    version: o.version,
  };
}

/** API form of an offer with its commitment, readiness, transfers and effective state. */
export function presentOffer(
  o: ForceOfferTable,
  commitment: Commitment,
  resolution: CommitmentResolution | undefined,
  steps: readonly OfferReadinessTable[],
  transfers: readonly TransferOfAuthorityTable[],
  now = new Date().toISOString(),
): Offer {
  return {
    id: o.id,
    party: o.owner_party,
    lineId: o.line_id,
    unitName: o.unit_name,
    personnel: o.personnel,
    platforms: JSON.parse(o.platforms_json) as Offer['platforms'],
    sidc: o.sidc,
    homeBase: o.home_base_json ? (JSON.parse(o.home_base_json) as Place) : null,
    plannedLocation: o.planned_location_json ? (JSON.parse(o.planned_location_json) as Place) : null,
    noticeDays: o.notice_days,
    serves: JSON.parse(o.serves_json) as Offer['serves'],
    caveats: JSON.parse(o.caveats_json) as Caveat[],
    readiness: {
      level: o.readiness as ReadinessLevel,
      expiresAt: o.readiness_expires_at,
      expired: o.readiness_expires_at !== null && o.readiness_expires_at < now,
      steps: steps
        .filter((s) => s.offer_id === o.id)
        .map((s) => ({
          level: s.level as ReadinessLevel,
          evidence: s.evidence,
          assessedAt: s.assessed_at,
          expiresAt: s.expires_at,
          actor: s.actor,
        })),
    },
    transfers: transfers
      .filter((t) => t.offer_id === o.id)
      .map((t) => ({
        id: t.id,
        authority: t.authority as Offer['transfers'][number]['authority'],
        toCommand: t.to_command,
        effectiveAt: t.effective_at,
        note: t.note,
      })),
    commitment,
    effectiveState: resolution?.state ?? null,
    reasons: resolution?.reasons ?? [],
    releasability: fromColumns(o),
    exercise: o.exercise === 1,
    version: o.version,
  };
}

/** Board form of an offer. An expired readiness counts as `registered` only. */
export function boardOffer(o: Offer): BoardOffer {
  return {
    id: o.id,
    commitmentId: o.commitment.id,
    party: o.party,
    unitName: o.unitName,
    lineId: o.lineId,
    serves: o.serves,
    noticeDays: o.noticeDays,
    readiness: o.readiness.expired ? 'registered' : o.readiness.level,
    caveats: o.caveats,
  };
}
