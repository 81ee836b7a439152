import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import type { LedgerEntry } from '../../platform/context.js';
import type { Dialect, Executor } from '../../platform/db/database.js';
import { isoTime } from '../../platform/db/columns.js';
import {
  assignIncidents,
  EARTH_RADIUS_M,
  type CorroborationOptions,
  type CorroborationPoint,
  type StoredPoint,
} from './corroborate.js';
import { incidentsRepository as incidents } from './incidents.repository.js';
import { snapshotOf } from './incidents.present.js';
import { summarizeIncident } from './incidents.summary.js';
import type { IncidentRevisionTable, IncidentTable, ObservationTable } from './monitoring.tables.js';
import { observationsRepository as observations, type NeighbourRow } from './observations.repository.js';
import { memberOf, type Member, type MemberCache, type MemberUpdates } from './incidents.members.js';
import { audienceOf } from './observations.present.js';
import type { Category } from './taxonomy.js';

const M_PER_DEG = (Math.PI / 180) * EARTH_RADIUS_M;
/** Size of the areas that corroboration locks on PostgreSQL, degrees (≈ 55 km, > any distance). */
const LOCK_AREA_DEG = 0.5;
/** Advisory-lock class of monitoring areas (the first key of `pg_advisory_xact_lock(int, int)`). */
const LOCK_CLASS = 3;

/**
 * What corroboration changed, for the bus. Its revisions are kept in `incident_revisions`;
 * the ledger holds the observations themselves and every workflow transition.
 */
export interface CorroborationOutcome {
  incidents: { id: string; status: string }[];
  /** The members of every incident touched, for `MemberCache.apply` once committed. */
  members: MemberUpdates;
}

function expand(lon: number, lat: number, distanceM: number): [number, number, number, number] {
  const dLat = distanceM / M_PER_DEG;
  const dLon = distanceM / (M_PER_DEG * Math.cos((Math.min(89, Math.abs(lat) + dLat) * Math.PI) / 180));
  return [lon - dLon, lat - dLat, lon + dLon, lat + dLat];
}

/**
 * Takes the PostgreSQL transaction-level advisory locks of every area that observations at
 * these points could reach, in a fixed order (no deadlocks). Two servers corroborating nearby
 * observations then run one after the other, and the second sees the first's incident, so one
 * incident is never split. SQLite has a single writer, which serialises the same way.
 */
export async function lockAreas(
  trx: Executor,
  dialect: Dialect,
  points: readonly { lon: number; lat: number }[],
  distanceM: number,
): Promise<void> {
  if (dialect !== 'postgres' || points.length === 0) return;
  const keys = new Set<number>();
  const cols = Math.round(360 / LOCK_AREA_DEG);
  for (const p of points) {
    const [x0, y0, x1, y1] = expand(p.lon, p.lat, distanceM);
    for (let r = Math.floor((y0 + 90) / LOCK_AREA_DEG); r <= Math.floor((y1 + 90) / LOCK_AREA_DEG); r++) {
      for (let c = Math.floor((x0 + 180) / LOCK_AREA_DEG); c <= Math.floor((x1 + 180) / LOCK_AREA_DEG); c++) {
        keys.add(r * cols + c);
      }
    }
  }
  for (const key of [...keys].sort((a, b) => a - b)) {
    await sql`select pg_advisory_xact_lock(${LOCK_CLASS}, ${key})`.execute(trx);
  }
}

function pointOf(
  row: Pick<
    ObservationTable,
    'lon' | 'lat' | 'observed_at' | 'category' | 'owner_party' | 'releasability' | 'releasable_to'
  >,
): CorroborationPoint {
  return {
    lon: row.lon,
    lat: row.lat,
    t: Date.parse(row.observed_at),
    category: row.category as Category,
    audience: audienceOf(row),
  };
}

/** Stored observations near the new ones: per run of close times, one box and time range. */
async function neighbourhood(
  trx: Executor,
  fresh: readonly ObservationTable[],
  options: CorroborationOptions,
): Promise<NeighbourRow[]> {
  const sorted = [...fresh].sort((a, b) => (a.observed_at < b.observed_at ? -1 : 1));
  const found = new Map<string, NeighbourRow>();
  const window = Number.isFinite(options.windowMs) ? options.windowMs : 1e15;
  let i = 0;
  while (i < sorted.length) {
    const first = Date.parse(sorted[i]!.observed_at);
    const box: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
    let last = first;
    let j = i;
    // A run ends at a gap of two windows or after a day, so that each query stays narrow.
    while (j < sorted.length) {
      const t = Date.parse(sorted[j]!.observed_at);
      if (j > i && (t - last > 2 * window || t - first > 86_400_000)) break;
      const [x0, y0, x1, y1] = expand(sorted[j]!.lon, sorted[j]!.lat, options.distanceM);
      box[0] = Math.min(box[0], x0);
      box[1] = Math.min(box[1], y0);
      box[2] = Math.max(box[2], x1);
      box[3] = Math.max(box[3], y1);
      last = t;
      j++;
    }
    const rows = await observations.neighbours(
      trx,
      box,
      new Date(Math.max(0, first - window)).toISOString(),
      new Date(Math.min(8.64e15, last + window)).toISOString(),
    );
    for (const r of rows) if (r.incident_id !== null) found.set(r.id, r);
    i = j;
  }
  return [...found.values()];
}

/**
 * Stores new observations and corroborates them incrementally, in the caller's transaction:
 * each group of new observations creates an incident, joins the one it links to, or merges
 * the several it links (into the oldest, the others keep a `merged_into` pointer). Every
 * incident touched gets its summary recomputed and an immutable revision.
 */
export async function storeAndCorroborate(
  trx: Executor,
  fresh: ObservationTable[],
  options: CorroborationOptions,
  cache?: MemberCache,
): Promise<CorroborationOutcome> {
  if (fresh.length === 0) return { incidents: [], members: new Map() };
  const near = await neighbourhood(trx, fresh, options);
  const stored: StoredPoint[] = near.map((r) => ({ ...pointOf(r), incidentId: r.incident_id! }));
  const groups = assignIncidents(stored, fresh.map(pointOf), options);
  const existing = new Map(
    (await incidents.byIds(trx, [...new Set(groups.flatMap((g) => g.incidentIds))])).map((r) => [r.id, r]),
  );
  const now = isoTime();
  const created = new Set<string>();
  const merges: { survivor: string; absorbed: IncidentTable[] }[] = [];
  for (const group of groups) {
    const live = group.incidentIds
      .map((id) => existing.get(id))
      .filter((r): r is IncidentTable => r !== undefined);
    live.sort((a, b) =>
      a.created_at === b.created_at ? (a.id < b.id ? -1 : 1) : a.created_at < b.created_at ? -1 : 1,
    );
    let target = live[0]?.id;
    if (target === undefined) {
      target = randomUUID();
      created.add(target);
    }
    for (const f of group.fresh) fresh[f]!.incident_id = target;
    if (live.length > 1) merges.push({ survivor: target, absorbed: live.slice(1) });
  }
  await observations.insertMany(trx, fresh);
  for (const m of merges) {
    await observations.reassign(
      trx,
      m.absorbed.map((a) => a.id),
      m.survivor,
    );
  }
  const touched = [...new Set(fresh.map((f) => f.incident_id!))];
  const absorbedInto = new Map(merges.map((m) => [m.survivor, m.absorbed]));
  const freshOf = new Map<string, Member[]>();
  for (const f of fresh) {
    const list = freshOf.get(f.incident_id!) ?? [];
    list.push(memberOf(f));
    freshOf.set(f.incident_id!, list);
  }
  // New incidents hold only new observations; older ones take their earlier members from the
  // cache when it holds them at the revision read above, else from the database (which then
  // also holds the new ones, inserted above).
  const byIncident = new Map<string, Member[]>();
  const toRead: string[] = [];
  for (const id of touched) {
    const added = freshOf.get(id)!;
    if (created.has(id)) {
      byIncident.set(id, added);
      continue;
    }
    // A survivor of merges takes the members of the incidents it absorbed too.
    const parts = [existing.get(id)!, ...(absorbedInto.get(id) ?? [])].map((i) =>
      cache?.get(i.id, i.revision),
    );
    if (parts.every((p) => p !== undefined)) byIncident.set(id, [...parts.flat(), ...added]);
    else toRead.push(id);
  }
  for (const m of await observations.membersOf(trx, toRead)) {
    const list = byIncident.get(m.incident_id!) ?? [];
    list.push(memberOf(m));
    byIncident.set(m.incident_id!, list);
  }
  const revisions: IncidentRevisionTable[] = [];
  const upserts: IncidentTable[] = [];
  const outcome: CorroborationOutcome = { incidents: [], members: new Map() };
  const system = 'system:corroboration';
  const addedBy = new Map<string, number>();
  for (const f of fresh) addedBy.set(f.incident_id!, (addedBy.get(f.incident_id!) ?? 0) + 1);
  for (const id of touched) {
    const rows = byIncident.get(id) ?? [];
    const summary = summarizeIncident(rows.map((r) => r.summary));
    const first = rows.reduce((a, b) => (a.receivedAt <= b.receivedAt ? a : b));
    const before = existing.get(id);
    const row: IncidentTable = {
      id,
      status: before?.status ?? 'reported',
      revision: (before?.revision ?? 0) + 1,
      started_at: summary.startedAt,
      ended_at: summary.endedAt,
      lon: summary.lon,
      lat: summary.lat,
      min_lon: summary.bbox[0],
      min_lat: summary.bbox[1],
      max_lon: summary.bbox[2],
      max_lat: summary.bbox[3],
      uncertainty_m: summary.uncertaintyM,
      categories: `,${summary.categories.join(',')},`,
      primary_category: summary.primaryCategory,
      observation_count: summary.observationCount,
      source_count: summary.sourceCount,
      confidence: summary.confidence,
      severity: summary.severity,
      quantity: summary.quantity,
      violation: summary.violation ? 1 : 0,
      sector: summary.sector,
      zones: summary.zones.length ? `,${summary.zones.join(',')},` : '',
      attribution: before?.attribution ?? null,
      merged_into: null,
      exercise: rows.every((r) => r.exercise) ? 1 : 0,
      created_at: before?.created_at ?? now,
      updated_at: now,
      owner_party: before?.owner_party ?? first.ownerParty,
      releasability: before?.releasability ?? first.releasability,
      releasable_to: before?.releasable_to ?? first.releasableTo,
    };
    const absorbed = absorbedInto.get(id) ?? [];
    const added = addedBy.get(id) ?? 0;
    const rationale = [
      created.has(id) ? `opened with ${added} observation(s)` : `${added} observation(s) added`,
      absorbed.length ? `absorbed ${absorbed.map((a) => a.id).join(', ')}` : '',
    ]
      .filter(Boolean)
      .join('; ');
    upserts.push(row);
    outcome.members.set(id, { revision: row.revision, members: rows });
    revisions.push(
      revisionRow(
        row,
        created.has(id) ? 'created' : absorbed.length ? 'merged' : 'observations-added',
        rationale,
        system,
        now,
      ),
    );
    outcome.incidents.push({ id, status: row.status });
    for (const a of absorbed) {
      outcome.members.set(a.id, null);
      const gone: IncidentTable = { ...a, merged_into: id, revision: a.revision + 1, updated_at: now };
      await incidents.update(trx, a.id, { merged_into: id, revision: gone.revision, updated_at: now });
      revisions.push(revisionRow(gone, 'merged', `merged into ${id} by corroboration`, system, now));
      outcome.incidents.push({ id: a.id, status: a.status });
    }
  }
  await incidents.upsert(trx, upserts);
  await incidents.insertRevisions(trx, revisions);
  return outcome;
}

/** An immutable revision row for an incident as it now stands. */
export function revisionRow(
  row: IncidentTable,
  kind: string,
  rationale: string | null,
  actor: string,
  at: string,
  actorParty: string = row.owner_party,
  fromStatus: string | null = null,
): IncidentRevisionTable {
  return {
    incident_id: row.id,
    revision: row.revision,
    at,
    actor,
    actor_party: actorParty,
    kind,
    from_status: fromStatus,
    to_status: fromStatus === null ? null : row.status,
    rationale,
    snapshot_json: JSON.stringify(snapshotOf(row)),
  };
}

/** The ledger entry of a revision: its row, as stored (immutable). */
export function revisionEntry(r: IncidentRevisionTable): LedgerEntry {
  return { kind: 'incident.revision', recordId: `${r.incident_id}#${r.revision}`, content: r };
}
