/**
 * Shapley values for 35 parties to ±1 percentage point (95 %) in under 2 s. The goal is
 * "land and air requirements both filled" (not a single weighted game, so it is estimated by
 * Monte Carlo); the peer is the exact weighted DP on the land requirement alone, and the
 * estimate of that same weighted game is checked against it.
 *
 *   npx tsx bench/guarantees/pivotality.bench.ts
 */
import { allOfGoal, seededRandom, weightedGoal } from '../../src/modules/guarantees/goal.js';
import { pivotality } from '../../src/modules/guarantees/pivotality.js';
import { PARTIES } from './workload.js';

const random = seededRandom(7);
const land = PARTIES.map(() => Math.floor(random() * 3000));
const air = PARTIES.map(() => Math.floor(random() * 12));
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
const goal = allOfGoal(PARTIES, [
  { weights: land, quota: Math.round(sum(land) * 0.6) },
  { weights: air, quota: Math.round(sum(air) * 0.5) },
]);
let t = performance.now();
const mc = pivotality(goal, { seed: 1 });
const mcMs = performance.now() - t;
const widest = Math.max(...mc.players.map((p) => p.shapleyHalfWidth));

const landGoal = weightedGoal(PARTIES, land, Math.round(sum(land) * 0.6));
t = performance.now();
const exact = pivotality(landGoal);
const exactMs = performance.now() - t;
t = performance.now();
const est = pivotality(landGoal, { forceMonteCarlo: true, seed: 1 });
const estMs = performance.now() - t;
const maxErr = Math.max(...est.players.map((p, i) => Math.abs(p.shapley - exact.players[i]!.shapley)));

console.log('pivotality, 35 parties (EXERCISE weights, seed 7)');
console.log(
  `  Monte Carlo, land AND air goal: ${mcMs.toFixed(0)} ms, ${mc.samples.shapley} orders, widest 95 % half-width ${(widest * 100).toFixed(2)} pp (target 1 pp, < 2 s) ${mcMs < 2000 && widest <= 0.01 ? 'OK' : 'MISSED'}`,
);
console.log(`  peer, exact weighted DP (land): ${exactMs.toFixed(0)} ms`);
console.log(
  `  Monte Carlo on the same game:   ${estMs.toFixed(0)} ms, largest error vs exact ${(maxErr * 100).toFixed(2)} pp`,
);
console.log(`  ratio Monte Carlo / exact DP:   ${(estMs / exactMs).toFixed(2)}x`);
