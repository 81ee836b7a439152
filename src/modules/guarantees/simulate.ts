import {
  resolveConditions,
  type EngineApproval,
  type EngineCommitment,
  type EngineEvent,
  type WhatIf,
} from '../commitments/resolve-conditions.js';
import { RESPONSE_TYPES, type ResponseType } from './response-types.js';

/** A response commitment as the simulation sees it: a commitment of the core plus its clock. */
export interface SimCommitment extends EngineCommitment {
  /** What the commitment answers an attack with (air defence, troops, consultations…). */
  response: ResponseType;
  /** Hours from the start of its clock (after approvals) until it takes effect. */
  timeToEffectHours: number;
  /** Expected days until its pending domestic approvals are granted (0 when none is pending). */
  approvalDays: number;
}

/** What the coalition needs per response type, in that type's unit. */
export interface ResponseRequirement {
  response: ResponseType;
  quantity: number;
  unit: string;
}

/** Everything a simulation reads. */
export interface SimulationInput {
  /** When the trigger is assumed confirmed (ISO 8601 UTC): the clocks start here. */
  confirmedAt: string;
  commitments: readonly SimCommitment[];
  approvals: readonly EngineApproval[];
  events: readonly EngineEvent[];
  requirements: readonly ResponseRequirement[];
  /**
   * Other commitments that conditions may name or count (force offers, support pledges): they
   * take part in the resolution as recorded but bring no response capability.
   */
  others?: readonly EngineCommitment[];
  /** Length of the timeline in days (default 30). */
  horizonDays?: number;
}

/** A scenario: assumptions layered on the recorded commitments. */
export interface Scenario {
  name: string;
  /** Parties assumed absent (their commitments out, their participation false), e.g. `USA`. */
  excludeParties?: string[];
  /** Parties assumed to participate whatever is recorded (a backstop given). */
  assumeParties?: string[];
  /** Outcomes forced for every approval of a party ("the parliament says no"). */
  approvalsByParty?: Record<string, 'approved' | 'rejected'>;
  /** Multiplies every expected approval delay (e.g. 2 = parliaments take twice as long). */
  approvalDelayFactor?: number;
}

/** The event a confirmed activation records; conditions may wait for it. */
export const ATTACK_EVENT = 'renewed-attack-declared';

/** The milestones of the issue: T+24 h, 72 h, 7 days, 30 days. */
export const MILESTONE_HOURS = [24, 72, 168, 720] as const;

/** Capability of one response type at one time, against the requirement. */
export interface DomainStatus {
  response: ResponseType;
  available: number;
  required: number | null;
  unit: string | null;
  /** `available / required`, capped at 1; null when nothing is required. */
  coverage: number | null;
}

/** The state of the response at one time after confirmation. */
export interface TimelineStep {
  hours: number;
  at: string;
  /** Ids of the commitments in effect at this time. */
  inEffect: string[];
  byDomain: DomainStatus[];
  byParty: { party: string; promised: number; inEffect: number }[];
}

/** When each commitment takes effect, or why it does not within the horizon. */
export interface CommitmentOutcome {
  id: string;
  party: string;
  response: ResponseType;
  /** Approval delay plus time to effect, in hours. */
  leadHours: number;
  /** Hours after confirmation at which it is first in effect (on the daily grid); null if never. */
  effectiveAfterHours: number | null;
  /** Effective state at the horizon: firm, conditional-met, conditional-pending or failed. */
  stateAtHorizon: string;
  reasons: string[];
}

/** One simulated scenario. */
export interface SimulationResult {
  scenario: string;
  confirmedAt: string;
  horizonDays: number;
  /** The four milestones. */
  milestones: TimelineStep[];
  /** Available capability per response type on each day 0..horizon, for the timeline chart. */
  daily: { day: number; available: Partial<Record<ResponseType, number>> }[];
  commitments: CommitmentOutcome[];
}

const HOUR = 3_600_000;
const BINDING = new Set(['firm', 'conditional-met']);
const PENDING_APPROVAL = new Set(['not-started', 'tabled']);

/**
 * "If a trigger were confirmed at T": which commitments take effect by T+24 h, 72 h, 7 days
 * and 30 days, and the capability per response type against the requirement at each step.
 *
 * Conditions are resolved by the commitments core's engine (the greatest self-consistent
 * set), with the attack event assumed and every pending approval of a commitment assumed
 * granted once its expected delay has passed. A commitment is in effect at t when it is
 * binding at t and its own lead time (approval delay, then time to effect; approvals run in
 * parallel, so the delay is the commitment's expected days, not a sum) has elapsed. The
 * engine is re-run only on days where an approval falls due or a deadline passes.
 */
export function simulate(
  input: SimulationInput,
  scenario: Scenario = { name: 'as recorded' },
): SimulationResult {
  const horizonDays = input.horizonDays ?? 30;
  const t0 = Date.parse(input.confirmedAt);
  const factor = scenario.approvalDelayFactor ?? 1;
  const excluded = new Set(scenario.excludeParties ?? []);
  const commitments = input.commitments.filter((c) => !excluded.has(c.party));
  const responseIds = new Set(commitments.map((c) => c.id));
  const context: EngineCommitment[] = [
    ...commitments,
    ...(input.others ?? []).filter((c) => !responseIds.has(c.id) && !excluded.has(c.party)),
  ];

  const approvalsOf = new Map<string, EngineApproval[]>();
  for (const a of input.approvals) {
    const list = approvalsOf.get(a.commitmentId) ?? [];
    list.push(a);
    approvalsOf.set(a.commitmentId, list);
  }
  const pendingDays = (c: SimCommitment): number => {
    const pending = (approvalsOf.get(c.id) ?? []).some((a) => PENDING_APPROVAL.has(a.state));
    return pending ? c.approvalDays * factor : 0;
  };
  const dueDay = new Map<string, number>();
  for (const c of commitments) dueDay.set(c.id, Math.ceil(pendingDays(c)));
  const leadHours = commitments.map((c) => pendingDays(c) * 24 + c.timeToEffectHours);

  // Days on which the resolution can change: an approval falls due or a deadline passes.
  const changeDays = new Set<number>([0]);
  for (const d of dueDay.values()) if (d <= horizonDays) changeDays.add(d);
  for (const c of commitments) {
    for (const by of deadlines(c.conditions)) {
      // The first whole day on which the offer has lapsed (the engine holds it while asOf ≤ by).
      const day = Math.floor((Date.parse(by) - t0) / (24 * HOUR)) + 1;
      if (day > 0 && day <= horizonDays) changeDays.add(day);
    }
  }

  // A party assumed to refuse never grants; one assumed to approve still takes its expected time.
  const refusing = new Set(
    Object.entries(scenario.approvalsByParty ?? {})
      .filter(([, outcome]) => outcome === 'rejected')
      .map(([party]) => party),
  );
  const resolveAt = (day: number) => {
    const approvals: Record<string, 'approved' | 'rejected'> = {};
    for (const c of commitments) {
      if ((dueDay.get(c.id) ?? 0) > day || refusing.has(c.party)) continue;
      for (const a of approvalsOf.get(c.id) ?? []) {
        if (PENDING_APPROVAL.has(a.state)) approvals[a.id] = 'approved';
      }
    }
    const whatIf: WhatIf = {
      excludeParties: [...excluded],
      assumeEvents: { [ATTACK_EVENT]: true },
      approvals,
      asOf: new Date(t0 + day * 24 * HOUR).toISOString(),
      ...(scenario.assumeParties ? { assumeParties: scenario.assumeParties } : {}),
      approvalsByParty: Object.fromEntries([...refusing].map((p) => [p, 'rejected' as const])),
    };
    return resolveConditions(
      { commitments: context, approvals: input.approvals, events: input.events },
      whatIf,
    );
  };

  // The resolution is constant between change days: one segment per change day, each with
  // the binding commitments. A commitment is in effect on the days of a segment where it is
  // binding and its lead time has passed, so each segment adds its quantity on one day and
  // takes it back at the segment's end; prefix sums then give every day's capability.
  const starts = [...changeDays].sort((x, y) => x - y);
  const segments = starts.map((from, k) => {
    const resolution = resolveAt(from);
    const binding = new Uint8Array(commitments.length);
    commitments.forEach((c, i) => {
      if (BINDING.has(resolution.get(c.id)?.state ?? 'failed')) binding[i] = 1;
    });
    return { from, to: starts[k + 1] ?? horizonDays + 1, binding, resolution };
  });
  const final = segments.at(-1)!.resolution;
  const firstDay = leadHours.map((h) => Math.ceil(h / 24));
  const effectiveAfter = new Array<number | null>(commitments.length).fill(null);
  const change = new Map<ResponseType, Float64Array>();
  for (const segment of segments) {
    commitments.forEach((c, i) => {
      if (!segment.binding[i]) return;
      const from = Math.max(segment.from, firstDay[i]!);
      if (from >= segment.to) return;
      effectiveAfter[i] ??= from * 24;
      let diff = change.get(c.response);
      if (!diff) change.set(c.response, (diff = new Float64Array(horizonDays + 2)));
      diff[from]! += c.quantity ?? 1;
      diff[segment.to]! -= c.quantity ?? 1;
    });
  }
  const daily: SimulationResult['daily'] = [];
  const running = new Map<ResponseType, number>();
  for (let day = 0; day <= horizonDays; day++) {
    const available: Partial<Record<ResponseType, number>> = {};
    for (const [response, diff] of change) {
      const value = (running.get(response) ?? 0) + diff[day]!;
      running.set(response, value);
      // Sums of integers stay exact; anything else is rounded off float noise, not data.
      if (Math.abs(value) > 1e-9) available[response] = Math.round(value * 1e6) / 1e6;
    }
    daily.push({ day, available });
  }
  const inEffectAt = (day: number): boolean[] => {
    const segment = segments.find((sg) => sg.from <= day && day < sg.to)!;
    return commitments.map((_, i) => segment.binding[i] === 1 && firstDay[i]! <= day);
  };

  const required = new Map(input.requirements.map((r) => [r.response, r]));
  const promised = new Map<string, number>();
  for (const c of commitments) promised.set(c.party, (promised.get(c.party) ?? 0) + 1);

  const milestones = MILESTONE_HOURS.filter((h) => h <= horizonDays * 24).map((hours): TimelineStep => {
    const mask = inEffectAt(hours / 24);
    const sums = new Map<ResponseType, number>();
    const perParty = new Map<string, number>();
    const ids: string[] = [];
    commitments.forEach((c, i) => {
      if (!mask[i]) return;
      ids.push(c.id);
      sums.set(c.response, (sums.get(c.response) ?? 0) + (c.quantity ?? 1));
      perParty.set(c.party, (perParty.get(c.party) ?? 0) + 1);
    });
    return {
      hours,
      at: new Date(t0 + hours * HOUR).toISOString(),
      inEffect: ids,
      byDomain: RESPONSE_TYPES.filter((r) => sums.has(r) || required.has(r)).map((response) => {
        const available = sums.get(response) ?? 0;
        const need = required.get(response);
        return {
          response,
          available,
          required: need?.quantity ?? null,
          unit: need?.unit ?? null,
          coverage: need && need.quantity > 0 ? Math.min(1, available / need.quantity) : null,
        };
      }),
      byParty: [...promised.entries()]
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([party, n]) => ({ party, promised: n, inEffect: perParty.get(party) ?? 0 })),
    };
  });

  return {
    scenario: scenario.name,
    confirmedAt: new Date(t0).toISOString(),
    horizonDays,
    milestones,
    daily,
    commitments: commitments.map((c, i) => {
      const r = final.get(c.id);
      return {
        id: c.id,
        party: c.party,
        response: c.response,
        leadHours: leadHours[i]!,
        effectiveAfterHours: effectiveAfter[i]!,
        stateAtHorizon: r?.state ?? 'failed',
        // The engine's reasons explain a commitment that is not binding; one binding but not
        // yet in effect waits only for its lead time, and building reasons for thousands costs time.
        reasons: r && !r.binding ? r.reasons : [],
      };
    }),
  };
}

/** Two scenarios side by side, with what the second loses or gains at each milestone. */
export interface ScenarioComparison {
  a: SimulationResult;
  b: SimulationResult;
  milestones: {
    hours: number;
    /** In effect under A but not under B. */
    onlyInA: string[];
    /** In effect under B but not under A. */
    onlyInB: string[];
    /** Available under B minus available under A, per response type. */
    difference: Partial<Record<ResponseType, number>>;
  }[];
}

/**
 * Runs the same input under two scenarios (e.g. with and without the US backstop) and lists
 * the differences per milestone.
 */
export function compareScenarios(input: SimulationInput, a: Scenario, b: Scenario): ScenarioComparison {
  const ra = simulate(input, a);
  const rb = simulate(input, b);
  return {
    a: ra,
    b: rb,
    milestones: ra.milestones.map((ma, k) => {
      const mb = rb.milestones[k]!;
      const inA = new Set(ma.inEffect);
      const inB = new Set(mb.inEffect);
      const difference: Partial<Record<ResponseType, number>> = {};
      for (const response of RESPONSE_TYPES) {
        const va = ma.byDomain.find((d) => d.response === response)?.available ?? 0;
        const vb = mb.byDomain.find((d) => d.response === response)?.available ?? 0;
        if (va !== vb) difference[response] = vb - va;
      }
      return {
        hours: ma.hours,
        onlyInA: ma.inEffect.filter((id) => !inB.has(id)),
        onlyInB: mb.inEffect.filter((id) => !inA.has(id)),
        difference,
      };
    }),
  };
}

function deadlines(condition: EngineCommitment['conditions']): string[] {
  if (!condition) return [];
  if (condition.type === 'all' || condition.type === 'any') return condition.of.flatMap(deadlines);
  return condition.type === 'deadline' ? [condition.by] : [];
}
