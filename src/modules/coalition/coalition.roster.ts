import type { NewParty, NewRepresentative } from './coalition.schemas.js';

const DECLARATION =
  'https://www.president.gov.ua/en/news/parizka-deklaraciya-nadijni-garantiyi-bezpeki-dlya-micnogo-j-102313';
const ROSTER_NOTE =
  'Coalition of the willing, London summit 2 March 2025 and Paris Declaration 6 January 2026 (domain/commitments.md)';
const PARLIAMENT_NOTE =
  'Parliamentary consent for deployments abroad: domain/commitments.md (to verify per party)';

// Parties whose deployments abroad need parliamentary consent, as the domain notes list
// them; the UK's is the announced parliamentary vote. Others are left unestablished (null).
const NEEDS_PARLIAMENT = new Set(['DEU', 'DNK', 'SWE', 'FIN', 'NLD', 'IRL', 'AUT', 'GBR']);

const STATES: [string, string][] = [
  ['UKR', 'Ukraine'],
  ['GBR', 'United Kingdom'],
  ['FRA', 'France'],
  ['DEU', 'Germany'],
  ['ITA', 'Italy'],
  ['POL', 'Poland'],
  ['CAN', 'Canada'],
  ['AUS', 'Australia'],
  ['NZL', 'New Zealand'],
  ['TUR', 'Türkiye'],
  ['JPN', 'Japan'],
  ['DNK', 'Denmark'],
  ['SWE', 'Sweden'],
  ['NOR', 'Norway'],
  ['FIN', 'Finland'],
  ['ISL', 'Iceland'],
  ['EST', 'Estonia'],
  ['LVA', 'Latvia'],
  ['LTU', 'Lithuania'],
  ['NLD', 'Netherlands'],
  ['BEL', 'Belgium'],
  ['LUX', 'Luxembourg'],
  ['ESP', 'Spain'],
  ['PRT', 'Portugal'],
  ['IRL', 'Ireland'],
  ['AUT', 'Austria'],
  ['CZE', 'Czechia'],
  ['SVK', 'Slovakia'],
  ['ROU', 'Romania'],
  ['BGR', 'Bulgaria'],
  ['HRV', 'Croatia'],
  ['SVN', 'Slovenia'],
  ['GRC', 'Greece'],
  ['CYP', 'Cyprus'],
  ['ALB', 'Albania'],
  ['MNE', 'Montenegro'],
  ['MKD', 'North Macedonia'],
  ['USA', 'United States of America'],
];

/** The coalition registry of the exercise scenario: real parties with their public roles. */
export const ROSTER: NewParty[] = [
  ...STATES.map(([code, name]): NewParty => ({
    code,
    name,
    kind: 'state',
    coalitionRole: code === 'UKR' ? 'host' : code === 'USA' ? 'partner' : 'member',
    parliamentApproval: NEEDS_PARLIAMENT.has(code) ? true : null,
    source: NEEDS_PARLIAMENT.has(code) ? `${ROSTER_NOTE}; ${PARLIAMENT_NOTE}` : ROSTER_NOTE,
  })),
  {
    code: 'EU',
    name: 'European Union',
    kind: 'institution',
    coalitionRole: 'member',
    parliamentApproval: null,
    source: ROSTER_NOTE,
  },
  {
    code: 'NATO',
    name: 'North Atlantic Treaty Organization',
    kind: 'institution',
    coalitionRole: 'member',
    parliamentApproval: null,
    source: ROSTER_NOTE,
  },
];

/** Representatives named in the domain notes (domain/commitments.md), with their offices. */
export const REPRESENTATIVES: (NewRepresentative & { party: string })[] = [
  { party: 'UKR', name: 'Volodymyr Zelenskyy', office: 'President of Ukraine', source: DECLARATION },
  { party: 'GBR', name: 'Keir Starmer', office: 'Prime Minister', source: DECLARATION },
  { party: 'FRA', name: 'Emmanuel Macron', office: 'President of the Republic', source: DECLARATION },
  { party: 'CAN', name: 'Mark Carney', office: 'Prime Minister', source: DECLARATION },
  { party: 'USA', name: 'Steve Witkoff', office: 'Special Envoy (negotiator)', source: ROSTER_NOTE },
  { party: 'USA', name: 'Jared Kushner', office: 'Negotiator', source: ROSTER_NOTE },
];

/** Password of every demo account (printed by `npm run demo`; exercise deployments only). */
export const DEMO_PASSWORD = 'exercise-2026!';

/** One demo account per role for several parties. */
export const DEMO_ACCOUNTS: { username: string; party: string; role: NewDemoRole; displayName: string }[] = [
  { username: 'gbr.coordinator', party: 'GBR', role: 'coordinator', displayName: 'EXERCISE GBR coordinator' },
  { username: 'fra.coordinator', party: 'FRA', role: 'coordinator', displayName: 'EXERCISE FRA coordinator' },
  { username: 'ukr.coordinator', party: 'UKR', role: 'coordinator', displayName: 'EXERCISE UKR coordinator' },
  { username: 'fra.planner', party: 'FRA', role: 'planner', displayName: 'EXERCISE FRA planner' },
  { username: 'gbr.planner', party: 'GBR', role: 'planner', displayName: 'EXERCISE GBR planner' },
  { username: 'deu.planner', party: 'DEU', role: 'planner', displayName: 'EXERCISE DEU planner' },
  {
    username: 'fin.verifier',
    party: 'FIN',
    role: 'verifier',
    displayName: 'EXERCISE FIN verification officer',
  },
  {
    username: 'gbr.verifier',
    party: 'GBR',
    role: 'verifier',
    displayName: 'EXERCISE GBR verification officer',
  },
  { username: 'est.monitor', party: 'EST', role: 'monitor', displayName: 'EXERCISE EST monitor' },
  { username: 'ukr.monitor', party: 'UKR', role: 'monitor', displayName: 'EXERCISE UKR monitor' },
  { username: 'pol.analyst', party: 'POL', role: 'analyst', displayName: 'EXERCISE POL analyst' },
  { username: 'deu.analyst', party: 'DEU', role: 'analyst', displayName: 'EXERCISE DEU analyst' },
  { username: 'ita.viewer', party: 'ITA', role: 'viewer', displayName: 'EXERCISE ITA delegation' },
  { username: 'jpn.viewer', party: 'JPN', role: 'viewer', displayName: 'EXERCISE JPN delegation' },
  { username: 'nor.integration', party: 'NOR', role: 'integration', displayName: 'EXERCISE NOR sensor feed' },
];
type NewDemoRole = 'coordinator' | 'planner' | 'verifier' | 'monitor' | 'analyst' | 'viewer' | 'integration';
