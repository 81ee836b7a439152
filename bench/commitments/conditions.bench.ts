/**
 * Conditions engine benchmark (issue 7): 50 parties × 5,000 commitments with chains of
 * conditions, mutual pairs, thresholds, approvals and events, resolved with and without
 * what-if; the peer is the textbook greatest fixpoint (repeat full passes until nothing
 * changes) on the same input, which must give the same binding set. Then the sourcing
 * optimiser on the EXERCISE-sized board. Run: `npx tsx bench/commitments/conditions.bench.ts`
 */
import type { Condition } from '../../src/modules/commitments/commitments.model.js';
import {
  resolveConditions,
  type EngineApproval,
  type EngineCommitment,
  type ResolveInput,
} from '../../src/modules/commitments/resolve-conditions.js';
import { optimiseSourcing } from '../../src/modules/force/optimise-sourcing.js';
import type { BoardLine, BoardOffer } from '../../src/modules/force/force-board.js';
import { demoBoard } from './demo-board.js';

/** Deterministic PRNG (mulberry32), so every run resolves the same workload. */
function rng(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PARTIES = Array.from({ length: 50 }, (_, i) => `P${String(i).padStart(2, '0')}`);
const KINDS = ['unit', 'logistics', 'funding', 'intelligence'] as const;

function workload(n: number, seed: number): ResolveInput {
  const r = rng(seed);
  const commitments: EngineCommitment[] = [];
  const approvals: EngineApproval[] = [];
  for (let i = 0; i < n; i++) {
    const id = `c${i}`;
    let conditions: Condition | null = null;
    const roll = r();
    if (i > 0 && roll < 0.35)
      conditions = { type: 'commitment', commitmentId: `c${i - 1}` }; // chains
    else if (roll < 0.45)
      conditions = { type: 'commitment', commitmentId: `c${i + 1 < n ? i + 1 : 0}` }; // mutual with the next
    else if (roll < 0.55)
      conditions = { type: 'count', kind: KINDS[Math.floor(r() * 4)]!, atLeast: 1 + Math.floor(r() * 40) };
    else if (roll < 0.62)
      conditions = { type: 'total', measure: 'quantity', unit: 'personnel', atLeast: 1e5 * r() };
    else if (roll < 0.7)
      conditions = {
        type: 'all',
        of: [
          { type: 'party', party: PARTIES[Math.floor(r() * 50)]! },
          {
            type: 'any',
            of: [
              { type: 'event', event: 'ceasefire-in-force' },
              { type: 'commitment', commitmentId: `c${Math.floor(r() * n)}` },
            ],
          },
        ],
      };
    commitments.push({
      id,
      party: PARTIES[Math.floor(r() * 50)]!,
      kind: KINDS[Math.floor(r() * 4)]!,
      title: `Commitment ${i}`,
      state: r() < 0.03 ? 'withdrawn' : 'committed',
      quantity: Math.floor(r() * 2000),
      unit: 'personnel',
      valueEur: null,
      pillar: 'force',
      requirementRef: null,
      conditions,
    });
    if (r() < 0.15) {
      const s = r();
      approvals.push({
        id: `a${i}`,
        commitmentId: id,
        party: commitments[i]!.party,
        bodyName: 'Parliament',
        state: s < 0.5 ? 'approved' : s < 0.8 ? 'tabled' : s < 0.95 ? 'not-started' : 'rejected',
        decidedAt: null,
      });
    }
  }
  return {
    commitments,
    approvals,
    events: [{ key: 'ceasefire-in-force', name: 'Ceasefire in force', happened: false, at: null }],
  };
}

/** The peer: full passes of the greatest fixpoint, binding only (no pending/failed split, no reasons). */
function naiveBinding(input: ResolveInput): Set<string> {
  const approvals = new Map(input.approvals.map((a) => [a.id, a]));
  const byCommitment = new Map<string, EngineApproval[]>();
  for (const a of input.approvals)
    byCommitment.set(a.commitmentId, [...(byCommitment.get(a.commitmentId) ?? []), a]);
  const live = new Set(['announced', 'committed', 'approved', 'ready', 'active', 'fulfilled']);
  let set = new Set(input.commitments.filter((c) => live.has(c.state)).map((c) => c.id));
  const holds = (cond: Condition, members: EngineCommitment[]): boolean => {
    switch (cond.type) {
      case 'all':
        return cond.of.every((c) => holds(c, members));
      case 'any':
        return cond.of.some((c) => holds(c, members));
      case 'commitment':
        return set.has(cond.commitmentId);
      case 'party':
        return members.some((m) => m.party === cond.party && (!cond.kind || m.kind === cond.kind));
      case 'count':
        return (
          new Set(members.filter((m) => !cond.kind || m.kind === cond.kind).map((m) => m.party)).size >=
          cond.atLeast
        );
      case 'total':
        return (
          members
            .filter((m) => !cond.unit || m.unit === cond.unit)
            .reduce((a, m) => a + (m.quantity ?? 0), 0) >=
          cond.atLeast - 1e-9
        );
      case 'event':
        return input.events.some((e) => e.key === cond.event && e.happened);
      case 'approval':
        return approvals.get(cond.approvalId)?.state === 'approved';
      case 'deadline':
        return true;
    }
  };
  for (;;) {
    const members = input.commitments.filter((c) => set.has(c.id));
    const next = new Set(
      members
        .filter((c) => (c.conditions ? holds(c.conditions, members) : true))
        .filter((c) =>
          (byCommitment.get(c.id) ?? []).every((a) => a.state === 'approved' || a.state === 'not-needed'),
        )
        .map((c) => c.id),
    );
    if (next.size === set.size) return next;
    set = next;
  }
}

/** Median wall and CPU time (ms) of `runs` calls, after five warm-up calls (JIT). */
function median(runs: number, f: () => void): { wall: number; cpu: number } {
  for (let i = 0; i < 5; i++) f();
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    const c = process.cpuUsage();
    const t = performance.now();
    f();
    wall.push(performance.now() - t);
    const used = process.cpuUsage(c);
    cpu.push((used.user + used.system) / 1000);
  }
  const mid = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(runs / 2)]!;
  return { wall: mid(wall), cpu: mid(cpu) };
}
const fmt = (m: { wall: number; cpu: number }) => `${m.wall.toFixed(1)} ms wall (${m.cpu.toFixed(1)} ms CPU)`;

const input = workload(5000, 42);
resolveConditions(workload(500, 1)); // warm-up
const whatIf = { excludeParties: ['P07'], assumeEvents: { 'ceasefire-in-force': true } };
let sink = 0;
// What a what-if toggle of the board does: every commitment's state.
const statesMs = median(21, () => {
  for (const r of resolveConditions(input).values()) sink += r.binding ? 1 : 0;
});
const whatIfMs = median(21, () => {
  for (const r of resolveConditions(input, whatIf).values()) sink += r.binding ? 1 : 0;
});
// What POST /commitments/resolve does: every state with its reasons and explanation tree.
const fullMs = median(21, () => {
  for (const r of resolveConditions(input).values()) sink += r.reasons.length + (r.explanation ? 1 : 0);
});
const out = resolveConditions(input);
const t0 = performance.now();
const peer = naiveBinding(input);
const peerMs = performance.now() - t0;
const binding = new Set([...out.values()].filter((r) => r.binding).map((r) => r.id));
const same = binding.size === peer.size && [...binding].every((id) => peer.has(id));
const states = [...out.values()].reduce<Record<string, number>>(
  (a, r) => ({ ...a, [r.state]: (a[r.state] ?? 0) + 1 }),
  {},
);
console.log(`conditions engine, 50 parties × 5,000 commitments (medians of 21, target < 50 ms):`);
console.log(
  `  every state: ${fmt(statesMs)}; with a what-if (exclude a party, assume an event): ${fmt(whatIfMs)}`,
);
console.log(`  every state with every reason chain and explanation tree: ${fmt(fullMs)}`);
console.log(`  states ${JSON.stringify(states)} (checksum ${sink})`);
console.log(
  `  peer (full-pass fixpoint, binding set only, no reasons): ${peerMs.toFixed(0)} ms; ratio peer/engine (wall) ${(peerMs / statesMs.wall).toFixed(0)}× (states), ${(peerMs / fullMs.wall).toFixed(0)}× (with reasons); same binding set: ${same}`,
);

// Optimiser on random boards of the EXERCISE size (11 lines, 19 offers) and 4× larger, each offer
// serving up to three lines (harder than the demo board, where most offers serve one).
function board(lines: number, offers: number, seed: number) {
  const r = rng(seed);
  const ls: BoardLine[] = Array.from({ length: lines }, (_, i) => ({
    id: `l${i}`,
    ref: `L-${i}`,
    domain: 'land',
    capability: `cap ${i % 5}`,
    quantity: 500 + Math.floor(r() * 5000),
    unit: 'personnel',
    area: (['kyiv', 'ukraine-west-hubs', 'black-sea', 'neighbouring-nato'] as const)[i % 4]!,
    priority: 1 + Math.floor(r() * 5),
    readinessDays: 90,
    decision: null,
  }));
  const os: BoardOffer[] = Array.from({ length: offers }, (_, i) => {
    const serves = [
      ...new Set([Math.floor(r() * lines), Math.floor(r() * lines), Math.floor(r() * lines)]),
    ].map((l) => ({
      lineId: `l${l}`,
      quantity: 100 + Math.floor(r() * 3000),
    }));
    return {
      id: `o${i}`,
      commitmentId: `c${i}`,
      party: PARTIES[i % 50]!,
      unitName: `Unit ${i}`,
      lineId: serves[0]!.lineId,
      serves,
      noticeDays: 60,
      readiness: 'registered',
      caveats: [],
    };
  });
  const states = new Map(
    os.map((o, i) => [o.commitmentId, (['firm', 'conditional-pending', 'conditional-met'] as const)[i % 3]!]),
  );
  return { ls, os, states };
}
// The demo board: first call in the process (loads HiGHS and runs its WebAssembly before V8 has
// optimised it), then warm.
const demo = demoBoard();
for (const run of ['cold (loads HiGHS)', 'warm']) {
  const c = process.cpuUsage();
  const t = performance.now();
  const plan = await optimiseSourcing(demo.lines, demo.offers, demo.states);
  const used = process.cpuUsage(c);
  console.log(
    `optimiser, EXERCISE demo board (${demo.lines.length} lines × ${demo.offers.length} offers), ${run}: ${(performance.now() - t).toFixed(0)} ms wall (${((used.user + used.system) / 1000).toFixed(0)} ms CPU), ${plan.status}, score ${plan.score.toFixed(3)}, ${plan.assignments.length} assignments (target < 1000 ms)`,
  );
}
await optimiseSourcing(
  ...(Object.values(board(3, 5, 3)) as [BoardLine[], BoardOffer[], Map<string, 'firm'>]),
);
for (const [lines, offers] of [
  [11, 19],
  [44, 80],
] as const) {
  const b = board(lines, offers, 9);
  const c = process.cpuUsage();
  const t = performance.now();
  const plan = await optimiseSourcing(b.ls, b.os, b.states);
  const ms = performance.now() - t;
  const usage = process.cpuUsage(c);
  const cpu = (usage.user + usage.system) / 1000;
  // Peer: greedy — highest priority line first, largest eligible offer first.
  const tg = performance.now();
  const used = new Set<string>();
  let greedy = 0;
  for (const l of [...b.ls].sort((x, y) => x.priority - y.priority)) {
    let fill = 0;
    for (const o of b.os
      .filter((o) => !used.has(o.id))
      .sort(
        (x, y) =>
          (y.serves.find((s) => s.lineId === l.id)?.quantity ?? 0) -
          (x.serves.find((s) => s.lineId === l.id)?.quantity ?? 0),
      )) {
      const q = o.serves.find((s) => s.lineId === l.id)?.quantity ?? 0;
      if (q === 0 || fill >= l.quantity) continue;
      used.add(o.id);
      fill +=
        q *
        ({ firm: 1, 'conditional-met': 0.8, 'conditional-pending': 0.5, failed: 0 } as const)[
          b.states.get(o.commitmentId)!
        ];
    }
    greedy += (2 ** (5 - l.priority) * Math.min(fill, l.quantity)) / l.quantity;
  }
  const weight = b.ls.reduce((a, l) => a + 2 ** (5 - l.priority), 0);
  const greedyMs = performance.now() - tg;
  console.log(
    `optimiser, random board of ${lines} lines × ${offers} offers (3 lines per offer): ${ms.toFixed(0)} ms wall (${cpu.toFixed(0)} ms CPU), ${plan.status}, score ${plan.score.toFixed(3)}; greedy peer score ${(greedy / weight).toFixed(3)} in ${greedyMs.toFixed(1)} ms`,
  );
}
