import type { EffectiveState } from '../commitments/commitments.model.js';
import type { Area, Caveat, Domain, LineState, ReadinessLevel } from './force.model.js';

/**
 * The force generation board, pure (also run in the browser for what-if): fill per line and
 * per domain from the offers, firm offers counted apart from conditional ones.
 */

/** A requirement line as the board needs it. */
export interface BoardLine {
  id: string;
  ref: string;
  domain: Domain;
  capability: string;
  quantity: number;
  unit: string;
  area: Area;
  /** 1 (highest) … 5. */
  priority: number;
  /** Days' notice the line needs. */
  readinessDays: number;
  decision: 'gap-accepted' | 're-solicited' | null;
}

/** An offer as the board needs it. */
export interface BoardOffer {
  id: string;
  commitmentId: string;
  party: string;
  unitName: string;
  /** The line the offer is made against. */
  lineId: string;
  /** Every line the offer could serve, with what it brings in that line's unit. */
  serves: { lineId: string; quantity: number }[];
  noticeDays: number | null;
  readiness: ReadinessLevel;
  caveats: Caveat[];
}

/** One offer's contribution to a line. */
export interface LineContribution {
  offerId: string;
  party: string;
  unitName: string;
  quantity: number;
  state: EffectiveState;
}

/** Fill of one line. */
export interface LineFill {
  lineId: string;
  ref: string;
  domain: Domain;
  capability: string;
  priority: number;
  required: number;
  unit: string;
  firm: number;
  /** Conditional offers whose conditions are met only under what-if assumptions. */
  conditionalMet: number;
  /** Conditional offers still waiting for something. */
  conditionalPending: number;
  /** Offers that failed (not counted in the fill). */
  failed: number;
  shortfall: number;
  state: LineState;
  offers: LineContribution[];
}

/** Fill of one domain, per unit of measure. */
export interface DomainFill {
  domain: Domain;
  lines: number;
  filledLines: number;
  units: { unit: string; required: number; firm: number; conditional: number }[];
  /** Priority-weighted share of the domain's requirement filled by firm offers, 0–1. */
  weightedFirmFill: number;
}

/** The whole board. */
export interface Board {
  lines: LineFill[];
  domains: DomainFill[];
  /** Personnel required, firm and conditional, over lines counted in personnel. */
  personnel: { required: number; firm: number; conditional: number };
}

/** Weight of a priority in weighted fills: priority 1 counts 16 times priority 5. */
export function priorityWeight(priority: number): number {
  return 2 ** (5 - Math.min(5, Math.max(1, priority)));
}

/** What an offer brings to a line (0 when it cannot serve it). */
export function quantityFor(offer: BoardOffer, lineId: string): number {
  return offer.serves.find((s) => s.lineId === lineId)?.quantity ?? 0;
}

function lineState(line: BoardLine, firm: number): LineState {
  if (line.decision) return line.decision;
  if (firm >= line.quantity) return 'filled';
  return firm > 0 ? 'partially-filled' : 'open';
}

/**
 * Computes the board. `states` maps commitment id → effective state; an offer whose
 * commitment is unknown to the viewer's resolution is left out.
 *
 * @example computeBoard(lines, offers, new Map([[offer.commitmentId, 'firm']]))
 */
export function computeBoard(
  lines: readonly BoardLine[],
  offers: readonly BoardOffer[],
  states: ReadonlyMap<string, EffectiveState>,
): Board {
  const byLine = new Map<string, LineContribution[]>();
  for (const o of offers) {
    const state = states.get(o.commitmentId);
    if (!state) continue;
    const list = byLine.get(o.lineId) ?? [];
    list.push({
      offerId: o.id,
      party: o.party,
      unitName: o.unitName,
      quantity: quantityFor(o, o.lineId),
      state,
    });
    byLine.set(o.lineId, list);
  }
  const sum = (list: LineContribution[], s: EffectiveState) =>
    list.filter((c) => c.state === s).reduce((a, c) => a + c.quantity, 0);
  const fills: LineFill[] = lines.map((line) => {
    const list = byLine.get(line.id) ?? [];
    const firm = sum(list, 'firm');
    return {
      lineId: line.id,
      ref: line.ref,
      domain: line.domain,
      capability: line.capability,
      priority: line.priority,
      required: line.quantity,
      unit: line.unit,
      firm,
      conditionalMet: sum(list, 'conditional-met'),
      conditionalPending: sum(list, 'conditional-pending'),
      failed: sum(list, 'failed'),
      shortfall: Math.max(0, line.quantity - firm),
      state: lineState(line, firm),
      offers: list,
    };
  });
  const domains = new Map<Domain, LineFill[]>();
  for (const f of fills) domains.set(f.domain, [...(domains.get(f.domain) ?? []), f]);
  const domainFills: DomainFill[] = [...domains.entries()].map(([domain, list]) => {
    const units = new Map<string, { unit: string; required: number; firm: number; conditional: number }>();
    let weight = 0;
    let filled = 0;
    for (const f of list) {
      const u = units.get(f.unit) ?? { unit: f.unit, required: 0, firm: 0, conditional: 0 };
      u.required += f.required;
      u.firm += f.firm;
      u.conditional += f.conditionalMet + f.conditionalPending;
      units.set(f.unit, u);
      const w = priorityWeight(f.priority);
      weight += w;
      filled += w * (f.required > 0 ? Math.min(1, f.firm / f.required) : 1);
    }
    return {
      domain,
      lines: list.length,
      filledLines: list.filter((f) => f.firm >= f.required).length,
      units: [...units.values()],
      weightedFirmFill: weight > 0 ? filled / weight : 0,
    };
  });
  const personnelLines = fills.filter((f) => f.unit === 'personnel');
  return {
    lines: fills,
    domains: domainFills,
    personnel: {
      required: personnelLines.reduce((a, f) => a + f.required, 0),
      firm: personnelLines.reduce((a, f) => a + f.firm, 0),
      conditional: personnelLines.reduce((a, f) => a + f.conditionalMet + f.conditionalPending, 0),
    },
  };
}

/**
 * Whether an offer may serve a line, and why not: it must list the line, and its readiness
 * and caveats must allow the line's area, task and notice.
 */
export function eligibility(
  offer: BoardOffer,
  line: BoardLine,
): { ok: true } | { ok: false; reason: string } {
  if (quantityFor(offer, line.id) <= 0) return { ok: false, reason: `not offered for ${line.ref}` };
  for (const c of offer.caveats) {
    if ((c.type === 'geographic' || c.type === 'place-of-duty') && c.areas && !c.areas.includes(line.area))
      return {
        ok: false,
        reason: `${c.type} caveat limits it to ${c.areas.join(', ')}; ${line.ref} is in ${line.area}`,
      };
    if (c.type === 'tasks' && c.excludedCapabilities?.includes(line.capability))
      return { ok: false, reason: `tasks caveat rules out ${line.capability}` };
  }
  if (offer.noticeDays !== null && offer.noticeDays > line.readinessDays)
    return {
      ok: false,
      reason: `needs ${offer.noticeDays} days' notice; ${line.ref} needs ${line.readinessDays}`,
    };
  return { ok: true };
}
