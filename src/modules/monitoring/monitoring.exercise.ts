import { createHash } from 'node:crypto';
import type { Viewer } from '../../platform/access/viewer.js';
import type { AppContext } from '../../platform/context.js';
import { EARTH_RADIUS_M } from './corroborate.js';
import type { IncidentStatus, ObservationInput } from './monitoring.schemas.js';
import type { Category } from './taxonomy.js';
import { EXERCISE_LINE, EXERCISE_LINE_VERTICES, exerciseZoneSet } from './zones.exercise.js';

const M_PER_DEG = (Math.PI / 180) * EARTH_RADIUS_M;
const DAY = 86_400_000;

/** Seeded pseudo-random numbers (mulberry32): the same seed gives the same month. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A deterministic UUID (version 4 layout) from a name, so re-generation gives the same ids. */
export function exerciseUuid(name: string): string {
  const h = createHash('sha256').update(`guarantor-exercise:${name}`).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${((parseInt(h[16]!, 16) & 3) | 8).toString(16)}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/** A generated observation and the party that posts it. */
export interface ExerciseObservation {
  party: string;
  input: ObservationInput;
  /** Set on the first observation of a serious incident: the workflow steps the scenario takes. */
  serious?: string;
}

/** Options of the generator. */
export interface ExerciseOptions {
  seed?: number;
  /** The month ends here (UTC ms); default: the start of the current UTC day. */
  end?: number;
  days?: number;
  /** Events on an ordinary day (each seen by one to four sources). */
  eventsPerDay?: number;
  /** Parties that own sensors (must exist); the first owns the national-only reports. */
  parties?: readonly string[];
}

const CATEGORY_MIX: [Category, string | undefined, number][] = [
  ['explosion', 'undetermined', 30],
  ['explosion', 'impact', 10],
  ['explosion', 'outgoing', 6],
  ['bursts-and-shots', 'small-arms', 14],
  ['shelling', 'artillery', 8],
  ['shelling', 'mortar', 6],
  ['projectile-in-flight', undefined, 7],
  ['tracer', undefined, 5],
  ['illumination-flare', undefined, 4],
  ['muzzle-flash', undefined, 3],
  ['air-drone-strike', 'drone-strike', 3],
  ['armed-clash', undefined, 2],
  ['movement-in-buffer-zone', 'vehicles', 1],
  ['freedom-of-movement', 'jamming', 1],
];
const MIX_TOTAL = CATEGORY_MIX.reduce((s, c) => s + c[2], 0);

const SOURCES = [
  { kind: 'fixed-camera', prefix: 'CAM', count: 30, reliability: 'B', credibility: 2, uncertaintyM: 500 },
  { kind: 'acoustic-sensor', prefix: 'ACU', count: 12, reliability: 'B', credibility: 3, uncertaintyM: 800 },
  { kind: 'uav-mid-range', prefix: 'UAV', count: 6, reliability: 'A', credibility: 2, uncertaintyM: 100 },
  { kind: 'patrol', prefix: 'PTL', count: 10, reliability: 'A', credibility: 1, uncertaintyM: 300 },
  { kind: 'radar', prefix: 'RDR', count: 4, reliability: 'B', credibility: 2, uncertaintyM: 250 },
] as const;

/** A point along the exercise line, `f` from 0 (north) to 1 (south-west), offset sideways. */
function alongLine(f: number, offsetM: number): [number, number] {
  const n = EXERCISE_LINE.length - 1;
  const x = Math.min(n - 1e-9, Math.max(0, f * n));
  const i = Math.floor(x);
  const a = EXERCISE_LINE[i]!;
  const b = EXERCISE_LINE[i + 1]!;
  const t = x - i;
  const lon = a[0]! + t * (b[0]! - a[0]!);
  const lat = a[1]! + t * (b[1]! - a[1]!);
  const kx = Math.cos((lat * Math.PI) / 180) * M_PER_DEG;
  const dx = (b[0]! - a[0]!) * kx;
  const dy = (b[1]! - a[1]!) * M_PER_DEG;
  const len = Math.hypot(dx, dy) || 1;
  return [lon + ((-dy / len) * offsetM) / kx, lat + ((dx / len) * offsetM) / M_PER_DEG];
}

function near(random: () => number, lon: number, lat: number, sigmaM: number): [number, number] {
  const g = () => (random() + random() + random() - 1.5) * 1.41;
  return [
    lon + (g() * sigmaM) / (Math.cos((lat * Math.PI) / 180) * M_PER_DEG),
    lat + (g() * sigmaM) / M_PER_DEG,
  ];
}

const round = (v: number) => Math.round(v * 1e5) / 1e5;

/**
 * Generates a month of EXERCISE observations along the exercise line of contact: hotspots
 * near Toretsk, Pokrovsk, Kurakhove, Huliaipole, Kupiansk and the Dnipro, activity mostly at
 * night, quiet days, each event seen by one to four independent sources, and four serious
 * incidents (a ground assault across the line, shelling with civilian casualties, a multiple
 * rocket launcher inside its withdrawal line, a patrol drone fired upon). Deterministic for a
 * seed and end time. Every record says EXERCISE in its notes.
 */
export function generateExerciseObservations(options: ExerciseOptions = {}): ExerciseObservation[] {
  const random = seededRandom(options.seed ?? 20260314);
  const end = options.end ?? Math.floor(Date.now() / DAY) * DAY;
  const days = options.days ?? 30;
  const perDay = options.eventsPerDay ?? 140;
  const parties = options.parties ?? ['GBR', 'FRA', 'DEU', 'POL', 'ITA'];
  const start = end - days * DAY;
  const hotspotNames = [
    'Toretsk',
    'Pokrovsk',
    'Kurakhove',
    'Huliaipole',
    'Kupiansk',
    'Chasiv Yar',
    'Nikopol',
  ];
  const hotspots = hotspotNames.map((name) => {
    const v = EXERCISE_LINE_VERTICES.find((p) => p[2] === name)!;
    return { name, lon: v[0], lat: v[1], weight: name === 'Toretsk' || name === 'Pokrovsk' ? 3 : 1.5 };
  });
  const hotspotTotal = hotspots.reduce((s, h) => s + h.weight, 0);
  const sensors = SOURCES.flatMap((s) =>
    Array.from({ length: s.count }, (_, i) => ({
      ...s,
      id: `${s.prefix}-${String(i + 1).padStart(2, '0')}`,
      party: parties[i % parties.length]!,
    })),
  );
  const quiet = new Set(
    Array.from({ length: Math.max(1, Math.round(days / 6)) }, () => Math.floor(random() * days)),
  );
  const out: ExerciseObservation[] = [];
  let n = 0;
  const emit = (event: {
    t: number;
    lon: number;
    lat: number;
    category: Category;
    subtype: string | undefined;
    quantity: number;
    sources: number;
    extra?: Partial<ObservationInput>;
    serious?: string;
    note: string;
  }) => {
    const chosen = new Set<number>();
    while (chosen.size < event.sources) chosen.add(Math.floor(random() * sensors.length));
    let first = true;
    for (const s of chosen) {
      const sensor = sensors[s]!;
      const [lon, lat] = near(random, event.lon, event.lat, sensor.uncertaintyM / 2);
      const t = event.t + Math.round((random() - 0.5) * 20 * 60_000);
      const secret = random() < 0.03;
      const input: ObservationInput = {
        id: exerciseUuid(`monitoring:${options.seed ?? 20260314}:${n++}`),
        observedAt: new Date(Math.min(end - 60_000, Math.max(start, t))).toISOString(),
        timePrecision: 'minute',
        location: { type: 'Point', coordinates: [round(lon), round(lat)] },
        uncertaintyM: sensor.uncertaintyM,
        locationPrecision: 'exact',
        source: {
          kind: sensor.kind,
          id: sensor.id,
          reliability: sensor.reliability,
          credibility: sensor.credibility,
        },
        category: event.category,
        ...(event.subtype ? { subtype: event.subtype } : {}),
        quantity: Math.max(1, Math.round(event.quantity * (0.7 + random() * 0.6))),
        notes: `EXERCISE — generated: ${event.note}`,
        releasability: secret ? 'owner' : random() < 0.05 ? ['GBR', 'FRA'] : 'coalition',
        ...event.extra,
      };
      out.push({
        party: secret ? parties[0]! : sensor.party,
        input,
        ...(first && event.serious ? { serious: event.serious } : {}),
      });
      first = false;
    }
  };
  for (let d = 0; d < days; d++) {
    const factor = quiet.has(d) ? 0.15 : 0.7 + random() * 0.6;
    const events = Math.round(perDay * factor);
    for (let e = 0; e < events; e++) {
      // Mostly at night: 70 % between 18:00 and 06:00 UTC.
      const hour = random() < 0.7 ? (18 + random() * 12) % 24 : 6 + random() * 12;
      const t = start + d * DAY + hour * 3_600_000;
      let lon: number;
      let lat: number;
      let where: string;
      if (random() < 0.7) {
        let pick = random() * hotspotTotal;
        const h = hotspots.find((x) => (pick -= x.weight) < 0) ?? hotspots[0]!;
        [lon, lat] = near(random, h.lon, h.lat, 5000);
        where = `near ${h.name}`;
      } else {
        [lon, lat] = alongLine(random(), (random() - 0.5) * 16_000);
        where = 'along the line';
      }
      let pick = random() * MIX_TOTAL;
      const [category, subtype] = CATEGORY_MIX.find((c) => (pick -= c[2]) < 0) ?? CATEGORY_MIX[0]!;
      const quantity =
        category === 'bursts-and-shots' || category === 'tracer' ? 5 + random() * 40 : 1 + random() * 6;
      emit({
        t,
        lon,
        lat,
        category,
        subtype,
        quantity,
        sources: 1 + Math.floor(random() * random() * 4),
        note: `${category} ${where}`,
      });
    }
  }
  const v = (name: string) => EXERCISE_LINE_VERTICES.find((p) => p[2] === name)!;
  const serious: Parameters<typeof emit>[0][] = [
    {
      t: start + Math.floor(days * 0.4) * DAY + 4.5 * 3_600_000,
      lon: v('Toretsk')[0] - 0.02,
      lat: v('Toretsk')[1],
      category: 'ground-assault',
      subtype: 'across-line',
      quantity: 1,
      sources: 3,
      extra: {
        casualties: {
          military: { killed: { low: 2, best: 4, high: 7 }, injured: { low: 5, best: 9, high: 14 } },
        },
        actors: ['EXERCISE unit A'],
      },
      serious: 'ground-assault',
      note: 'serious incident: ground assault across the line near Toretsk',
    },
    {
      t: start + Math.floor(days * 0.63) * DAY + 21 * 3_600_000,
      lon: v('Kurakhove')[0] - 0.05,
      lat: v('Kurakhove')[1] + 0.01,
      category: 'shelling',
      subtype: 'artillery',
      quantity: 60,
      sources: 4,
      extra: {
        casualties: {
          civilian: { killed: { low: 1, best: 2, high: 3 }, injured: { low: 3, best: 5, high: 8 } },
        },
      },
      serious: 'civilian-harm',
      note: 'serious incident: shelling of a residential area, civilian casualties',
    },
    {
      t: start + Math.floor(days * 0.76) * DAY + 11 * 3_600_000,
      ...(() => {
        const [lon, lat] = alongLine(0.45, -12_000);
        return { lon, lat };
      })(),
      category: 'weapon-in-violation',
      subtype: 'withdrawal-line',
      quantity: 3,
      sources: 2,
      extra: { weaponClass: 'mlrs', weaponSystem: 'EXERCISE 122 mm MLRS' },
      serious: 'weapon',
      note: 'serious incident: three multiple rocket launchers 12 km from the line',
    },
    {
      t: start + Math.floor(days * 0.9) * DAY + 14 * 3_600_000,
      lon: v('Huliaipole')[0],
      lat: v('Huliaipole')[1] - 0.01,
      category: 'freedom-of-movement',
      subtype: 'uav-fired-upon',
      quantity: 1,
      sources: 2,
      serious: 'fom',
      note: 'serious incident: mission mid-range UAV fired upon',
    },
  ];
  for (const s of serious) emit(s);
  return out.sort((a, b) =>
    a.input.observedAt < b.input.observedAt ? -1 : a.input.observedAt > b.input.observedAt ? 1 : 0,
  );
}

const scenarioViewer = (party: string, role: Viewer['role']): Viewer => ({
  userId: '',
  username: `scenario:${party.toLowerCase()}.${role}`,
  party,
  role,
  inCoalition: true,
});

/**
 * Loads the monitoring part of the exercise scenario: the exercise zone set and a month of
 * EXERCISE observations ingested through the service (so they are tagged, corroborated,
 * audited and in the ledger like any other), then walks the serious incidents through the
 * first workflow steps. Skips everything when exercise observations exist already.
 */
export async function loadMonitoringExercise(
  ctx: AppContext,
  progress: (message: string) => void,
): Promise<void> {
  const loaded = await ctx.db
    .selectFrom('observations')
    .select('id')
    .where('exercise', '=', 1)
    .limit(1)
    .executeTakeFirst();
  if (loaded) {
    progress('monitoring: exercise observations already loaded');
    return;
  }
  const zoneVersions = await ctx.db
    .selectFrom('zone_sets')
    .select('version')
    .where('exercise', '=', 1)
    .limit(1)
    .executeTakeFirst();
  if (!zoneVersions)
    await ctx.services.zones.put({ system: 'scenario' }, exerciseZoneSet(), { exercise: true });
  const codes = await ctx.services.parties.codes();
  const parties = ['GBR', 'FRA', 'DEU', 'POL', 'ITA'].filter((p) => codes.has(p));
  const generated = generateExerciseObservations({
    parties: parties.length ? parties : [...codes].slice(0, 1),
  });
  const seriousIds = new Map<string, string>();
  const byParty = new Map<string, ExerciseObservation[]>();
  for (const o of generated) {
    const list = byParty.get(o.party) ?? [];
    list.push(o);
    byParty.set(o.party, list);
  }
  // Time order within each poster, in chunks, as feeds would send them.
  for (const [party, list] of byParty) {
    const viewer = scenarioViewer(party, 'integration');
    for (let i = 0; i < list.length; i += 2000) {
      const chunk = list.slice(i, i + 2000);
      const results = await ctx.services.observations.ingestMany(
        viewer,
        chunk.map((o) => o.input),
        { exercise: true },
      );
      results.forEach((r, k) => {
        const o = chunk[k]!;
        if (o.serious && r.observation?.incidentId) seriousIds.set(o.serious, r.observation.incidentId);
      });
    }
  }
  progress(`monitoring: ${generated.length} EXERCISE observations along the exercise line of contact`);
  const verifier = scenarioViewer('GBR', 'verifier');
  const coordinator = scenarioViewer('GBR', 'coordinator');
  const steps: Record<string, [Viewer, IncidentStatus][]> = {
    'ground-assault': [
      [verifier, 'triaged'],
      [verifier, 'corroborated'],
      [verifier, 'verified'],
      [coordinator, 'referred'],
    ],
    'civilian-harm': [
      [verifier, 'triaged'],
      [verifier, 'corroborated'],
      [verifier, 'verified'],
    ],
    weapon: [
      [verifier, 'triaged'],
      [verifier, 'corroborated'],
    ],
    fom: [[verifier, 'triaged']],
  };
  for (const [kind, path] of Object.entries(steps)) {
    const id = seriousIds.get(kind);
    if (!id) continue;
    for (const [who, to] of path) {
      // Another serious event may have been merged into this incident: act on the live one.
      const incident = await ctx.services.incidents.get(who, id);
      const target = incident.mergedInto ?? id;
      await ctx.services.incidents.transition(who, target, {
        to: to,
        rationale: `EXERCISE: ${to} by the scenario to show the workflow`,
      });
    }
  }
  progress(`monitoring: ${seriousIds.size} serious EXERCISE incidents taken through the workflow`);
}
