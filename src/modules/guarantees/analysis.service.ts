import { requireRole, type Viewer } from '../../platform/access/viewer.js';
import type { AppContext } from '../../platform/context.js';
import { allOfGoal } from './goal.js';
import type { PivotalityRequest, SimulationRequest } from './guarantees.schemas.js';
import { pivotality, type Pivotality } from './pivotality.js';
import type { ResponsesService } from './responses.service.js';
import { RESPONSE_UNIT, type ResponseType } from './response-types.js';
import {
  compareScenarios,
  simulate,
  type ScenarioComparison,
  type SimCommitment,
  type SimulationInput,
  type SimulationResult,
} from './simulate.js';

const PENDING = new Set(['not-started', 'tabled']);
// A pending approval with no expected delay is taken as not granted within any horizon.
const UNKNOWN_DELAY_DAYS = 10_000;

/** The answer of the pivotality route: the goal, each party's weight per requirement, the values. */
export interface PivotalityAnswer {
  byDay: number;
  requirements: { response: ResponseType; quantity: number; unit: string }[];
  weights: { party: string; quantities: Partial<Record<ResponseType, number>> }[];
  result: Pivotality;
  exercise: boolean;
}

/**
 * Simulation and pivotality over the response commitments the viewer may see: nothing hidden
 * from the viewer shapes the answer (hidden commitments count as not recorded).
 */
export class AnalysisService {
  constructor(
    private readonly ctx: AppContext,
    private readonly responses: ResponsesService,
  ) {}

  /** The simulation input as the viewer may see it. */
  async input(
    viewer: Viewer,
    confirmedAt: string,
    horizonDays?: number,
  ): Promise<SimulationInput & { exercise: boolean }> {
    const [engine, responses] = await Promise.all([
      this.ctx.services.commitments.resolutionInput(viewer),
      this.responses.list(viewer),
    ]);
    const byId = new Map(engine.commitments.map((c) => [c.id, c]));
    const commitments: SimCommitment[] = responses.flatMap((r) => {
      const c = byId.get(r.commitmentId);
      if (!c) return [];
      const pending = r.approvals.filter((a) => PENDING.has(a.state));
      const approvalDays = Math.max(0, ...pending.map((a) => a.expectedDays ?? UNKNOWN_DELAY_DAYS));
      return [{ ...c, response: r.response, timeToEffectHours: r.timeToEffectHours, approvalDays }];
    });
    return {
      confirmedAt,
      commitments,
      others: engine.commitments,
      approvals: engine.approvals,
      events: engine.events,
      requirements: [],
      ...(horizonDays ? { horizonDays } : {}),
      exercise: engine.exercise || responses.some((r) => r.exercise),
    };
  }

  /** "If a trigger were confirmed at T": one scenario, or two side by side. */
  async simulate(
    viewer: Viewer,
    request: SimulationRequest,
  ): Promise<{ single: SimulationResult | null; comparison: ScenarioComparison | null; exercise: boolean }> {
    requireRole(viewer, ['coordinator', 'planner', 'analyst'], 'run simulations');
    const input = await this.input(viewer, request.confirmedAt, request.horizonDays);
    input.requirements = request.requirements.map((r) => ({
      ...r,
      unit: r.unit ?? RESPONSE_UNIT[r.response],
    }));
    const scenario = request.scenario ?? { name: 'as recorded' };
    if (request.compareWith) {
      return {
        single: null,
        comparison: compareScenarios(input, scenario, request.compareWith),
        exercise: input.exercise,
      };
    }
    return { single: simulate(input, scenario), comparison: null, exercise: input.exercise };
  }

  /**
   * Who is pivotal for "the requirements are met by day D": each party brings what its
   * response commitments put in effect by day D when every party steps up (one simulation as
   * recorded), and the goal is met when, for every requirement, the parties that step up bring
   * at least the required quantity.
   */
  async pivotality(viewer: Viewer, request: PivotalityRequest): Promise<PivotalityAnswer> {
    requireRole(viewer, ['coordinator', 'planner', 'analyst'], 'analyse pivotality');
    const input = await this.input(viewer, new Date().toISOString(), Math.max(request.byDay, 1));
    const run = simulate(input);
    const inEffect = new Set(
      run.commitments
        .filter((c) => c.effectiveAfterHours !== null && c.effectiveAfterHours <= request.byDay * 24)
        .map((c) => c.id),
    );
    const parties = [...new Set(input.commitments.map((c) => c.party))].sort();
    const quantities = new Map<string, Partial<Record<ResponseType, number>>>();
    for (const c of input.commitments) {
      if (!inEffect.has(c.id)) continue;
      const q = quantities.get(c.party) ?? {};
      q[c.response] = (q[c.response] ?? 0) + (c.quantity ?? 1);
      quantities.set(c.party, q);
    }
    const requirements = request.requirements.map((r) => ({
      ...r,
      unit: r.unit ?? RESPONSE_UNIT[r.response],
    }));
    // The weighted DP needs integers: quantities are counted in hundredths where any is fractional.
    const fractional =
      requirements.some((r) => !Number.isInteger(r.quantity)) ||
      [...quantities.values()].some((q) => Object.values(q).some((v) => !Number.isInteger(v)));
    const scale = fractional ? 100 : 1;
    const goal = allOfGoal(
      parties,
      requirements.map((r) => ({
        weights: parties.map((p) => Math.round((quantities.get(p)?.[r.response] ?? 0) * scale)),
        quota: Math.max(1, Math.round(r.quantity * scale)),
      })),
    );
    const result = pivotality(goal, {
      ...(request.targetHalfWidth ? { targetHalfWidth: request.targetHalfWidth } : {}),
      ...(request.seed ? { seed: request.seed } : {}),
    });
    return {
      byDay: request.byDay,
      requirements,
      weights: parties.map((party) => ({ party, quantities: quantities.get(party) ?? {} })),
      result,
      exercise: input.exercise,
    };
  }
}
