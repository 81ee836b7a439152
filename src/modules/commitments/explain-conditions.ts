import { APPROVAL_STATES, type ApprovalState, type EffectiveState } from './commitments.model.js';
import { ALL, ANY, LIVE, NAMED, type CompiledProblem } from './compile-conditions.js';
import type { Fixpoint } from './conditions-fixpoint.js';
import type { ReasonNode, ReasonStatus } from './resolve-conditions.types.js';
import { formatReason, type ReasonMessage, type ReasonStep } from './reason-messages.js';

// One formatter for the whole run: toLocaleString builds a new one per call (measured 100× slower).
const NUMBER = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 });
const fmtNumber = (n: number) => NUMBER.format(n);

// Message keys as constants: keys built by concatenation per sentence cost a string flatten and
// hash on every lookup (measured: a third of the explanation time).
const byStatus = (prefix: string): Record<ReasonStatus, string> => ({
  met: `${prefix}.met`,
  pending: `${prefix}.pending`,
  failed: `${prefix}.failed`,
});
const KEYS = {
  commitment: byStatus('reason.commitment'),
  party: byStatus('reason.party'),
  partyKind: byStatus('reason.partyKind'),
};
const APPROVAL_KEYS = Object.fromEntries(
  APPROVAL_STATES.map((state) => [
    state,
    {
      plain: `reason.approval.${state}`,
      on: `reason.approval.${state}.on`,
      whatIf: `reason.approval.${state}.whatIf`,
    },
  ]),
) as Record<ApprovalState, { plain: string; on: string; whatIf: string }>;
const STEP_KEYS = {
  firm: 'reason.step.firm',
  assumed: 'reason.step.assumed',
  failed: 'reason.step.failed',
  pending: 'reason.step.pending',
} as const;

/**
 * Builds the readable explanations of a resolution from its actual and optimistic fixpoints:
 * a node is `met` when true in the actual set, `pending` when true only in the optimistic one,
 * else `failed`. Works on the compiled nodes (compile-conditions.ts), so nothing is
 * re-evaluated here.
 */
export class Explainer {
  constructor(
    private readonly p: CompiledProblem,
    private readonly actual: Fixpoint,
    private readonly optimistic: Fixpoint,
  ) {}

  private status(x: number): ReasonStatus {
    if (this.actual.nodeTrue[x]) return 'met';
    return this.optimistic.nodeTrue[x] ? 'pending' : 'failed';
  }

  /** The id of commitment i. */
  id(i: number): string {
    return this.p.commitments[i]!.id;
  }

  private name(i: number): string {
    const c = this.p.commitments[i]!;
    return `"${c.title}" (${c.party})`;
  }

  /** The explanation tree of commitment i's conditions, or null when it has none. */
  explanation(i: number): ReasonNode | null {
    const root = this.p.root[i]!;
    return root < 0 ? null : this.node(root);
  }

  private node(x: number): ReasonNode {
    const p = this.p;
    const status = this.status(x);
    const kind = p.nodeKind[x];
    if (kind === ALL || kind === ANY) {
      const start = p.childStart[x]!;
      const children: ReasonNode[] = [];
      let met = 0;
      for (let c = start; c < start + p.childCount[x]!; c++) {
        const child = this.node(p.children[c]!);
        if (child.status === 'met') met++;
        children.push(child);
      }
      const message = {
        key: kind === ALL ? 'reason.all' : 'reason.any',
        vars: { count: children.length, met },
      };
      return { status, text: formatReason(message), message, children };
    }
    const cond = p.cond[x]!;
    const message = this.leafMessage(x, status);
    const text = formatReason(message);
    return cond.type === 'commitment'
      ? { status, text, message, commitmentId: cond.commitmentId }
      : { status, text, message };
  }

  private leafText(x: number, status: ReasonStatus): string {
    return formatReason(this.leafMessage(x, status));
  }

  /** The sentence of leaf x with the given status, as a message key and its variables. */
  private leafMessage(x: number, status: ReasonStatus): ReasonMessage {
    const p = this.p;
    const cond = p.cond[x]!;
    const m = (key: string, vars: Record<string, string | number> = {}): ReasonMessage => ({ key, vars });
    switch (cond.type) {
      case 'all':
      case 'any':
        return m(cond.type === 'all' ? 'reason.all' : 'reason.any');
      case 'commitment': {
        if (p.nodeKind[x] !== NAMED)
          return m(
            p.assumedCommitments.has(cond.commitmentId)
              ? 'reason.commitment.assumed'
              : 'reason.commitment.unknown',
            {
              id: cond.commitmentId,
            },
          );
        const j = p.target[x]!;
        const c = p.commitments[j]!;
        if (p.excluded.has(c.party))
          return m('reason.commitment.excluded', { name: this.name(j), party: c.party });
        return m(KEYS.commitment[status], { name: this.name(j) });
      }
      case 'party': {
        if (p.excluded.has(cond.party)) return m('reason.party.excluded', { party: cond.party });
        if (p.assumedParties.has(cond.party) && status === 'met')
          return m('reason.party.assumed', { party: cond.party });
        return cond.kind
          ? m(KEYS.partyKind[status], { party: cond.party, kind: cond.kind })
          : m(KEYS.party[status], { party: cond.party });
      }
      case 'count': {
        const have = this.actual.aggValue[p.target[x]!]!;
        const scope = [cond.kind, cond.pillar].filter(Boolean).join(', ');
        return scope
          ? m('reason.count', { atLeast: cond.atLeast, scope, have })
          : m('reason.countAny', { atLeast: cond.atLeast, have });
      }
      case 'total': {
        const have = this.actual.aggValue[p.target[x]!]!;
        const unit = cond.measure === 'valueEur' ? 'EUR' : (cond.unit ?? 'units');
        const scope = [cond.kind, cond.requirementRef, cond.pillar].filter(Boolean).join(', ');
        const vars = { atLeast: fmtNumber(cond.atLeast), unit, have: fmtNumber(have) };
        return scope ? m('reason.total', { ...vars, scope }) : m('reason.totalAll', vars);
      }
      case 'event': {
        const e = p.events.get(cond.event);
        const label = e?.name ?? cond.event;
        const assumed = p.whatIf.assumeEvents?.[cond.event];
        if (e?.happened)
          return e.at
            ? m('reason.event.happenedOn', { label, date: e.at.slice(0, 10) })
            : m('reason.event.happened', { label });
        if (assumed === true) return m('reason.event.assumed', { label });
        if (assumed === false) return m('reason.event.never', { label });
        return m('reason.event.notYet', { label });
      }
      case 'approval': {
        const a = p.approvalsById.get(cond.approvalId);
        if (!a) return m('reason.approval.unknown', { id: cond.approvalId });
        const { state } = p.approvalState(a);
        const vars = { body: a.bodyName, party: a.party };
        if (state !== a.state) return m(APPROVAL_KEYS[state].whatIf, vars);
        return a.decidedAt
          ? m(APPROVAL_KEYS[state].on, { ...vars, date: a.decidedAt.slice(0, 10) })
          : m(APPROVAL_KEYS[state].plain, vars);
      }
      case 'deadline':
        return m(p.asOf <= cond.by ? 'reason.deadline.stands' : 'reason.deadline.passed', {
          date: cond.by.slice(0, 10),
        });
    }
  }

  /** The chain of reasons for commitment `start`, following the first blocking dependency. */
  chain(start: number, states: readonly EffectiveState[]): ReasonStep[] {
    const out: ReasonStep[] = [];
    const seen = new Set<number>();
    let i: number | undefined = start;
    while (i !== undefined && !seen.has(i) && out.length < 20) {
      seen.add(i);
      const [step, next] = this.step(i, states, seen);
      out.push(step);
      i = next;
    }
    return out;
  }

  private step(
    i: number,
    states: readonly EffectiveState[],
    seen: ReadonlySet<number>,
  ): [ReasonStep, number | undefined] {
    const p = this.p;
    const c = p.commitments[i]!;
    const state = states[i]!;
    const name = this.name(i);
    const say = (key: keyof typeof STEP_KEYS, causes: ReasonMessage[] | null): ReasonStep => ({
      message: { key: STEP_KEYS[key], vars: { name } },
      causes,
    });
    const lifecycle = { key: 'reason.lifecycle', vars: { state: c.state } };
    if (!LIVE.has(c.state)) return [say('failed', [lifecycle]), undefined];
    if (p.excluded.has(c.party))
      return [say('failed', [{ key: 'reason.excludedParty', vars: { party: c.party } }]), undefined];
    if (p.happening[i]) return [say('firm', [lifecycle]), undefined];
    const root = p.root[i]!;
    if (root < 0) return [say('firm', [{ key: 'reason.noConditions', vars: {} }]), undefined];
    if (state === 'firm' || state === 'conditional-met')
      return [say(state === 'firm' ? 'firm' : 'assumed', this.summary(root, 'met')), undefined];
    const wanted: ReasonStatus = state === 'failed' ? 'failed' : 'pending';
    // Follow a dependency not yet on the chain, so that a cycle leads on to its root cause.
    const blockers = this.blockers(root, wanted, []);
    const next = (x: number) => (p.nodeKind[x] === NAMED ? p.target[x] : undefined);
    const blocker =
      blockers.find((x) => {
        const j = next(x);
        return j === undefined || !seen.has(j);
      }) ?? blockers[0];
    if (blocker === undefined) return [say(wanted, null), undefined];
    return [say(wanted, [this.leafMessage(blocker, wanted)]), next(blocker)];
  }

  /** The sentences of the leaves of subtree `root` with the given status, in order. */
  private summary(root: number, status: ReasonStatus): ReasonMessage[] {
    const p = this.p;
    const out: ReasonMessage[] = [];
    const end = p.subtreeEnd[root]!;
    for (let x = root; x < end; x++)
      if (p.nodeKind[x]! >= NAMED && this.status(x) === status) out.push(this.leafMessage(x, status));
    return out;
  }

  /** The leaves with the given status that give node x that status, in order. */
  private blockers(x: number, wanted: ReasonStatus, out: number[]): number[] {
    const p = this.p;
    if (this.status(x) !== wanted) return out;
    const kind = p.nodeKind[x];
    if (kind === ALL || kind === ANY) {
      const start = p.childStart[x]!;
      for (let c = start; c < start + p.childCount[x]!; c++) this.blockers(p.children[c]!, wanted, out);
    } else out.push(x);
    return out;
  }
}
