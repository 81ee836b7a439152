import type { AppContext } from '../../platform/context.js';
import type { Condition } from '../commitments/commitments.model.js';
import type { NewApproval } from '../commitments/commitments.schemas.js';
import type { Area, Caveat, Domain } from './force.model.js';
import type { NewOffer } from './force.schemas.js';

const SCENARIO = { system: 'scenario' } as const;

// Every position below follows the public positions summarised, with their sources, in
// domain/commitments.md ("Public positions (press, 2025–26)"). Units, numbers, dates and
// approval states are generated for the EXERCISE and are not facts.
const POSITIONS = 'domain/commitments.md — public positions (press, 2025–26); numbers are EXERCISE';
const SIZE = 'domain/commitments.md — Multinational Force Ukraine, reported size 15,000–30,000';

interface ExerciseLine {
  ref: string;
  domain: Domain;
  capability: string;
  quantity: number;
  unit: string;
  area: Area;
  priority: number;
  readinessDays: number;
}

/** The EXERCISE statement of requirements: 19,600 personnel, plus air and maritime lines. */
const LINES: ExerciseLine[] = [
  {
    ref: 'X-L01',
    domain: 'land',
    capability: 'armoured brigade',
    quantity: 8000,
    unit: 'personnel',
    area: 'ukraine-west-hubs',
    priority: 1,
    readinessDays: 90,
  },
  {
    ref: 'X-L02',
    domain: 'land',
    capability: 'infantry battle group',
    quantity: 4000,
    unit: 'personnel',
    area: 'kyiv',
    priority: 2,
    readinessDays: 90,
  },
  {
    ref: 'X-L03',
    domain: 'land',
    capability: 'training and regeneration',
    quantity: 3000,
    unit: 'personnel',
    area: 'ukraine-central-hubs',
    priority: 1,
    readinessDays: 120,
  },
  {
    ref: 'X-C01',
    domain: 'command',
    capability: 'force headquarters and Kyiv coordination cell',
    quantity: 600,
    unit: 'personnel',
    area: 'kyiv',
    priority: 1,
    readinessDays: 30,
  },
  {
    ref: 'X-G01',
    domain: 'logistics',
    capability: 'logistics hub',
    quantity: 2500,
    unit: 'personnel',
    area: 'neighbouring-nato',
    priority: 2,
    readinessDays: 60,
  },
  {
    ref: 'X-M01',
    domain: 'medical',
    capability: 'role 2 medical treatment',
    quantity: 400,
    unit: 'personnel',
    area: 'ukraine-west-hubs',
    priority: 3,
    readinessDays: 90,
  },
  {
    ref: 'X-E01',
    domain: 'engineering',
    capability: 'engineer battalion',
    quantity: 800,
    unit: 'personnel',
    area: 'ukraine-central-hubs',
    priority: 3,
    readinessDays: 120,
  },
  {
    ref: 'X-I01',
    domain: 'isr',
    capability: 'reconnaissance and surveillance',
    quantity: 300,
    unit: 'personnel',
    area: 'neighbouring-nato',
    priority: 2,
    readinessDays: 60,
  },
  {
    ref: 'X-A01',
    domain: 'air',
    capability: 'air policing',
    quantity: 24,
    unit: 'aircraft',
    area: 'ukraine-airspace',
    priority: 1,
    readinessDays: 60,
  },
  {
    ref: 'X-S01',
    domain: 'sea',
    capability: 'maritime security',
    quantity: 6,
    unit: 'ships',
    area: 'black-sea',
    priority: 2,
    readinessDays: 90,
  },
  {
    ref: 'X-S02',
    domain: 'mine-countermeasures',
    capability: 'mine clearance',
    quantity: 6,
    unit: 'ships',
    area: 'black-sea',
    priority: 1,
    readinessDays: 90,
  },
];

const SIDC = {
  armour: '10031000181205000000',
  infantry: '10031000161211000000',
  command: '10031000171100000000',
  logistics: '10031000171634000000',
  medical: '10031000151613000000',
  engineer: '10031000151407000000',
  recce: '10031000151213000000',
  fighter: '10030100001101040000',
  frigate: '10033000001202040000',
  mcm: '10033000001204000000',
};

const place = (name: string, lon: number, lat: number) => ({ name: `${name} (EXERCISE)`, lon, lat });
const usaParticipates: Condition = { type: 'party', party: 'USA' };
const parliament = (
  bodyName: string,
  state: NewApproval['state'],
  extra: Partial<NewApproval> = {},
): NewApproval => ({
  body: 'parliament',
  bodyName,
  state,
  note: 'EXERCISE',
  ...extra,
});
const area = (areas: Area[], description: string): Caveat => ({ type: 'geographic', description, areas });

type ExerciseOffer = Omit<NewOffer, 'lineId' | 'serves' | 'releasability' | 'exercise' | 'sources'> & {
  party: string;
  line: string;
  serves?: [string, number][];
  /** Key of another exercise offer this one is conditional on (mutual sets are patched in after). */
  needs?: string[];
  key: string;
};

const OFFERS: ExerciseOffer[] = [
  {
    key: 'gbr-bde',
    party: 'GBR',
    line: 'X-L01',
    unitName: 'UK armoured brigade',
    quantity: 5000,
    personnel: 5000,
    sidc: SIDC.armour,
    noticeDays: 90,
    plannedLocation: place('Western hub', 24.03, 49.84),
    homeBase: place('Tidworth', -1.66, 51.24),
    needs: ['fra-bde'],
    conditions: usaParticipates,
    approvals: [
      parliament('House of Commons', 'tabled', {
        expectedDays: 30,
        mandate: {
          personnelCeiling: 5000,
          durationMonths: 12,
          area: 'Ukraine, away from the line of contact',
        },
      }),
    ],
  },
  {
    key: 'fra-bde',
    party: 'FRA',
    line: 'X-L01',
    unitName: 'French brigade',
    quantity: 4000,
    personnel: 4000,
    sidc: SIDC.armour,
    noticeDays: 90,
    plannedLocation: place('Western hub', 25.6, 49.55),
    homeBase: place('Mourmelon', 4.37, 49.13),
    needs: ['gbr-bde'],
    approvals: [parliament('Parlement', 'tabled', { expectedDays: 45 })],
  },
  {
    key: 'gbr-hq',
    party: 'GBR',
    line: 'X-C01',
    unitName: 'UK coordination cell Kyiv',
    quantity: 300,
    personnel: 300,
    sidc: SIDC.command,
    noticeDays: 30,
    state: 'committed',
    plannedLocation: place('Kyiv', 30.52, 50.45),
  },
  {
    key: 'fra-hq',
    party: 'FRA',
    line: 'X-C01',
    unitName: 'French HQ element',
    quantity: 300,
    personnel: 300,
    sidc: SIDC.command,
    noticeDays: 30,
    state: 'committed',
    plannedLocation: place('Kyiv', 30.5, 50.43),
  },
  {
    key: 'can-bg',
    party: 'CAN',
    line: 'X-L02',
    unitName: 'Canadian battle group',
    quantity: 1200,
    personnel: 1200,
    sidc: SIDC.infantry,
    noticeDays: 90,
    plannedLocation: place('Central hub', 28.47, 49.23),
    conditions: usaParticipates,
    caveats: [
      {
        type: 'place-of-duty',
        description: 'stationed away from the front',
        areas: ['kyiv', 'ukraine-central-hubs', 'ukraine-west-hubs'],
      },
    ],
    serves: [
      ['X-L02', 1200],
      ['X-L03', 1200],
    ],
  },
  {
    key: 'est-coy',
    party: 'EST',
    line: 'X-L02',
    unitName: 'Estonian infantry company',
    quantity: 200,
    personnel: 200,
    sidc: SIDC.infantry,
    noticeDays: 60,
    state: 'committed',
    plannedLocation: place('Kyiv', 30.6, 50.4),
  },
  {
    key: 'lva-coy',
    party: 'LVA',
    line: 'X-L02',
    unitName: 'Latvian infantry company',
    quantity: 200,
    personnel: 200,
    sidc: SIDC.infantry,
    noticeDays: 60,
    state: 'committed',
    plannedLocation: place('Kyiv', 30.4, 50.47),
  },
  {
    key: 'ltu-coy',
    party: 'LTU',
    line: 'X-L02',
    unitName: 'Lithuanian infantry company',
    quantity: 200,
    personnel: 200,
    sidc: SIDC.infantry,
    noticeDays: 60,
    state: 'committed',
    plannedLocation: place('Kyiv', 30.55, 50.5),
  },
  {
    key: 'deu-log',
    party: 'DEU',
    line: 'X-G01',
    unitName: 'German logistics and ISR group',
    quantity: 1000,
    personnel: 1000,
    sidc: SIDC.logistics,
    noticeDays: 60,
    plannedLocation: place('Rzeszów area', 22.0, 50.04),
    caveats: [area(['neighbouring-nato'], 'only from neighbouring NATO territory')],
    serves: [
      ['X-G01', 1000],
      ['X-I01', 300],
    ],
    approvals: [
      parliament('Bundestag', 'tabled', {
        expectedDays: 21,
        mandate: { personnelCeiling: 1000, durationMonths: 12, area: 'neighbouring NATO territory' },
      }),
    ],
  },
  {
    key: 'pol-hub',
    party: 'POL',
    line: 'X-G01',
    unitName: 'Polish logistics hub',
    quantity: 1500,
    personnel: 1500,
    sidc: SIDC.logistics,
    noticeDays: 30,
    state: 'committed',
    plannedLocation: place('Rzeszów', 22.02, 50.11),
    caveats: [area(['neighbouring-nato'], 'no troops in Ukraine; logistics hub on Polish territory')],
  },
  {
    key: 'ita-nav',
    party: 'ITA',
    line: 'X-S01',
    unitName: 'Italian frigate group',
    quantity: 2,
    personnel: 400,
    sidc: SIDC.frigate,
    noticeDays: 60,
    plannedLocation: place('Black Sea, west', 30.5, 43.9),
    caveats: [
      area(['black-sea', 'out-of-area'], 'maritime only'),
      {
        type: 'tasks',
        description: 'no ground troops',
        excludedCapabilities: ['armoured brigade', 'infantry battle group'],
      },
    ],
    approvals: [
      {
        body: 'government',
        bodyName: 'Council of Ministers',
        state: 'approved',
        decidedAt: '2026-02-10T00:00:00.000Z',
        note: 'EXERCISE',
      },
    ],
  },
  {
    key: 'tur-mcm',
    party: 'TUR',
    line: 'X-S02',
    unitName: 'Turkish mine countermeasures group',
    quantity: 3,
    personnel: 250,
    sidc: SIDC.mcm,
    noticeDays: 60,
    state: 'committed',
    plannedLocation: place('Black Sea, approaches to Odesa', 31.2, 45.9),
    caveats: [area(['black-sea'], 'Black Sea security only')],
    serves: [
      ['X-S02', 3],
      ['X-S01', 2],
    ],
  },
  {
    key: 'gbr-air',
    party: 'GBR',
    line: 'X-A01',
    unitName: 'RAF Typhoon squadron',
    quantity: 8,
    personnel: 250,
    sidc: SIDC.fighter,
    noticeDays: 30,
    plannedLocation: place('Air base, Poland', 19.26, 50.08),
    conditions: usaParticipates,
  },
  {
    key: 'fra-air',
    party: 'FRA',
    line: 'X-A01',
    unitName: 'Rafale detachment',
    quantity: 6,
    personnel: 200,
    sidc: SIDC.fighter,
    noticeDays: 30,
    plannedLocation: place('Air base, Romania', 28.49, 44.36),
    conditions: usaParticipates,
  },
  {
    key: 'nld-air',
    party: 'NLD',
    line: 'X-A01',
    unitName: 'Dutch F-35 detachment',
    quantity: 4,
    personnel: 150,
    sidc: SIDC.fighter,
    noticeDays: 60,
    plannedLocation: place('Air base, Poland', 18.1, 53.1),
    conditions: usaParticipates,
    approvals: [parliament('Tweede Kamer', 'not-started', { expectedDays: 60 })],
  },
  {
    key: 'swe-air',
    party: 'SWE',
    line: 'X-A01',
    unitName: 'Swedish Gripen detachment',
    quantity: 4,
    personnel: 150,
    sidc: SIDC.fighter,
    noticeDays: 60,
    plannedLocation: place('Air base, Romania', 26.1, 44.5),
    conditions: usaParticipates,
    approvals: [parliament('Riksdag', 'not-started', { expectedDays: 60 })],
  },
  {
    key: 'dnk-eng',
    party: 'DNK',
    line: 'X-E01',
    unitName: 'Danish engineer company',
    quantity: 250,
    personnel: 250,
    sidc: SIDC.engineer,
    noticeDays: 90,
    plannedLocation: place('Central hub', 28.6, 49.3),
    approvals: [parliament('Folketing', 'tabled', { expectedDays: 30 })],
  },
  {
    key: 'nor-med',
    party: 'NOR',
    line: 'X-M01',
    unitName: 'Norwegian field hospital',
    quantity: 150,
    personnel: 150,
    sidc: SIDC.medical,
    noticeDays: 60,
    state: 'committed',
    plannedLocation: place('Western hub', 24.0, 49.8),
  },
  {
    key: 'fin-rec',
    party: 'FIN',
    line: 'X-I01',
    unitName: 'Finnish reconnaissance detachment',
    quantity: 100,
    personnel: 100,
    sidc: SIDC.recce,
    noticeDays: 60,
    plannedLocation: place('Eastern Poland', 23.1, 51.2),
    caveats: [area(['neighbouring-nato'], 'outside Ukraine')],
    approvals: [parliament('Eduskunta', 'tabled', { expectedDays: 30 })],
  },
];

/**
 * Loads the force part of the EXERCISE scenario: the ceasefire event (not yet in force), a US
 * backstop waiting for it, the statement of requirements and offers following the parties'
 * public positions. Skips everything when the first line exists already.
 */
export async function loadForceExercise(ctx: AppContext, progress: (message: string) => void): Promise<void> {
  const { force, commitments } = ctx.services;
  const existing = await ctx.db
    .selectFrom('requirement_lines')
    .select('id')
    .where('ref', '=', LINES[0]!.ref)
    .executeTakeFirst();
  if (existing) {
    progress('force: exercise scenario already loaded');
    return;
  }
  await commitments.approvals.setEvent(SCENARIO, 'ceasefire-in-force', {
    name: 'Ceasefire in force (EXERCISE)',
    happened: false,
    releasability: 'coalition',
    exercise: true,
    source: 'domain/commitments.md — guarantees are activated once a ceasefire enters into force',
  });
  await commitments.create(
    SCENARIO,
    {
      kind: 'intelligence',
      title: 'US backstop: intelligence and air support (EXERCISE)',
      purpose: { pillar: 'force' },
      state: 'announced',
      conditions: { type: 'event', event: 'ceasefire-in-force' },
      sources: [
        {
          citation: 'domain/commitments.md — the United States is discussed as a "backstop"; EXERCISE record',
        },
      ],
      releasability: 'coalition',
      exercise: true,
    },
    { party: 'USA' },
  );
  const lineIds = new Map<string, string>();
  for (const l of LINES) {
    const line = await force.createLine(
      SCENARIO,
      {
        ...l,
        phase: 'deployment',
        note: `EXERCISE. Source of the overall size: ${SIZE}`,
        releasability: 'coalition',
        exercise: true,
      },
      'GBR',
    );
    lineIds.set(l.ref, line.id);
  }
  const commitmentOf = new Map<string, string>();
  for (const o of OFFERS) {
    const { key: _key, party, line, serves, needs: _needs, ...rest } = o;
    const offer = await force.createOffer(
      SCENARIO,
      {
        ...rest,
        lineId: lineIds.get(line)!,
        ...(serves
          ? { serves: serves.map(([ref, quantity]) => ({ lineId: lineIds.get(ref)!, quantity })) }
          : {}),
        title: `${o.unitName} (EXERCISE)`,
        sources: [{ citation: POSITIONS }],
        releasability: 'coalition',
        exercise: true,
      },
      party,
    );
    commitmentOf.set(o.key, offer.commitment.id);
  }
  // Mutually conditional offers (UK if France, France if UK) are linked once both exist.
  for (const o of OFFERS.filter((x) => x.needs)) {
    const named: Condition[] = o.needs!.map((k) => ({
      type: 'commitment',
      commitmentId: commitmentOf.get(k)!,
    }));
    const own = o.conditions as Condition | undefined;
    await commitments.update(SCENARIO, commitmentOf.get(o.key)!, {
      conditions: own
        ? { type: 'all', of: [own, ...named] }
        : named.length === 1
          ? named[0]!
          : { type: 'all', of: named },
      note: 'EXERCISE: mutual condition',
    });
  }
  progress(`force: ${LINES.length} requirement lines, ${OFFERS.length} offers (EXERCISE)`);
}
