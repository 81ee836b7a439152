import { createHash } from 'node:crypto';
import type { AppContext } from '../../platform/context.js';
import { CAPABILITY_COALITIONS } from './support.coalitions.js';
import type { Capability, NewPledge } from './support.schemas.js';

const SCENARIO = { system: 'scenario' } as const;
const EXERCISE_GDP_SOURCE =
  'EXERCISE — illustrative figure for the exercise scenario, not an official statistic';

/** EXERCISE requirements of Ukraine: capability, title, quantity, unit, priority, needed by. */
const REQUIREMENTS: readonly [Capability, string, number | null, string | null, number, string][] = [
  ['air-defence', 'EXERCISE — medium-range air-defence fire units', 12, 'fire units', 1, '2026-06-30'],
  [
    'air-defence',
    'EXERCISE — interceptor missiles for medium-range systems',
    600,
    'missiles',
    2,
    '2026-04-30',
  ],
  ['artillery-ammunition', 'EXERCISE — 155 mm artillery rounds', 300000, 'rounds', 3, '2026-12-31'],
  ['drones', 'EXERCISE — long-range strike drones', 2000, 'drones', 4, '2026-09-30'],
  [
    'electronic-warfare',
    'EXERCISE — counter-drone electronic-warfare systems',
    150,
    'systems',
    5,
    '2026-08-31',
  ],
  ['armour', 'EXERCISE — infantry fighting vehicles', 120, 'vehicles', 6, '2027-03-31'],
  ['demining', 'EXERCISE — mechanical demining vehicles', 40, 'vehicles', 7, '2026-10-31'],
  ['maritime', 'EXERCISE — mine-countermeasure drones for the Black Sea', 60, 'drones', 8, '2027-06-30'],
  ['training', 'EXERCISE — brigade-level collective training', 4, 'brigades', 9, '2026-12-31'],
  ['funding', 'EXERCISE — PURL package funding', null, null, 10, '2026-03-31'],
];

/** EXERCISE pledges: donor, requirement index, measure, EUR value, items, items delivered. */
const PLEDGES: readonly [string, number, 'commitment' | 'allocation', number, number | null, number][] = [
  ['DEU', 0, 'allocation', 1_400_000_000, 4, 2],
  ['USA', 0, 'commitment', 2_000_000_000, 4, 0],
  ['FRA', 1, 'allocation', 450_000_000, 150, 100],
  ['GBR', 1, 'allocation', 300_000_000, 100, 100],
  ['FRA', 2, 'allocation', 600_000_000, 80000, 40000],
  ['DNK', 2, 'allocation', 350_000_000, 50000, 20000],
  ['GBR', 3, 'allocation', 500_000_000, 800, 300],
  ['LVA', 3, 'commitment', 40_000_000, 200, 0],
  ['NLD', 4, 'allocation', 200_000_000, 60, 20],
  ['POL', 5, 'commitment', 400_000_000, 40, 0],
  ['DEU', 5, 'allocation', 550_000_000, 40, 10],
  ['LTU', 6, 'allocation', 30_000_000, 10, 4],
  ['NOR', 7, 'allocation', 120_000_000, 30, 0],
  ['CAN', 8, 'allocation', 250_000_000, 2, 1],
  ['SWE', 9, 'allocation', 275_000_000, null, 0],
];

/** EXERCISE GDP figures (EUR, 2025) so that the % of GDP and fair-share views have numbers. */
const EXERCISE_GDP: readonly [string, number][] = [
  ['USA', 27_000e9],
  ['DEU', 4_300e9],
  ['GBR', 3_500e9],
  ['FRA', 2_900e9],
  ['CAN', 2_000e9],
  ['POL', 850e9],
  ['NLD', 1_100e9],
  ['SWE', 560e9],
  ['NOR', 450e9],
  ['DNK', 390e9],
  ['LTU', 80e9],
  ['LVA', 42e9],
];

/**
 * Loads the support module's part of the scenario: the real capability coalitions (sourced),
 * then EXERCISE requirements, a priority list with tranches, pledges, deliveries and GDP
 * figures — every generated record marked exercise and titled EXERCISE. Skips what exists.
 */
export async function loadSupportExercise(
  ctx: AppContext,
  progress: (message: string) => void,
): Promise<void> {
  const {
    supportRequirements: requirements,
    supportPriorityLists: lists,
    supportPledges: pledges,
    supportDeliveries: deliveries,
    supportDonors: donors,
  } = ctx.services;
  const existing = new Set(
    (await ctx.db.selectFrom('support_coalitions').select('name').execute()).map((c) => c.name),
  );
  for (const c of CAPABILITY_COALITIONS) {
    if (!existing.has(c.name)) await requirements.createCoalition(SCENARIO, c, { party: 'NATO' });
  }
  progress(`support: ${CAPABILITY_COALITIONS.length} capability coalitions (sourced)`);
  const loaded = await ctx.db
    .selectFrom('support_requirements')
    .select('id')
    .where('exercise', '=', 1)
    .executeTakeFirst();
  if (loaded) {
    progress('support: EXERCISE requirements and pledges already loaded');
    return;
  }
  const coalitions = await ctx.db.selectFrom('support_coalitions').select(['id', 'capability']).execute();
  const coalitionOf = (capability: string) => coalitions.find((c) => c.capability === capability)?.id;
  const ids: string[] = [];
  for (const [capability, title, quantity, unit, priority, neededBy] of REQUIREMENTS) {
    const coalitionId = coalitionOf(capability);
    const r = await requirements.createRequirement(
      SCENARIO,
      {
        capability,
        title,
        ...(quantity !== null ? { quantity } : {}),
        ...(unit !== null ? { unit } : {}),
        priority,
        neededBy,
        ...(coalitionId ? { coalitionId } : {}),
        description: 'EXERCISE requirement generated for the scenario; not a statement of Ukraine.',
        releasability: 'coalition',
      },
      { party: 'UKR', exercise: true },
    );
    ids.push(r.id);
  }
  const list = await lists.createList(
    SCENARIO,
    {
      month: '2026-01',
      title: 'EXERCISE — prioritised requirements list, January 2026',
      status: 'approved',
      approvedBy: ['UKR', 'NATO', 'USA'],
      requirementIds: ids.slice(0, 6),
      releasability: 'coalition',
    },
    { party: 'UKR', exercise: true },
  );
  await lists.addTranche(
    SCENARIO,
    list.id,
    {
      label: 'EXERCISE tranche 1',
      currency: 'USD',
      target: 500e6,
      pledged: 500e6,
      funded: 500e6,
      delivered: 320e6,
    },
    { exercise: true },
  );
  await lists.addTranche(
    SCENARIO,
    list.id,
    {
      label: 'EXERCISE tranche 2',
      currency: 'USD',
      target: 500e6,
      pledged: 380e6,
      funded: 150e6,
      delivered: 0,
    },
    { exercise: true },
  );
  for (const [i, [donor, req, measure, valueEur, items, delivered]] of PLEDGES.entries()) {
    const capability = REQUIREMENTS[req]![0];
    const coalitionId = coalitionOf(capability);
    const input: NewPledge = {
      aidTypeGeneral: capability === 'funding' ? 'Financial' : 'Military',
      aidTypeSpecific:
        capability === 'training'
          ? 'Training'
          : capability === 'funding'
            ? 'PURL contribution'
            : 'Weapons and equipment',
      measure,
      announcedOn: `2026-0${1 + (i % 3)}-${String(5 + i).padStart(2, '0')}`,
      explanation: `EXERCISE pledge towards "${REQUIREMENTS[req]![1]}"`,
      source: 'EXERCISE — generated for the scenario',
      reportingCurrency: 'EUR',
      valueEur,
      ...(items !== null ? { itemCount: items, item: REQUIREMENTS[req]![3] ?? 'items' } : {}),
      requirementId: ids[req]!,
      ...(coalitionId ? { coalitionId } : {}),
      releasability: 'coalition',
    };
    const pledge = await pledges.create(SCENARIO, input, { party: donor, exercise: true });
    if (delivered > 0 && items !== null) {
      await deliveries.recordDelivery(
        SCENARIO,
        pledge.id,
        {
          deliveredOn: `2026-0${2 + (i % 3)}-15`,
          itemCount: delivered,
          valueEur: Math.round((valueEur * delivered) / items),
          // EXERCISE evidence: the hash of a generated delivery note.
          evidenceSha256: createHash('sha256').update(`EXERCISE delivery ${i}`).digest('hex'),
          note: 'EXERCISE delivery',
        },
        { exercise: true },
      );
    }
  }
  for (const [party, gdpEur] of EXERCISE_GDP) {
    await donors.setGdp(SCENARIO, party, 2025, { gdpEur, source: EXERCISE_GDP_SOURCE, exercise: true });
  }
  progress(
    `support: ${REQUIREMENTS.length} EXERCISE requirements, ${PLEDGES.length} EXERCISE pledges, EXERCISE GDP figures`,
  );
}
