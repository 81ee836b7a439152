import { fromColumns } from '../../platform/access/releasability.js';
import { clauseAmountEur } from './agreement-fulfilment.js';
import type { Agreement, Clause } from './agreements.schemas.js';
import type { AgreementTable, ClauseTable } from './agreements.tables.js';

/** API form of a clause (also what the ledger proves of it). */
export function presentClause(row: ClauseTable): Clause {
  const base = {
    id: row.id,
    agreementId: row.agreement_id,
    type: row.type as Clause['type'],
    title: row.title,
    text: row.text,
    yearFrom: row.year_from,
    yearTo: row.year_to,
    amount: row.amount,
    currency: row.currency,
    eurPerUnit: row.eur_per_unit,
    conversionSource: row.conversion_source,
    amountEur: null,
    percentOfGdp: row.percent_of_gdp,
    consultationHours: row.consultation_hours,
    commitmentId: row.commitment_id,
    source: row.source,
    exercise: row.exercise === 1,
  };
  return { ...base, amountEur: clauseAmountEur(base) };
}

/** API form of an agreement with its clauses. */
export function presentAgreement(row: AgreementTable, clauses: readonly ClauseTable[]): Agreement {
  return {
    id: row.id,
    partner: row.partner_party,
    partnerName: row.partner_name,
    title: row.title,
    signedOn: row.signed_on,
    signedNote: row.signed_note,
    entryIntoForceOn: row.entry_into_force_on,
    durationYears: row.duration_years,
    expiresOn: row.expires_on,
    reviewOn: row.review_on,
    ratificationRequired: row.ratification_required === null ? null : row.ratification_required === 1,
    ratificationState: row.ratification_state as Agreement['ratificationState'],
    headline: row.headline,
    documentSha256: row.document_sha256,
    documentUrl: row.document_url,
    source: row.source,
    clauses: clauses.filter((c) => c.agreement_id === row.id).map(presentClause),
    owner: row.owner_party,
    releasability: fromColumns(row),
    exercise: row.exercise === 1,
  };
}
