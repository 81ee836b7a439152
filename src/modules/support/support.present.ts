import { fromColumns } from '../../platform/access/releasability.js';
import type {
  Capability,
  Coalition,
  Coverage,
  Delivery,
  Pledge,
  Requirement,
  Tranche,
  TrackerImport,
} from './support.schemas.js';
import type {
  CoalitionTable,
  DeliveryTable,
  PledgeTable,
  RequirementTable,
  TrackerImportTable,
  TrancheTable,
} from './support.tables.js';

/** `,USA,DNK,` as a list of codes. */
export function partyList(stored: string): string[] {
  return stored.split(',').filter((p) => p !== '');
}

/** A list of codes in storage form (`,A,B,`), so that `like '%,A,%'` finds a member. */
export function storedPartyList(parties: readonly string[]): string {
  return parties.length === 0 ? '' : `,${[...new Set(parties)].join(',')},`;
}

const owned = (row: CoalitionTable | RequirementTable | TrancheTable | PledgeTable | DeliveryTable) => ({
  owner: row.owner_party,
  releasability: fromColumns(row),
  exercise: row.exercise === 1,
});

/** API form of a capability coalition. */
export function presentCoalition(row: CoalitionTable): Coalition {
  return {
    id: row.id,
    name: row.name,
    capability: row.capability as Capability,
    leads: partyList(row.lead_parties),
    members: partyList(row.member_parties),
    source: row.source,
    ...owned(row),
  };
}

/** Coverage of a requirement by the pledges that answer it. */
export function coverageOf(
  quantity: number | null,
  sums:
    { pledgedCount: number; deliveredCount: number; pledgedEur: number; deliveredEur: number } | undefined,
): Coverage {
  const s = sums ?? { pledgedCount: 0, deliveredCount: 0, pledgedEur: 0, deliveredEur: 0 };
  return {
    ...s,
    pledgedShare: quantity ? s.pledgedCount / quantity : null,
    deliveredShare: quantity ? s.deliveredCount / quantity : null,
  };
}

/** API form of a requirement with its coverage. */
export function presentRequirement(row: RequirementTable, coverage: Coverage): Requirement {
  return {
    id: row.id,
    capability: row.capability as Capability,
    title: row.title,
    description: row.description,
    quantity: row.quantity,
    unit: row.unit,
    priority: row.priority,
    neededBy: row.needed_by,
    coalitionId: row.coalition_id,
    status: row.status as Requirement['status'],
    coverage,
    ...owned(row),
  };
}

/** API form of a tranche. */
export function presentTranche(row: TrancheTable): Tranche {
  return {
    id: row.id,
    listId: row.list_id,
    label: row.label,
    currency: row.currency,
    target: row.target,
    pledged: row.pledged,
    funded: row.funded,
    delivered: row.delivered,
    ...owned(row),
  };
}

/** API form of a pledge. */
export function presentPledge(row: PledgeTable): Pledge {
  return {
    id: row.id,
    commitmentId: row.commitment_id,
    donor: row.donor_party,
    donorName: row.donor_name,
    requirementId: row.requirement_id,
    coalitionId: row.coalition_id,
    agreementId: row.agreement_id,
    aidTypeGeneral: row.aid_type_general,
    aidTypeSpecific: row.aid_type_specific,
    measure: row.measure as Pledge['measure'],
    announcedOn: row.announced_on,
    month: row.month,
    explanation: row.explanation,
    source: row.source,
    reportingCurrency: row.reporting_currency,
    reportedValue: row.reported_value,
    eurPerUnit: row.eur_per_unit,
    activityValueEur: row.activity_value_eur,
    valueEur: row.value_eur,
    deliveredValueEur: row.delivered_value_eur,
    item: row.item,
    itemType: row.item_type,
    itemCount: row.item_count,
    itemCountDelivered: row.item_count_delivered,
    fromTracker: row.tracker_key !== null,
    withdrawnAt: row.withdrawn_at,
    ...owned(row),
  };
}

/** API form of a delivery (also what the ledger proves of it). */
export function presentDelivery(row: DeliveryTable): Delivery {
  return {
    id: row.id,
    pledgeId: row.pledge_id,
    deliveredOn: row.delivered_on,
    itemCount: row.item_count,
    valueEur: row.value_eur,
    evidenceSha256: row.evidence_sha256,
    note: row.note,
    ...owned(row),
  };
}

/** API form of a tracker import. */
export function presentImport(row: TrackerImportTable): TrackerImport {
  return {
    id: row.id,
    fileName: row.file_name,
    sha256: row.file_sha256,
    format: row.format as TrackerImport['format'],
    rows: row.rows,
    inserted: row.inserted,
    updated: row.updated,
    unchanged: row.unchanged,
    withdrawn: row.withdrawn,
    importedAt: row.imported_at,
    importedBy: row.imported_by,
  };
}
