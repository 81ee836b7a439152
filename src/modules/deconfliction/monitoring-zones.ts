import { createHash, randomUUID } from 'node:crypto';
import { toColumns, type Releasability } from '../../platform/access/releasability.js';
import type { Viewer } from '../../platform/access/viewer.js';
import { recordAudit } from '../../platform/audit/audit.service.js';
import type { AppContext } from '../../platform/context.js';
import type { Executor } from '../../platform/db/database.js';
import { isoTime } from '../../platform/db/columns.js';
import { prepareVolume, volumesConflict } from './conflict-rule.js';
import type { ConflictsService } from './conflicts.service.js';
import { deconflictionRepository as repo } from './deconfliction.repository.js';
import type { NotificationTable } from './deconfliction.tables.js';
import { KIND_DEFAULTS, volumeOf } from './notification-rules.js';

/** Owner of the mirrored zones: the zone set is the coalition's, not one nation's. */
export const MIRROR_OWNER = 'NATO';
/** Client ids of mirrored zones: `monitoring-zone-set:<version>:<feature>:<polygon>`. */
export const MIRROR_PREFIX = 'monitoring-zone-set:';

// Reads the zone set as the coalition's deconfliction cell; zone sets are public or coalition.
const CELL: Viewer = {
  userId: 'system:deconfliction',
  username: 'system:deconfliction',
  party: MIRROR_OWNER,
  role: 'coordinator',
  inCoalition: true,
};

/** Which monitoring zones are no-go zones for deconfliction, and their category. */
const NO_GO_KINDS: Record<string, string> = { 'buffer-zone': 'buffer-zone', 'disengagement-area': 'no-go' };

/** The no-go zone rows monitoring's current zone set asks for. */
export interface ZoneMirrorPlan {
  /** Zone set version, or null when monitoring has none. */
  version: number | null;
  rows: NotificationTable[];
}

/** What one synchronisation did. */
export interface ZoneMirrorRun {
  /** Zone set version now mirrored, or null when monitoring has none. */
  version: number | null;
  added: NotificationTable[];
  withdrawn: string[];
}

/**
 * Mirrors the buffer zones and disengagement areas of monitoring's current zone set as no-go
 * zone notifications (kind `zone`, owner `NATO`, standing from the version's creation), so
 * that the instant check and the batch run hold every activity against them. Monitoring is
 * read through `ctx.services.zones` only (`plan`), then the rows are brought up to date in
 * the caller's transaction (`apply`). A new zone set version withdraws the zones of the
 * old one (resolving their open conflicts) and adds its own; the client id names version,
 * feature and polygon, so concurrent synchronisations insert each zone once.
 */
export class MonitoringZoneMirror {
  private cached: ZoneMirrorPlan | null = null;

  constructor(
    private readonly ctx: AppContext,
    private readonly conflicts: ConflictsService,
  ) {}

  /**
   * Reads monitoring's current zone set and the no-go zone rows it asks for. Outside any
   * transaction: monitoring reads through its own connection, which on SQLite would wait
   * behind the caller's open transaction.
   */
  async plan(): Promise<ZoneMirrorPlan> {
    // Deployments without the monitoring module have no zone set to mirror.
    const zones = this.ctx.services.zones as AppContext['services']['zones'] | undefined;
    const compiled = zones ? await zones.current() : null;
    if (!zones || compiled === null) return { version: null, rows: [] };
    // A version never changes once stored: its rows are worked out once per process.
    if (this.cached?.version !== compiled.version) {
      this.cached = { version: compiled.version, rows: await this.rowsOf(zones, compiled) };
    }
    return this.cached;
  }

  /**
   * Brings the mirrored zones up to the plan, in the caller's transaction. A plan made just
   * before a new version is caught up by the next run.
   */
  async apply(trx: Executor, plan: ZoneMirrorPlan): Promise<ZoneMirrorRun> {
    const wanted = plan.rows;
    const mirrored = await repo.liveByClientPrefix(trx, MIRROR_OWNER, MIRROR_PREFIX);
    const wantedIds = new Set(wanted.map((r) => r.client_id));
    const mirroredIds = new Set(mirrored.map((r) => r.client_id));
    const at = isoTime();
    const withdrawn: string[] = [];
    for (const old of mirrored.filter((r) => !wantedIds.has(r.client_id))) {
      await repo.setStatus(trx, old.id, 'withdrawn', at);
      await this.ctx.services.ledger.record(trx, [
        {
          kind: 'deconfliction.notification',
          recordId: old.id,
          content: { ...old, status: 'withdrawn', updated_at: at },
        },
      ]);
      await this.conflicts.closeFor(trx, old.id, `zone set version ${plan.version ?? 'none'} replaced it`);
      withdrawn.push(old.id);
    }
    const added: NotificationTable[] = [];
    for (const row of wanted.filter((r) => !mirroredIds.has(r.client_id))) {
      if (!(await repo.insertNotificationIfNew(trx, row))) continue;
      await recordAudit(
        trx,
        { system: 'monitoring-zones' },
        {
          action: 'submit',
          entity: 'deconfliction.notification',
          entityId: row.id,
          after: row,
          record: row,
        },
      );
      await this.ctx.services.ledger.record(trx, [
        { kind: 'deconfliction.notification', recordId: row.id, content: row },
      ]);
      // Activities already notified meet the new zone now, not only at the next batch run.
      const prepared = prepareVolume(volumeOf(row));
      const candidates = await repo.candidates(
        trx,
        [prepared.west, prepared.south, prepared.east, prepared.north],
        row.starts_at,
        row.ends_at,
      );
      const hits = candidates.filter(
        (c) => c.id !== row.id && volumesConflict(prepared, prepareVolume(volumeOf(c))),
      );
      await this.conflicts.store(trx, row, hits, 'batch');
      added.push(row);
    }
    return { version: plan.version, added, withdrawn };
  }

  private async rowsOf(
    zones: AppContext['services']['zones'],
    compiled: {
      version: number;
      areas: readonly { kind: string; name: string; geometry: { type: string; coordinates: unknown } }[];
    },
  ): Promise<NotificationTable[]> {
    const meta = (await zones.versions(CELL)).find((v) => v.version === compiled.version);
    const releasability: Releasability = meta?.releasability === 'public' ? 'public' : 'coalition';
    const startsAt = meta?.createdAt ?? isoTime();
    const rows: NotificationTable[] = [];
    compiled.areas.forEach((area, feature) => {
      const category = NO_GO_KINDS[area.kind];
      if (category === undefined) return;
      const polygons =
        area.geometry.type === 'Polygon'
          ? [area.geometry.coordinates as number[][][]]
          : (area.geometry.coordinates as number[][][][]);
      polygons.forEach((rings, part) => {
        const clientId = `${MIRROR_PREFIX}${compiled.version}:${feature}:${part}`;
        rows.push(
          mirrorRow(clientId, category, area.name, rings, {
            version: compiled.version,
            kind: area.kind,
            startsAt,
            releasability,
            exercise: meta?.exercise ?? false,
          }),
        );
      });
    });
    return rows;
  }
}

function mirrorRow(
  clientId: string,
  category: string,
  name: string,
  rings: number[][][],
  set: { version: number; kind: string; startsAt: string; releasability: Releasability; exercise: boolean },
): NotificationTable {
  const defaults = KIND_DEFAULTS.zone;
  const altitude = defaults.altitude!;
  const geometry = { type: 'Polygon', coordinates: rings };
  const base = {
    id: randomUUID(),
    owner_party: MIRROR_OWNER,
    kind: 'zone',
    geometry_json: JSON.stringify(geometry),
    radius_m: null,
    corridor_width_m: null,
    lower_m: altitude.lowerM,
    upper_m: altitude.upperM,
    altitude_datum: altitude.datum,
    starts_at: set.startsAt,
    ends_at: null,
    lateral_buffer_m: defaults.lateralBufferM,
    vertical_buffer_m: defaults.verticalBufferM,
  };
  const p = prepareVolume(volumeOf(base));
  return {
    ...base,
    ...toColumns(MIRROR_OWNER, set.releasability),
    client_id: clientId,
    content_hash: createHash('sha256').update(`${clientId}\n${base.geometry_json}`).digest('hex'),
    category,
    title: name,
    description: `Mirrored from the monitoring zone set, version ${set.version} (${set.kind}).`,
    min_lon: p.west,
    min_lat: p.south,
    max_lon: p.east,
    max_lat: p.north,
    schedule_json: null,
    emergency: 0,
    status: 'active',
    exercise: set.exercise ? 1 : 0,
    submitted_by: 'system:monitoring-zones',
    submitted_at: isoTime(),
    updated_at: isoTime(),
  };
}
