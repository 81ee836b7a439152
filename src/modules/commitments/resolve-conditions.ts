import type { EffectiveState } from './commitments.model.js';
import { ACTUAL, CompiledProblem, FACTUAL, OPTIMISTIC } from './compile-conditions.js';
import { Fixpoint } from './conditions-fixpoint.js';
import { Explainer } from './explain-conditions.js';
import { formatStep, type ReasonStep } from './reason-messages.js';
import type { CommitmentResolution, ReasonNode, ResolveInput, WhatIf } from './resolve-conditions.types.js';

export type {
  CommitmentResolution,
  EngineApproval,
  EngineCommitment,
  EngineEvent,
  ReasonNode,
  ReasonStatus,
  ResolveInput,
  WhatIf,
} from './resolve-conditions.types.js';

/**
 * The conditions engine: pure, no database, safe to run in the browser (the what-if toggles of
 * the force board run it client-side).
 *
 * Semantics (assurance contracts, domain/commitments.md): conditions are positive (no
 * negation), so the set of binding commitments is the **greatest fixpoint** — start from every
 * live commitment, drop each one whose conditions are not met by the others still in the set,
 * repeat until nothing changes. Mutually conditional commitments ("UK deploys if France
 * deploys" and the reverse) therefore stay in the set and become binding together.
 *
 * Three fixpoints give the four effective states:
 * - *actual* (pending facts false, what-if assumptions true) → the binding set B;
 * - *optimistic* (pending facts true) → the set P that could still become binding;
 * - *factual* (as actual, but positive what-if assumptions false) → F ⊆ B.
 * `firm` = F; `conditional-met` = B \ F (met only thanks to an assumption);
 * `conditional-pending` = P \ B; `failed` = everything else. A commitment that is `active` or
 * `fulfilled` is happening: its conditions no longer gate it.
 *
 * The problem is compiled once (compile-conditions.ts), each fixpoint is incremental
 * (conditions-fixpoint.ts), and the reasons are read off the fixpoints (explain-conditions.ts).
 */

/**
 * Resolves every commitment's effective state with reasons.
 *
 * @example
 * const out = resolveConditions({ commitments, approvals, events }, { excludeParties: ['USA'] });
 * out.get('c-uk')?.state; // 'conditional-pending'
 */
export function resolveConditions(
  input: ResolveInput,
  whatIf: WhatIf = {},
): Map<string, CommitmentResolution> {
  const p = new CompiledProblem(input, whatIf);
  const actual = new Fixpoint(p, ACTUAL);
  const optimistic = new Fixpoint(p, OPTIMISTIC);
  const factual = new Fixpoint(p, FACTUAL);
  const explainer = new Explainer(p, actual, optimistic);
  const states = new Array<EffectiveState>(p.n);
  for (let i = 0; i < p.n; i++)
    states[i] = factual.inSet[i]
      ? 'firm'
      : actual.inSet[i]
        ? 'conditional-met'
        : optimistic.inSet[i]
          ? 'conditional-pending'
          : 'failed';
  const out = new Map<string, CommitmentResolution>();
  for (let i = 0; i < p.n; i++) out.set(p.commitments[i]!.id, new Resolved(explainer, states, i));
  return out;
}

/**
 * One commitment's resolution. The reasons and the explanation are built when first read: the
 * what-if toggles and the guarantees simulation read only the states of thousands of
 * commitments, a page the reasons of a few. `toJSON` gives every field, so an answer written
 * with `JSON.stringify` carries them all.
 */
class Resolved implements CommitmentResolution {
  readonly id: string;
  readonly state: EffectiveState;
  readonly binding: boolean;
  readonly #explainer: Explainer;
  readonly #states: readonly EffectiveState[];
  readonly #index: number;
  #reasons: string[] | undefined;
  #steps: ReasonStep[] | undefined;
  #explanation: ReasonNode | null | undefined;

  constructor(explainer: Explainer, states: readonly EffectiveState[], index: number) {
    this.#explainer = explainer;
    this.#states = states;
    this.#index = index;
    this.id = explainer.id(index);
    this.state = states[index]!;
    this.binding = this.state === 'firm' || this.state === 'conditional-met';
  }

  get reasons(): string[] {
    return (this.#reasons ??= this.reasonSteps.map(formatStep));
  }

  get reasonSteps(): ReasonStep[] {
    return (this.#steps ??= this.#explainer.chain(this.#index, this.#states));
  }

  get explanation(): ReasonNode | null {
    if (this.#explanation === undefined) this.#explanation = this.#explainer.explanation(this.#index);
    return this.#explanation;
  }

  toJSON(): CommitmentResolution {
    return {
      id: this.id,
      state: this.state,
      binding: this.binding,
      reasons: this.reasons,
      explanation: this.explanation,
    };
  }
}

/** Counts of each effective state, for summaries and the board. */
export function countStates(resolutions: Iterable<CommitmentResolution>): Record<EffectiveState, number> {
  const out: Record<EffectiveState, number> = {
    firm: 0,
    'conditional-met': 0,
    'conditional-pending': 0,
    failed: 0,
  };
  for (const r of resolutions) out[r.state]++;
  return out;
}
