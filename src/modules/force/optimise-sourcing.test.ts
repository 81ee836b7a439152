import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { EffectiveState } from '../commitments/commitments.model.js';
import { eligibility, priorityWeight, type BoardLine, type BoardOffer } from './force-board.js';
import { CONFIDENCE, optimiseSourcing } from './optimise-sourcing.js';

const line = (id: string, quantity: number, priority: number, extra: Partial<BoardLine> = {}): BoardLine => ({
  id,
  ref: id.toUpperCase(),
  domain: 'land',
  capability: 'infantry',
  quantity,
  unit: 'personnel',
  area: 'kyiv',
  priority,
  readinessDays: 90,
  decision: null,
  ...extra,
});
const offer = (id: string, serves: [string, number][], extra: Partial<BoardOffer> = {}): BoardOffer => ({
  id,
  commitmentId: `c-${id}`,
  party: 'GBR',
  unitName: `Unit ${id}`,
  lineId: serves[0]![0],
  serves: serves.map(([lineId, quantity]) => ({ lineId, quantity })),
  noticeDays: 30,
  readiness: 'registered',
  caveats: [],
  ...extra,
});
const allFirm = (offers: BoardOffer[]) =>
  new Map<string, EffectiveState>(offers.map((o) => [o.commitmentId, 'firm']));

describe('optimiseSourcing', () => {
  it('moves a unit that can serve two lines to the line that counts more, and says why', async () => {
    const lines = [line('l1', 1000, 5), line('l2', 1000, 1)];
    const offers = [
      offer('a', [
        ['l1', 1000],
        ['l2', 1000],
      ]),
      offer('b', [['l1', 1000]]),
    ];
    const plan = await optimiseSourcing(lines, offers, allFirm(offers));
    expect(plan.status).toBe('Optimal');
    expect(plan.assignments.map((a) => [a.offerId, a.lineId]).sort()).toEqual([
      ['a', 'l2'],
      ['b', 'l1'],
    ]);
    expect(plan.moves).toEqual([{ offerId: 'a', from: 'l1', to: 'l2' }]);
    expect(plan.score).toBeCloseTo(1);
  });

  it('leaves offers a full line does not need unassigned, free for other lines', async () => {
    const lines = [line('l1', 1000, 1)];
    const offers = [offer('big', [['l1', 1200]]), offer('small', [['l1', 300]])];
    const plan = await optimiseSourcing(lines, offers, allFirm(offers));
    expect(plan.assignments.map((a) => a.offerId)).toEqual(['big']);
    expect(plan.unassigned).toEqual([
      { offerId: 'small', why: 'not needed: L1 already filled by offers that count more' },
    ]);
  });

  it('respects caveats and notice, and gives failed offers no part', async () => {
    const lines = [line('l1', 1000, 1, { area: 'black-sea', readinessDays: 30 })];
    const offers = [
      offer('caveated', [['l1', 1000]], {
        caveats: [{ type: 'geographic', description: 'land only', areas: ['kyiv'] }],
      }),
      offer('slow', [['l1', 1000]], { noticeDays: 90 }),
      offer('failed', [['l1', 1000]]),
    ];
    const states = allFirm(offers).set('c-failed', 'failed');
    const plan = await optimiseSourcing(lines, offers, states);
    expect(plan.assignments).toEqual([]);
    expect(plan.lines[0]).toMatchObject({ shortfall: 1000, why: 'no eligible offer' });
    expect(plan.unassigned.find((u) => u.offerId === 'failed')?.why).toContain('its commitment has failed');
    expect(plan.unassigned.find((u) => u.offerId === 'slow')?.why).toContain("needs 90 days' notice");
  });
});

/** The best score by trying every assignment of every offer to one of its lines or none. */
function bruteForce(lines: BoardLine[], offers: BoardOffer[], states: Map<string, EffectiveState>): number {
  const options = offers.map((o) => [
    null,
    ...o.serves
      .map((s) => lines.find((l) => l.id === s.lineId)!)
      .filter((l) => eligibility(o, l).ok && CONFIDENCE[states.get(o.commitmentId)!] > 0),
  ]);
  const total = lines.reduce((a, l) => a + priorityWeight(l.priority), 0);
  let best = 0;
  const walk = (i: number, fill: Map<string, number>) => {
    if (i === offers.length) {
      const score = lines.reduce(
        (a, l) => a + (priorityWeight(l.priority) * Math.min(l.quantity, fill.get(l.id) ?? 0)) / l.quantity,
        0,
      );
      best = Math.max(best, score / total);
      return;
    }
    const o = offers[i]!;
    for (const l of options[i]!) {
      const next = new Map(fill);
      if (l) {
        const a = o.serves.find((s) => s.lineId === l.id)!.quantity;
        next.set(l.id, (next.get(l.id) ?? 0) + a * CONFIDENCE[states.get(o.commitmentId)!]);
      }
      walk(i + 1, next);
    }
  };
  walk(0, new Map());
  return best;
}

const arbBoard = fc
  .record({
    lines: fc.array(
      fc.record({ quantity: fc.integer({ min: 100, max: 3000 }), priority: fc.integer({ min: 1, max: 5 }) }),
      { minLength: 1, maxLength: 3 },
    ),
    offers: fc.array(
      fc.record({
        serves: fc.uniqueArray(fc.record({ l: fc.nat(2), q: fc.integer({ min: 50, max: 2500 }) }), {
          selector: (s) => s.l,
          minLength: 1,
          maxLength: 3,
        }),
        state: fc.constantFrom<EffectiveState>('firm', 'conditional-met', 'conditional-pending', 'failed'),
      }),
      { minLength: 1, maxLength: 6 },
    ),
  })
  .map(({ lines, offers }) => {
    const ls = lines.map((l, i) => line(`l${i}`, l.quantity, l.priority));
    const os = offers.map((o, i) =>
      offer(
        `o${i}`,
        o.serves.map((s) => [`l${s.l % ls.length}`, s.q] as [string, number]),
      ),
    );
    // Two draws may name the same line once reduced modulo the line count: keep the first.
    for (const o of os)
      o.serves = o.serves.filter((s, i) => o.serves.findIndex((x) => x.lineId === s.lineId) === i);
    const states = new Map(os.map((o, i) => [o.commitmentId, offers[i]!.state]));
    return { ls, os, states };
  });

describe('optimiseSourcing: properties', () => {
  it('reaches the best score any assignment can, with each offer on at most one line', async () => {
    await fc.assert(
      fc.asyncProperty(arbBoard, async ({ ls, os, states }) => {
        const plan = await optimiseSourcing(ls, os, states);
        expect(plan.score).toBeCloseTo(bruteForce(ls, os, states), 6);
        const ids = plan.assignments.map((a) => a.offerId);
        expect(new Set(ids).size).toBe(ids.length);
        for (const a of plan.assignments) {
          const o = os.find((x) => x.id === a.offerId)!;
          expect(
            eligibility(
              o,
              ls.find((l) => l.id === a.lineId)!,
            ).ok,
          ).toBe(true);
        }
      }),
      { numRuns: 150 },
    );
  });
});
