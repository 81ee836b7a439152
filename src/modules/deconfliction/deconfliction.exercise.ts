import type { Viewer } from '../../platform/access/viewer.js';
import type { AppContext } from '../../platform/context.js';
import type { NewNotification } from './deconfliction.schemas.js';
import { deconflictionRepository as repo } from './deconfliction.repository.js';

/** Seed of the generated month: the same seed always gives the same notifications. */
export const EXERCISE_SEED = 20_261_201;

const H = 3_600_000;
const DAY = 24 * H;
const PARTIES = ['UKR', 'GBR', 'FRA', 'DEU', 'USA'] as const;

/** Places used to draw generated activities (approximate city centres, for layout only). */
const PLACES: Record<string, [number, number]> = {
  Kyiv: [30.52, 50.45],
  Zhytomyr: [28.66, 50.25],
  Poltava: [34.55, 49.59],
  Kharkiv: [36.23, 49.99],
  Dnipro: [35.05, 48.46],
  Zaporizhzhia: [35.14, 47.84],
  Mykolaiv: [31.99, 46.98],
  Odesa: [30.73, 46.48],
  Vinnytsia: [28.47, 49.23],
  Lviv: [24.03, 49.84],
};

/** mulberry32: a small deterministic generator, so the scenario is the same on every load. */
function generator(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

function clientId(n: number): string {
  return `00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;
}

function scenarioViewer(party: string): Viewer {
  return { userId: '', username: 'scenario', party, role: 'coordinator', inCoalition: true };
}

/** The generated notifications of one EXERCISE month starting at `base` (epoch ms), with owners. */
export function exerciseNotifications(
  base: number,
  seed = EXERCISE_SEED,
): { party: string; input: NewNotification }[] {
  const rnd = generator(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  const jitter = (p: [number, number], deg: number): [number, number] => [
    Number((p[0] + (rnd() - 0.5) * deg).toFixed(5)),
    Number((p[1] + (rnd() - 0.5) * deg).toFixed(5)),
  ];
  const names = Object.keys(PLACES);
  const out: { party: string; input: NewNotification }[] = [];
  let n = 0;
  const iso = (t: number) => new Date(t).toISOString();
  // Standing sites: humanitarian, medical, infrastructure, storage.
  for (let i = 0; i < 24; i++) {
    const place = pick(names);
    const category = pick(['humanitarian', 'medical', 'critical-infrastructure', 'storage']);
    out.push({
      party: pick(['UKR', 'UKR', 'EU', 'GBR']),
      input: {
        clientId: clientId(++n),
        kind: 'site',
        category,
        title: `EXERCISE ${category} site near ${place}`,
        geometry: { type: 'Point', coordinates: jitter(PLACES[place]!, 0.3) },
        radiusM: 200 + Math.round(rnd() * 800),
        startsAt: iso(base),
        releasability: 'coalition',
      },
    });
  }
  // A no-go zone standing for the month (drawn for the exercise, not a real line).
  out.push({
    party: 'NATO',
    input: {
      clientId: clientId(++n),
      kind: 'zone',
      category: 'buffer-zone',
      title: 'EXERCISE buffer zone (no-go)',
      geometry: {
        type: 'Polygon',
        coordinates: [
          [
            [35.6, 47.3],
            [37.6, 47.5],
            [37.8, 47.9],
            [35.8, 47.7],
            [35.6, 47.3],
          ],
        ],
      },
      startsAt: iso(base),
      endsAt: iso(base + 30 * DAY),
      releasability: 'public',
    },
  });
  for (let day = 0; day < 30; day++) {
    const dayStart = base + day * DAY;
    for (let i = 0; i < 8; i++) {
      const start = dayStart + Math.floor(rnd() * 20) * H;
      const lower = Math.round(rnd() * 30) * 100;
      const place = pick(names);
      out.push({
        party: pick(PARTIES),
        input: {
          clientId: clientId(++n),
          kind: 'air',
          category: pick(['flight', 'uas', 'helicopter']),
          title: `EXERCISE air activity near ${place}`,
          geometry: { type: 'Point', coordinates: jitter(PLACES[place]!, 0.6) },
          radiusM: 2_000 + Math.round(rnd() * 10_000),
          altitude: { lowerM: lower, upperM: lower + 300 + Math.round(rnd() * 20) * 100, datum: 'AMSL' },
          startsAt: iso(start),
          endsAt: iso(start + (1 + Math.floor(rnd() * 4)) * H),
          releasability: rnd() < 0.15 ? 'owner' : 'coalition',
        },
      });
    }
    for (let i = 0; i < 3; i++) {
      const from = pick(names);
      let to = pick(names);
      if (to === from) to = names[(names.indexOf(from) + 1) % names.length]!;
      const start = dayStart + (6 + Math.floor(rnd() * 8)) * H;
      out.push({
        party: pick(['UKR', 'EU', 'GBR', 'FRA']),
        input: {
          clientId: clientId(++n),
          kind: 'movement',
          category: pick(['convoy', 'humanitarian-convoy', 'evacuation']),
          title: `EXERCISE convoy ${from}–${to}`,
          geometry: {
            type: 'LineString',
            coordinates: [
              PLACES[from]!,
              jitter(PLACES[from]!.map((v, k) => (v + PLACES[to]![k]!) / 2) as [number, number], 0.4),
              PLACES[to]!,
            ],
          },
          corridorWidthM: 1_000,
          startsAt: iso(start),
          endsAt: iso(start + (6 + Math.floor(rnd() * 6)) * H),
          schedule: [{ place: from, at: iso(start) }],
          releasability: 'coalition',
        },
      });
    }
    if (day % 2 === 0) {
      const start = dayStart + Math.floor(rnd() * 12) * H;
      out.push({
        party: pick(['UKR', 'GBR', 'FRA']),
        input: {
          clientId: clientId(++n),
          kind: 'maritime',
          category: pick(['transit', 'escort']),
          title: 'EXERCISE maritime transit from Odesa',
          geometry: {
            type: 'LineString',
            coordinates: [[30.75, 46.45], jitter([31.2, 45.9], 0.3), [31.9, 45.2]],
          },
          corridorWidthM: 3_704,
          startsAt: iso(start),
          endsAt: iso(start + 18 * H),
          releasability: 'coalition',
        },
      });
    }
  }
  return out;
}

/**
 * Loads a month of EXERCISE notifications — flights, convoys, humanitarian sites, maritime
 * transits and a no-go zone — starting three days from today (so the 48 h rule holds), then
 * relays the first week, records some receipts and hotline messages, and runs the batch
 * detection. Every record is marked exercise; notifications already loaded are skipped.
 */
export async function loadDeconflictionExercise(
  ctx: AppContext,
  progress: (message: string) => void,
): Promise<void> {
  const d = ctx.services.deconfliction;
  const today = new Date();
  const base = Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate()) + 3 * DAY;
  const known = await ctx.services.parties.codes();
  let added = 0;
  const firstWeek: string[] = [];
  for (const { party, input } of exerciseNotifications(base)) {
    if (!known.has(party)) continue;
    if (await repo.byClientId(ctx.db, party, input.clientId)) continue;
    const { notification } = await d.notifications.submit({ system: 'scenario', party }, input, {
      exercise: true,
    });
    added++;
    if (
      notification.kind !== 'zone' &&
      notification.releasability !== 'owner' &&
      Date.parse(notification.startsAt) < base + 7 * DAY
    )
      firstWeek.push(notification.id);
  }
  progress(`deconfliction: ${added} EXERCISE notifications submitted`);
  for (const id of firstWeek) {
    await d.notifications.transition(scenarioViewer('NATO'), id, 'relayed');
    const n = await d.notifications.get(scenarioViewer('NATO'), id);
    for (const party of n.addressees.filter((_, i) => i % 3 !== 2)) {
      await d.notifications.acknowledgeReceipt(scenarioViewer(party), id);
    }
  }
  const run = await d.conflicts.detectAll({ system: 'scenario' });
  progress(`deconfliction: ${run.pairs} EXERCISE conflicts among ${run.checked} live notifications`);
  if (added > 0) {
    const { items } = await d.conflicts.list(scenarioViewer('NATO'), { status: 'open', limit: 3 });
    for (const c of items) {
      const a = c.sides[0].party;
      const b = c.sides[1].party;
      if (!a || !b || a === b) continue;
      await d.hotline.send(
        scenarioViewer(a),
        { conflictId: c.id, body: 'EXERCISE: we see the overlap; can you shift your window by two hours?' },
        { exercise: true },
      );
      await d.hotline.send(
        scenarioViewer(b),
        { conflictId: c.id, body: 'EXERCISE: agreed, moving two hours later; will resubmit.' },
        { exercise: true },
      );
    }
  }
}
