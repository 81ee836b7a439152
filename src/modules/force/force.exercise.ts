import type { AppContext } from '../../platform/context.js';
import type { Condition } from '../commitments/commitments.model.js';
import { LINES, SIZE } from './force.exercise-lines.js';
import { OFFERS, POSITIONS } from './force.exercise-offers.js';

const SCENARIO = { system: 'scenario' } as const;

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
