import type { Kysely } from 'kysely';
import { fromColumns, toColumns, visibleTo } from '../../platform/access/releasability.js';
import { requireRole, type Viewer } from '../../platform/access/viewer.js';
import { recordAudit, type AuditActor } from '../../platform/audit/audit.service.js';
import type { AppContext } from '../../platform/context.js';
import type { Executor } from '../../platform/db/database.js';
import { isoTime } from '../../platform/db/columns.js';
import type { Database } from '../../platform/db/schema.js';
import { badRequest, notFound, type ProblemErrorItem } from '../../platform/http/problem.js';
import type { ZoneFeature, ZoneKind, ZoneSetInput } from './monitoring.schemas.js';
import type { ZoneTable } from './monitoring.tables.js';
import { compileZones, geometryBbox, type CompiledZones } from './tag-zone.js';

const GEOMETRY_OF_KIND: Record<ZoneKind, readonly (string | null)[]> = {
  'line-of-contact': ['LineString', 'MultiLineString'],
  'buffer-zone': ['Polygon', 'MultiPolygon'],
  'disengagement-area': ['Polygon', 'MultiPolygon'],
  sector: ['Polygon', 'MultiPolygon'],
  'withdrawal-line': ['LineString', 'MultiLineString', null],
};

/** One version of the zone set as GeoJSON, with who made it. */
export interface ZoneSetOut {
  type: 'FeatureCollection';
  version: number;
  createdAt: string;
  createdBy: string;
  note: string | null;
  exercise: boolean;
  features: ZoneFeature[];
}

function checkFeatures(features: readonly ZoneFeature[]): ProblemErrorItem[] {
  const errors: ProblemErrorItem[] = [];
  let lines = 0;
  features.forEach((f, i) => {
    const at = `/features/${i}`;
    const allowed: readonly (string | null)[] = GEOMETRY_OF_KIND[f.properties.kind];
    const type = f.geometry?.type ?? null;
    if (!allowed.includes(type)) {
      errors.push({
        pointer: `${at}/geometry/type`,
        detail: `a ${f.properties.kind} needs ${allowed.map(String).join(' or ')}, got ${String(type)}`,
      });
    }
    if (f.properties.kind === 'line-of-contact') lines++;
    if (
      f.properties.kind === 'withdrawal-line' &&
      (f.properties.weaponClass === undefined || f.properties.distanceM === undefined)
    ) {
      errors.push({
        pointer: `${at}/properties`,
        detail: 'a withdrawal line needs weaponClass and distanceM',
      });
    }
    const [x0, y0, x1, y1] = geometryBbox(f.geometry?.coordinates ?? []);
    if (f.geometry && (!(x0 >= -180 && x1 <= 180 && y0 >= -90 && y1 <= 90) || !Number.isFinite(x0))) {
      errors.push({
        pointer: `${at}/geometry/coordinates`,
        detail: 'coordinates must be [longitude, latitude] within range',
      });
    }
  });
  if (lines > 1)
    errors.push({
      pointer: '/features',
      detail: 'a zone set has one line of contact (use a MultiLineString)',
    });
  return errors;
}

/**
 * Zones: the line of contact, buffer zones and disengagement areas, withdrawal lines per weapon
 * class and sectors. The whole set is versioned: each change stores a new version and old
 * versions stay readable, so every observation's tags name the version they were made with.
 */
export class ZonesService {
  private cache: CompiledZones | null = null;

  constructor(private readonly ctx: AppContext) {}

  private get db(): Kysely<Database> {
    return this.ctx.db;
  }

  /** The latest zone set compiled for tagging, or null when none is defined. */
  async current(db: Executor = this.db): Promise<CompiledZones | null> {
    const head = await db
      .selectFrom('zone_sets')
      .select((eb) => eb.fn.max('version').as('v'))
      .executeTakeFirst();
    const version = head?.v === null || head?.v === undefined ? null : Number(head.v);
    if (version === null) return null;
    // Rebuilt from the database whenever the version moves (another server may have added it).
    if (this.cache?.version !== version) {
      const rows = await db
        .selectFrom('zones')
        .selectAll()
        .where('version', '=', version)
        .orderBy('position')
        .execute();
      this.cache = compileZones(version, rows.map(toFeature));
    }
    return this.cache;
  }

  /**
   * Stores a new version of the zone set (coordinators and verifiers). Zones are shared
   * records: `public` or `coalition` (the default).
   */
  async put(
    actor: AuditActor,
    input: ZoneSetInput,
    options: { exercise?: boolean } = {},
  ): Promise<ZoneSetOut> {
    if ('role' in actor) requireRole(actor, ['coordinator', 'verifier'], 'change the zones');
    const errors = checkFeatures(input.features);
    const releasability = input.releasability ?? 'coalition';
    if (releasability !== 'public' && releasability !== 'coalition') {
      errors.push({ pointer: '/releasability', detail: 'zones are shared: public or coalition' });
    }
    if (errors.length > 0)
      throw badRequest(errors.map((e) => `${e.pointer}: ${e.detail}`).join('; '), errors);
    const owner = 'role' in actor ? actor.party : 'NATO';
    const by = 'role' in actor ? actor.username : `system:${actor.system}`;
    const version = await this.db.transaction().execute(async (trx) => {
      const head = await trx
        .selectFrom('zone_sets')
        .select((eb) => eb.fn.max('version').as('v'))
        .executeTakeFirst();
      const next = (head?.v === null || head?.v === undefined ? 0 : Number(head.v)) + 1;
      const columns = toColumns(owner, releasability);
      await trx
        .insertInto('zone_sets')
        .values({
          version: next,
          created_at: isoTime(),
          created_by: by,
          note: input.note ?? null,
          exercise: options.exercise ? 1 : 0,
          ...columns,
        })
        .execute();
      const rows: ZoneTable[] = input.features.map((f, position) => {
        const [x0, y0, x1, y1] = geometryBbox(f.geometry?.coordinates ?? []);
        return {
          version: next,
          position,
          kind: f.properties.kind,
          name: f.properties.name,
          properties_json: JSON.stringify(f.properties),
          geometry_json: JSON.stringify(f.geometry),
          min_lon: Number.isFinite(x0) ? x0 : 0,
          min_lat: Number.isFinite(y0) ? y0 : 0,
          max_lon: Number.isFinite(x1) ? x1 : 0,
          max_lat: Number.isFinite(y1) ? y1 : 0,
        };
      });
      for (let i = 0; i < rows.length; i += 200)
        await trx
          .insertInto('zones')
          .values(rows.slice(i, i + 200))
          .execute();
      await recordAudit(trx, actor, {
        action: 'create',
        entity: 'zone-set',
        entityId: String(next),
        after: { version: next, features: input.features.length, note: input.note ?? null },
        record: columns,
      });
      await this.ctx.services.ledger.record(trx, [
        { kind: 'zone-set', recordId: String(next), content: { version: next, features: input.features } },
      ]);
      return next;
    });
    const out = await this.db
      .selectFrom('zone_sets')
      .selectAll()
      .where('version', '=', version)
      .executeTakeFirstOrThrow();
    return this.present(out, input.features);
  }

  /** One version of the zone set (the latest when `version` is omitted) as GeoJSON. */
  async get(viewer: Viewer, version?: number): Promise<ZoneSetOut> {
    let q = this.db.selectFrom('zone_sets as z').selectAll().where(visibleTo(viewer, 'z'));
    q = version === undefined ? q.orderBy('z.version', 'desc').limit(1) : q.where('z.version', '=', version);
    const set = await q.executeTakeFirst();
    if (!set) throw notFound(version === undefined ? 'A zone set' : `Zone set version ${version}`);
    const rows = await this.db
      .selectFrom('zones')
      .selectAll()
      .where('version', '=', set.version)
      .orderBy('position')
      .execute();
    return this.present(set, rows.map(toFeature));
  }

  /** Every version the viewer may see, newest first. */
  async versions(viewer: Viewer) {
    const rows = await this.db
      .selectFrom('zone_sets as z')
      .selectAll()
      .where(visibleTo(viewer, 'z'))
      .orderBy('z.version', 'desc')
      .execute();
    return rows.map((r) => ({
      version: r.version,
      createdAt: r.created_at,
      createdBy: r.created_by,
      note: r.note,
      exercise: r.exercise === 1,
      releasability: fromColumns(r),
    }));
  }

  private present(
    set: { version: number; created_at: string; created_by: string; note: string | null; exercise: number },
    features: ZoneFeature[],
  ): ZoneSetOut {
    return {
      type: 'FeatureCollection',
      version: set.version,
      createdAt: set.created_at,
      createdBy: set.created_by,
      note: set.note,
      exercise: set.exercise === 1,
      features: features.map((f, i) => ({ ...f, id: `${set.version}-${i}` })),
    };
  }
}

function toFeature(row: ZoneTable): ZoneFeature {
  return {
    type: 'Feature',
    geometry: JSON.parse(row.geometry_json) as ZoneFeature['geometry'],
    properties: JSON.parse(row.properties_json) as ZoneFeature['properties'],
  };
}
