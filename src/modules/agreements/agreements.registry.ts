import type { NewAgreement, NewClause } from './agreements.schemas.js';

/** Source of the registry: Ukraine's Ministry of Defence explainer of the security agreements. */
export const MOD_UKRAINE =
  'https://mod.gov.ua/en/news/ukraine-s-security-agreements-what-they-entail-and-which-countries-have-signed-them-explained-by-the-ministry-of-defence';

// The standard sections of the 2024 agreements (MoD of Ukraine): "urgent consultations within
// 24 hours of a new attack, no automatic defence obligation", co-production, sanctions.
const STANDARD_CLAUSES: readonly NewClause[] = [
  {
    type: 'consultations-24h',
    title: 'Urgent consultations within 24 hours of a new armed attack',
    text: 'Response to new aggression: consultations within 24 hours; no automatic defence obligation.',
    consultationHours: 24,
    source: MOD_UKRAINE,
  },
  { type: 'co-production', title: 'Defence industry and co-production', source: MOD_UKRAINE },
  { type: 'sanctions', title: 'Sanctions and accountability', source: MOD_UKRAINE },
];

interface Entry {
  partner: string;
  partnerName: string;
  signedOn?: string;
  signedNote?: string;
  headline?: string;
  support?: NewClause;
  ratificationRequired?: boolean;
}

/**
 * The 2024 bilateral security agreements under the G7 Joint Declaration of Support (Vilnius,
 * 12 July 2023), as the sources give them: dates and headline amounts where stated, empty
 * where not — never estimated. Ten years each.
 */
const ENTRIES: readonly Entry[] = [
  {
    partner: 'GBR',
    partnerName: 'United Kingdom',
    signedOn: '2024-01-12',
    headline: '£2.5bn military aid 2024/25',
    support: {
      type: 'annual-support',
      title: 'Military aid 2024/25',
      yearFrom: 2024,
      yearTo: 2024,
      amount: 2.5e9,
      currency: 'GBP',
      source: MOD_UKRAINE,
    },
  },
  {
    partner: 'DEU',
    partnerName: 'Germany',
    signedOn: '2024-02-16',
    headline: '€7.1bn for 2024',
    support: {
      type: 'annual-support',
      title: 'Military support for 2024',
      yearFrom: 2024,
      yearTo: 2024,
      amount: 7.1e9,
      currency: 'EUR',
      source: MOD_UKRAINE,
    },
  },
  {
    partner: 'FRA',
    partnerName: 'France',
    signedOn: '2024-02-16',
    headline: 'up to €3bn additional in 2024',
    support: {
      type: 'annual-support',
      title: 'Up to €3bn additional support in 2024',
      yearFrom: 2024,
      yearTo: 2024,
      amount: 3e9,
      currency: 'EUR',
      source: MOD_UKRAINE,
    },
  },
  { partner: 'DNK', partnerName: 'Denmark', signedOn: '2024-02-23' },
  { partner: 'CAN', partnerName: 'Canada', signedOn: '2024-02-24' },
  { partner: 'ITA', partnerName: 'Italy', signedOn: '2024-02-24' },
  { partner: 'NLD', partnerName: 'Netherlands', signedOn: '2024-03-01' },
  { partner: 'FIN', partnerName: 'Finland', signedOn: '2024-04-03' },
  {
    partner: 'LVA',
    partnerName: 'Latvia',
    signedOn: '2024-04-11',
    headline: '0.25% of GDP a year',
    support: {
      type: 'annual-support',
      title: '0.25% of GDP a year',
      yearFrom: 2024,
      yearTo: 2033,
      percentOfGdp: 0.25,
      source: MOD_UKRAINE,
    },
  },
  { partner: 'ESP', partnerName: 'Spain', signedNote: 'late May 2024' },
  { partner: 'BEL', partnerName: 'Belgium', signedNote: 'late May 2024' },
  { partner: 'PRT', partnerName: 'Portugal', signedNote: 'late May 2024' },
  { partner: 'SWE', partnerName: 'Sweden', signedNote: 'late May 2024' },
  { partner: 'ISL', partnerName: 'Iceland', signedNote: 'late May 2024' },
  { partner: 'NOR', partnerName: 'Norway', signedNote: 'late May 2024' },
  { partner: 'JPN', partnerName: 'Japan', signedOn: '2024-06-13' },
  { partner: 'USA', partnerName: 'United States', signedOn: '2024-06-13' },
  { partner: 'EU', partnerName: 'European Union', signedOn: '2024-06-27' },
  {
    partner: 'LTU',
    partnerName: 'Lithuania',
    signedOn: '2024-06-27',
    headline: '0.25% of GDP a year',
    support: {
      type: 'annual-support',
      title: '0.25% of GDP a year',
      yearFrom: 2024,
      yearTo: 2033,
      percentOfGdp: 0.25,
      source: MOD_UKRAINE,
    },
  },
  {
    partner: 'EST',
    partnerName: 'Estonia',
    signedOn: '2024-06-27',
    headline: '0.25% of GDP a year',
    support: {
      type: 'annual-support',
      title: '0.25% of GDP a year',
      yearFrom: 2024,
      yearTo: 2033,
      percentOfGdp: 0.25,
      source: MOD_UKRAINE,
    },
  },
  { partner: 'POL', partnerName: 'Poland', signedOn: '2024-07-08' },
  { partner: 'LUX', partnerName: 'Luxembourg', signedOn: '2024-07-10', ratificationRequired: true },
  { partner: 'ROU', partnerName: 'Romania', signedNote: 'later in 2024 (date to verify)' },
  { partner: 'CZE', partnerName: 'Czechia', signedNote: 'later in 2024 (date to verify)' },
  { partner: 'SVN', partnerName: 'Slovenia', signedNote: 'later in 2024 (date to verify)' },
  { partner: 'IRL', partnerName: 'Ireland', signedNote: 'later in 2024 (date to verify)' },
  { partner: 'GRC', partnerName: 'Greece', signedNote: 'later in 2024 (date to verify)' },
  { partner: 'ALB', partnerName: 'Albania', signedNote: 'later in 2024 (date to verify)' },
];

/** The registry as agreement inputs, each with the standard clauses and its sourced promise. */
export const AGREEMENT_REGISTRY: readonly NewAgreement[] = ENTRIES.map((e) => ({
  partner: e.partner,
  partnerName: e.partnerName,
  title: `Agreement on security cooperation between Ukraine and ${e.partnerName}`,
  ...(e.signedOn ? { signedOn: e.signedOn } : {}),
  ...(e.signedNote ? { signedNote: e.signedNote } : {}),
  durationYears: 10,
  // "Most need no ratification" is not said per agreement: unknown unless a source says so.
  ratificationRequired: e.ratificationRequired ?? null,
  ratificationState: 'unknown',
  ...(e.headline ? { headline: e.headline } : {}),
  source: MOD_UKRAINE,
  clauses: [...(e.support ? [e.support] : []), ...STANDARD_CLAUSES],
  releasability: 'public',
}));
