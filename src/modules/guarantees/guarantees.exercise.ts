import type { AppContext } from '../../platform/context.js';
import { isoTime } from '../../platform/db/columns.js';
import { partyViewer } from './guarantees.present.js';
import type { NewResponse } from './guarantees.schemas.js';
import { peakWindow, VERIFIED_STATES, type RuleIncident, type TriggerRule } from './trigger-rule.js';

const SCENARIO = { system: 'scenario' } as const;
const DAY = 86_400_000;
const TRIGGER_NAME = 'EXERCISE sustained ground assault or strike campaign';

// The 2024 bilateral agreements provide for consultations within 24 hours of a new attack
// (Ukraine's Ministry of Defence, shared/domain/commitments.md); the commitments below are
// EXERCISE records of that obligation, not copies of the agreements.
/**
 * Parties with a 2024 bilateral security agreement with Ukraine, as listed by Ukraine's Ministry
 * of Defence (November 2025; shared/domain/commitments.md). Real, sourced.
 */
const AGREEMENT_PARTNERS = [
  'GBR',
  'DEU',
  'FRA',
  'DNK',
  'CAN',
  'ITA',
  'NLD',
  'FIN',
  'LVA',
  'ESP',
  'BEL',
  'PRT',
  'SWE',
  'ISL',
  'NOR',
  'JPN',
  'USA',
  'EU',
  'LTU',
  'EST',
  'POL',
  'LUX',
] as const;

const AGREEMENT_SOURCE = {
  citation: 'Bilateral security agreement: urgent consultations within 24 hours of a new attack',
  url: 'https://mod.gov.ua/en/news/ukraine-s-security-agreements-what-they-entail-and-which-countries-have-signed-them-explained-by-the-ministry-of-defence',
};

/**
 * Generated (EXERCISE) response commitments shaped by public positions (domain notes: UK and
 * France deploy, the UK with a parliamentary vote; Germany from neighbouring territory with a
 * Bundestag mandate; Italy maritime; Poland logistics; Türkiye the Black Sea; many offers
 * depend on a US backstop). Quantities and delays are invented for the exercise.
 */
const EXERCISE_RESPONSES: { party: string; input: Omit<NewResponse, 'releasability' | 'exercise'> }[] = [
  {
    party: 'USA',
    input: {
      response: 'intelligence',
      title: 'EXERCISE US intelligence and early-warning support (backstop)',
      quantity: 1,
      timeToEffectHours: 12,
      state: 'committed',
    },
  },
  {
    party: 'GBR',
    input: {
      response: 'troops',
      title: 'EXERCISE UK reinforcement brigade, conditional on the US backstop',
      quantity: 5000,
      timeToEffectHours: 120,
      state: 'committed',
      conditions: { type: 'party', party: 'USA' },
      approvals: [{ body: 'parliament', bodyName: 'House of Commons', state: 'tabled', expectedDays: 4 }],
    },
  },
  {
    party: 'GBR',
    input: {
      response: 'air',
      title: 'EXERCISE UK combat air patrols',
      quantity: 12,
      timeToEffectHours: 48,
      state: 'committed',
    },
  },
  {
    party: 'FRA',
    input: {
      response: 'troops',
      title: 'EXERCISE French reinforcement brigade, if the UK deploys',
      quantity: 5000,
      timeToEffectHours: 144,
      state: 'committed',
      conditions: { type: 'count', atLeast: 2, kind: 'unit' },
    },
  },
  {
    party: 'FRA',
    input: {
      response: 'air-defence',
      title: 'EXERCISE French SAMP/T battery',
      quantity: 1,
      timeToEffectHours: 96,
      state: 'committed',
    },
  },
  {
    party: 'DEU',
    input: {
      response: 'air-defence',
      title: 'EXERCISE German air defence from neighbouring NATO territory',
      quantity: 2,
      timeToEffectHours: 72,
      state: 'announced',
      approvals: [{ body: 'parliament', bodyName: 'Bundestag', state: 'not-started', expectedDays: 14 }],
    },
  },
  {
    party: 'ITA',
    input: {
      response: 'maritime',
      title: 'EXERCISE Italian maritime support, no ground troops',
      quantity: 2,
      timeToEffectHours: 168,
      state: 'committed',
    },
  },
  {
    party: 'POL',
    input: {
      response: 'weapons',
      title: 'EXERCISE Polish logistics hub for weapons from stockpiles',
      quantity: 3,
      timeToEffectHours: 48,
      state: 'committed',
    },
  },
  {
    party: 'TUR',
    input: {
      response: 'maritime',
      title: 'EXERCISE Turkish Black Sea security patrols',
      quantity: 2,
      timeToEffectHours: 72,
      state: 'committed',
    },
  },
  {
    party: 'EU',
    input: {
      response: 'sanctions',
      title: 'EXERCISE EU sanctions package',
      quantity: 1,
      timeToEffectHours: 240,
      state: 'announced',
    },
  },
];

/**
 * Loads the guarantees part of the exercise: a 24-hour consultation commitment per party with
 * a bilateral agreement, the generated response commitments above, and a trigger that the
 * exercise month's worst days come close to (its threshold one above their busiest window).
 * Idempotent: skips what is there already. Everything is marked EXERCISE.
 */
export async function loadGuaranteesExercise(
  ctx: AppContext,
  progress: (message: string) => void,
): Promise<void> {
  const { guarantees, parties } = ctx.services;
  const known = await parties.codes();
  // Exercise responses are released to the coalition, so a coalition member sees them all.
  const titles = new Set((await guarantees.responses.list(partyViewer('NATO'))).map((r) => r.title));
  const wanted = [
    ...AGREEMENT_PARTNERS.filter((p) => known.has(p)).map((partner) => ({
      party: partner,
      input: {
        response: 'consultation' as const,
        title: `EXERCISE ${partner} urgent consultations with Ukraine within 24 hours`,
        timeToEffectHours: 24,
        state: 'committed' as const,
        sources: [AGREEMENT_SOURCE],
      },
    })),
    ...EXERCISE_RESPONSES.filter((r) => known.has(r.party)),
  ];
  let added = 0;
  for (const { party, input } of wanted) {
    if (titles.has(input.title)) continue;
    await guarantees.responses.create(partyViewer(party), {
      ...input,
      releasability: 'coalition',
      exercise: true,
    });
    added++;
  }
  progress(`guarantees: ${added} EXERCISE response commitments added (${wanted.length} in all)`);

  const triggers = await guarantees.triggers.list(partyViewer('GBR'));
  if (triggers.some((t) => t.name === TRIGGER_NAME) || !known.has('GBR')) return;
  const rule: TriggerRule = {
    categories: ['ground-assault', 'armed-clash', 'air-drone-strike'],
    minSeverity: 3,
    statuses: [...VERIFIED_STATES],
    attributedTo: [],
    minCount: 1,
    windowHours: 24,
  };
  const peak = peakWindow(rule, await monthOfIncidents(ctx));
  rule.minCount = peak.count + 1;
  await guarantees.triggers.create(
    SCENARIO,
    {
      name: TRIGGER_NAME,
      description:
        `EXERCISE threshold: ${rule.minCount} verified, attributed ground assaults, clashes or strikes of severity 3+ within 24 hours. ` +
        `The exercise month's worst 24 hours held ${peak.count}${peak.windowStart ? ` (from ${peak.windowStart})` : ''}, one short of it.`,
      rule: { ...rule, statuses: ['verified', 'referred', 'attributed', 'closed'] },
      releasability: 'coalition',
      exercise: true,
    },
    'GBR',
  );
  progress(
    `guarantees: EXERCISE trigger at ${rule.minCount} in 24 h (the worst exercise day reached ${peak.count})`,
  );
}

async function monthOfIncidents(ctx: AppContext): Promise<RuleIncident[]> {
  const viewer = partyViewer('GBR');
  const out: RuleIncident[] = [];
  let cursor: string | undefined;
  do {
    const page = await ctx.services.incidents.query(viewer, {
      status: [...VERIFIED_STATES],
      from: isoTime(Date.now() - 31 * DAY),
      limit: 1000,
      ...(cursor ? { cursor } : {}),
    });
    out.push(...page.items);
    cursor = page.nextCursor ?? undefined;
  } while (cursor && out.length < 50_000);
  return out;
}
