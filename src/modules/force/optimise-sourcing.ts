import loadHighs, { type Highs } from 'highs';
import type { EffectiveState } from '../commitments/commitments.model.js';
import { eligibility, priorityWeight, quantityFor, type BoardLine, type BoardOffer } from './force-board.js';

/**
 * The sourcing optimiser: which offer to accept against which line, where offers can serve
 * several lines. A mixed-integer programme solved with HiGHS:
 *
 *   maximise   Σ_l w_l · f_l / q_l
 *   subject to f_l ≤ Σ_o min(c_o · a_ol, q_l) · x_ol   (fill counts what assigned offers bring)
 *              0 ≤ f_l ≤ q_l                    (no credit beyond the requirement)
 *              Σ_l x_ol ≤ 1                     (a unit serves one line at a time)
 *              x_ol ∈ {0, 1}, only for eligible pairs (caveats, notice, lines offered for)
 *
 * w_l is the priority weight (priority 1 counts 16× priority 5), q_l the quantity required,
 * a_ol what offer o brings to line l, and c_o the confidence of its commitment (firm 1,
 * conditional-met 0.8, conditional-pending 0.5); failed offers take no part. Offers a line
 * does not need are released afterwards (`releaseSurplus`).
 */

/** Confidence with which an offer counts, by its commitment's effective state. */
export const CONFIDENCE: Record<EffectiveState, number> = {
  firm: 1,
  'conditional-met': 0.8,
  'conditional-pending': 0.5,
  failed: 0,
};

/** One proposed acceptance. */
export interface Assignment {
  offerId: string;
  lineId: string;
  quantity: number;
  why: string;
}

/** Proposal for one line. */
export interface LineProposal {
  lineId: string;
  ref: string;
  required: number;
  /** Quantity of the assigned offers, in the line's unit (not confidence-weighted). */
  assigned: number;
  shortfall: number;
  why: string;
}

/** The optimiser's answer. */
export interface SourcingPlan {
  status: string;
  /** Priority-weighted, confidence-weighted fill reached, 0–1. */
  score: number;
  assignments: Assignment[];
  lines: LineProposal[];
  /** Offers left unassigned, each with the reason. */
  unassigned: { offerId: string; why: string }[];
  /** Offers the primary line of which differs from the proposal. */
  moves: { offerId: string; from: string; to: string }[];
  solveMs: number;
}

// The package is CommonJS: under Node's ESM the default import is the loader function itself.
const load = loadHighs as unknown as () => Promise<Highs>;
let highsPromise: Promise<Highs> | undefined;
function highs(): Promise<Highs> {
  return (highsPromise ??= load());
}

function primal(columns: Record<string, unknown>, name: string): number {
  const col = columns[name] as { Primal?: number } | undefined;
  return col?.Primal ?? 0;
}

/**
 * Leaves surplus offers unassigned, so they stay free for re-solicited lines: on a line the
 * chosen offers over-fill, keeps the largest confidence-weighted contributions until the line
 * is full and releases the rest. (A penalty per assignment in the objective did the same
 * inside the MIP, but made proving optimality among many equal fills slow.)
 */
function releaseSurplus(
  lines: readonly BoardLine[],
  pairs: readonly { o: number; l: number; a: number; c: number }[],
  chosen: Set<number>,
): void {
  lines.forEach((line, l) => {
    const here = [...chosen].filter((p) => pairs[p]!.l === l);
    here.sort((x, y) => pairs[y]!.a * pairs[y]!.c - pairs[x]!.a * pairs[x]!.c);
    let credited = 0;
    for (const p of here) {
      if (credited >= line.quantity) chosen.delete(p);
      else credited += pairs[p]!.a * pairs[p]!.c;
    }
  });
}

/**
 * Proposes which offers to accept against which lines.
 *
 * @example const plan = await optimiseSourcing(lines, offers, states); plan.assignments[0].why
 */
export async function optimiseSourcing(
  lines: readonly BoardLine[],
  offers: readonly BoardOffer[],
  states: ReadonlyMap<string, EffectiveState>,
): Promise<SourcingPlan> {
  const started = performance.now();
  const lineIndex = new Map(lines.map((l, i) => [l.id, i]));
  const pairs: { o: number; l: number; a: number; c: number }[] = [];
  const ineligible = new Map<number, string[]>();
  offers.forEach((offer, o) => {
    const c = CONFIDENCE[states.get(offer.commitmentId) ?? 'failed'];
    for (const s of offer.serves) {
      const l = lineIndex.get(s.lineId);
      if (l === undefined) continue;
      const line = lines[l]!;
      const verdict = eligibility(offer, line);
      if (!verdict.ok || c === 0) {
        const why = c === 0 ? 'its commitment has failed' : verdict.ok ? '' : verdict.reason;
        ineligible.set(o, [...(ineligible.get(o) ?? []), `${line.ref}: ${why}`]);
        continue;
      }
      pairs.push({ o, l, a: quantityFor(offer, line.id), c });
    }
  });
  const obj: string[] = [];
  lines.forEach((line, l) => {
    if (line.quantity > 0)
      obj.push(`+ ${(priorityWeight(line.priority) / line.quantity).toPrecision(12)} f${l}`);
  });
  const rows: string[] = [];
  lines.forEach((line, l) => {
    // Coefficient tightening: no offer can credit more than the line needs (f ≤ q anyway), which
    // keeps the relaxation close to the integer optimum and the branch-and-bound tree small.
    const terms = pairs.flatMap((pr, p) =>
      pr.l === l ? [`- ${Math.min(pr.a * pr.c, line.quantity).toPrecision(12)} x${p}`] : [],
    );
    rows.push(` fill${l}: f${l} ${terms.join(' ')} <= 0`);
  });
  offers.forEach((_, o) => {
    const terms = pairs.flatMap((pr, p) => (pr.o === o ? [`x${p}`] : []));
    if (terms.length > 1) rows.push(` one${o}: ${terms.join(' + ')} <= 1`);
  });
  const bounds = lines.map((line, l) => ` 0 <= f${l} <= ${line.quantity}`);
  const lp = [
    'Maximize',
    ` obj: ${obj.length ? obj.join(' ') : '0 f0'}`,
    'Subject To',
    ...(rows.length ? rows : [' none: f0 <= 0']),
    'Bounds',
    ...bounds,
    ...(pairs.length ? ['Binary', ...pairs.map((_, p) => ` x${p}`)] : []),
    'End',
  ].join('\n');
  const solution = lines.length === 0 ? null : (await highs()).solve(lp, { mip_rel_gap: 0 });
  const status = solution?.Status ?? 'Optimal';
  const chosen = new Set<number>();
  if (solution && status === 'Optimal')
    pairs.forEach((_, p) => {
      if (primal(solution.Columns, `x${p}`) > 0.5) chosen.add(p);
    });
  releaseSurplus(lines, pairs, chosen);
  const assignedTo = new Map<number, number>();
  for (const p of chosen) assignedTo.set(pairs[p]!.o, pairs[p]!.l);
  const perLine = lines.map(() => 0);
  for (const p of chosen) perLine[pairs[p]!.l]! += pairs[p]!.a;
  const assignments: Assignment[] = [...chosen].map((p) => {
    const { o, l, a } = pairs[p]!;
    const line = lines[l]!;
    const offer = offers[o]!;
    const alternatives = pairs.filter((x) => x.o === o && x.l !== l).map((x) => lines[x.l]!.ref);
    const state = states.get(offer.commitmentId) ?? 'failed';
    const why =
      `${offer.unitName} (${offer.party}, ${state}) brings ${a} ${line.unit} to ${line.ref} (priority ${line.priority})` +
      (alternatives.length ? `; preferred over ${alternatives.join(', ')}` : '');
    return { offerId: offer.id, lineId: line.id, quantity: a, why };
  });
  const lineProposals: LineProposal[] = lines.map((line, l) => {
    const assigned = perLine[l]!;
    const eligibleOffers = pairs.filter((x) => x.l === l);
    const elsewhere = eligibleOffers.filter((x) => assignedTo.has(x.o) && assignedTo.get(x.o) !== l);
    const why =
      assigned >= line.quantity
        ? 'filled'
        : eligibleOffers.length === 0
          ? 'no eligible offer'
          : elsewhere.length > 0
            ? `short: ${elsewhere.map((x) => `${offers[x.o]!.unitName} is worth more on ${lines[assignedTo.get(x.o)!]!.ref}`).join('; ')}`
            : 'short: every eligible offer is assigned here';
    return {
      lineId: line.id,
      ref: line.ref,
      required: line.quantity,
      assigned,
      shortfall: Math.max(0, line.quantity - assigned),
      why,
    };
  });
  const unassigned = offers.flatMap((offer, o) => {
    if (assignedTo.has(o)) return [];
    const reasons = ineligible.get(o) ?? [];
    const eligibleLines = pairs.filter((x) => x.o === o).map((x) => lines[x.l]!.ref);
    const why = eligibleLines.length
      ? `not needed: ${eligibleLines.join(', ')} already filled by offers that count more`
      : `no line it can serve${reasons.length ? ` (${reasons.join('; ')})` : ''}`;
    return [{ offerId: offer.id, why }];
  });
  const moves = offers.flatMap((offer, o) => {
    const l = assignedTo.get(o);
    return l !== undefined && lines[l]!.id !== offer.lineId
      ? [{ offerId: offer.id, from: offer.lineId, to: lines[l]!.id }]
      : [];
  });
  const totalWeight = lines.reduce((a, l) => a + priorityWeight(l.priority), 0);
  const score =
    totalWeight > 0 && solution && status === 'Optimal'
      ? lines.reduce(
          (a, line, l) =>
            a +
            (priorityWeight(line.priority) * primal(solution.Columns, `f${l}`)) /
              Math.max(line.quantity, 1e-9),
          0,
        ) / totalWeight
      : 0;
  return {
    status,
    score,
    assignments,
    lines: lineProposals,
    unassigned,
    moves,
    solveMs: performance.now() - started,
  };
}
