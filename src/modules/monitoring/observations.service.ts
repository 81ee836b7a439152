import { requireRole, type Role, type Viewer } from '../../platform/access/viewer.js';
import { recordAudit } from '../../platform/audit/audit.service.js';
import type { AppContext } from '../../platform/context.js';
import { badRequest, notFound, ProblemError } from '../../platform/http/problem.js';
import { decodeCursor, toPage } from '../../platform/http/pagination.js';
import type { CorroborationOptions } from './corroborate.js';
import { lockAreas, storeAndCorroborate } from './incidents.engine.js';
import { MemberCache } from './incidents.members.js';
import type { Observation, ObservationInput } from './monitoring.schemas.js';
import type { ObservationTable } from './monitoring.tables.js';
import { observationsRepository as repo, type ObservationFilter } from './observations.repository.js';
import {
  prepareNdjson as prepareNdjsonLines,
  prepareObservations,
  tagsOf,
  type IngestResult,
  type PreparedBatch,
  type PreparedObservation,
} from './observations.prepare.js';
import { presentObservation, withTags } from './observations.present.js';
import type { ZonesService } from './zones.service.js';

/** Roles that may post observations. */
export const REPORTERS: readonly Role[] = ['monitor', 'verifier', 'coordinator', 'integration'];

export type { IngestResult } from './observations.prepare.js';

/** Options of `ingestMany`. */
export interface IngestOptions {
  /** One transaction: nothing is stored when any item fails (importers). Default false. */
  allOrNothing?: boolean;
  /** Line numbers of the items (default 1, 2, 3…), used in answers and problems. */
  lines?: readonly number[];
  /** Marks the observations as exercise data (scenario loader only). */
  exercise?: boolean;
  /**
   * Answers without the stored observation, only its `incidentId` (NDJSON streams): sparing
   * a parse of every stored body.
   */
  brief?: boolean;
}

/** Query of observations: filters plus the page. */
export interface ObservationQuery extends ObservationFilter {
  cursor?: string;
  limit?: number;
}

/**
 * Observations: validated, idempotent by client id, tagged with their zones and corroborated
 * into incidents in the same transaction as their audit row and ledger leaves, so that an
 * acknowledged observation is durable and complete.
 */
export class ObservationsService {
  private readonly members = new MemberCache();

  constructor(
    private readonly ctx: AppContext,
    private readonly zones: ZonesService,
    private readonly corroboration: CorroborationOptions,
  ) {}

  /**
   * Prepares NDJSON lines posted by the viewer for `storePrepared`: parsed, validated,
   * fingerprinted and tagged under the current zones (`prepareNdjson`).
   */
  async prepareNdjson(
    viewer: Viewer,
    texts: readonly string[],
    lines: readonly number[],
  ): Promise<PreparedBatch> {
    requireRole(viewer, REPORTERS, 'post observations');
    const zones = await this.zones.current();
    return prepareNdjsonLines({ owner: viewer.party, now: Date.now(), exercise: false, zones }, texts, lines);
  }

  /**
   * Stores one observation. Answers `stored` (new), or `replayed` with the stored observation
   * when the same id came with the same content; throws 400 naming the field for bad input
   * and 409 for the same id with other content.
   */
  async ingest(
    viewer: Viewer,
    input: unknown,
  ): Promise<{ id: string; status: 'stored' | 'replayed'; observation: Observation }> {
    const [result] = await this.ingestMany(viewer, [input], { allOrNothing: true });
    if (!result || result.status === 'rejected' || !result.observation || !result.id)
      throw new Error('ingest answered nothing');
    return { id: result.id, status: result.status, observation: result.observation };
  }

  /**
   * Stores a batch, answering per item. With `allOrNothing` the batch is one transaction and
   * any bad item throws a problem listing every bad line (400, or 409 for conflicts) with
   * nothing stored; without it, bad items are answered `rejected` and the rest are stored.
   */
  async ingestMany(
    viewer: Viewer,
    inputs: readonly unknown[],
    options: IngestOptions = {},
  ): Promise<IngestResult[]> {
    requireRole(viewer, REPORTERS, 'post observations');
    const batch = prepareObservations(
      {
        owner: viewer.party,
        now: Date.now(),
        exercise: options.exercise ?? false,
        zones: await this.zones.current(),
      },
      inputs,
      options.lines,
    );
    return this.storePrepared(viewer, batch, options);
  }

  /**
   * Stores a prepared batch (`prepareObservations`, `prepareNdjson`), answering per item as
   * `ingestMany`. Rows tagged under a zone set that has since changed
   * are tagged again, inside the transaction, under the current one.
   */
  async storePrepared(
    viewer: Viewer,
    batch: PreparedBatch,
    options: Omit<IngestOptions, 'lines' | 'exercise'> = {},
  ): Promise<IngestResult[]> {
    requireRole(viewer, REPORTERS, 'post observations');
    const { results } = batch;
    const valid: PreparedObservation[] = [];
    let knownParties: Set<string> | undefined;
    for (const v of batch.valid) {
      if (v.row.owner_party !== viewer.party) throw new Error('prepared for another party');
      if (v.parties) {
        knownParties ??= await this.ctx.services.parties.codes();
        const unknown = v.parties.filter((p) => !knownParties!.has(p));
        if (unknown.length > 0) {
          Object.assign(results[v.index]!, {
            reason: 'validation',
            errors: [{ pointer: '/releasability', detail: `unknown parties ${unknown.join(', ')}` }],
          });
          continue;
        }
      }
      valid.push(v);
    }
    if (options.allOrNothing) this.throwIfRejected(results);
    if (valid.length === 0) return results;

    const stored: ObservationTable[] = [];
    const outcome = await this.ctx.db.transaction().execute(async (trx) => {
      await lockAreas(
        trx,
        this.ctx.dialect,
        valid.map((v) => ({ lon: v.row.lon, lat: v.row.lat })),
        this.corroboration.distanceM,
      );
      const existing = new Map(
        (await repo.byIds(trx, [...new Set(valid.map((v) => v.row.id))])).map((r) => [r.id, r]),
      );
      const zones = await this.zones.current(trx);
      const retag = (zones?.version ?? null) !== batch.zoneVersion;
      const fresh = new Map<string, string>();
      for (const v of valid) {
        const id = v.row.id;
        const result = results[v.index]!;
        const before = existing.get(id);
        const hash = before?.content_hash ?? fresh.get(id);
        if (hash !== undefined) {
          if (hash === v.hash) {
            result.status = 'replayed';
            if (before) {
              result.incidentId = before.incident_id;
              if (!options.brief) result.observation = presentObservation(before);
            }
          } else {
            Object.assign(result, {
              reason: 'conflict',
              errors: [{ pointer: '/id', detail: `observation ${id} exists with other content` }],
            });
          }
          continue;
        }
        const row = retag
          ? withTags(v.row, tagsOf(zones, JSON.parse(v.row.body_json) as ObservationInput))
          : v.row;
        fresh.set(id, v.hash);
        stored.push(row);
        result.status = 'stored';
      }
      if (options.allOrNothing) this.throwIfRejected(results);
      const corroborated = await storeAndCorroborate(trx, stored, this.corroboration, this.members);
      await this.audit(trx, viewer, stored);
      // The content hash is the SHA-256 of the canonical {owner, observation}, exactly what
      // `observationLedgerContent` gives the ledger: hashed once, for idempotency and the leaf.
      await this.ctx.services.ledger.record(
        trx,
        stored.map((r) => ({ kind: 'observation', recordId: r.id, contentHash: r.content_hash })),
      );
      return corroborated;
    });
    this.members.apply(outcome.members);
    const byId = new Map(stored.map((r) => [r.id, r]));
    // Replays of an id first stored in this same batch answer what was just stored.
    for (const r of results) {
      if (r.id === null || r.status === 'rejected') continue;
      const row = byId.get(r.id);
      if (!row) continue;
      r.incidentId = row.incident_id;
      if (!options.brief) r.observation = presentObservation(row);
    }
    this.publish(stored, outcome.incidents);
    return results;
  }

  private throwIfRejected(results: readonly IngestResult[]): void {
    const bad = results.filter((r) => r.reason !== undefined);
    if (bad.length === 0) return;
    const errors = bad.flatMap((r) => (r.errors ?? []).map((e) => ({ ...e, line: r.line })));
    const summary = errors
      .slice(0, 5)
      .map((e) => `line ${e.line} ${e.pointer ?? ''}: ${e.detail}`)
      .join('; ');
    if (bad.every((r) => r.reason === 'conflict')) {
      throw new ProblemError(409, `Nothing was stored: ${summary}`, { errors });
    }
    throw badRequest(`Nothing was stored: ${summary}`, errors);
  }

  private async audit(
    trx: Parameters<typeof recordAudit>[0],
    viewer: Viewer,
    rows: readonly ObservationTable[],
  ): Promise<void> {
    // One audit row per releasability group of the batch, inheriting that releasability.
    const groups = new Map<string, ObservationTable[]>();
    for (const r of rows) {
      const key = `${r.owner_party}|${r.releasability}|${r.releasable_to}`;
      const list = groups.get(key) ?? [];
      list.push(r);
      groups.set(key, list);
    }
    for (const list of groups.values()) {
      const first = list[0]!;
      await recordAudit(trx, viewer, {
        action: 'create',
        entity: 'observation',
        entityId: list.length === 1 ? first.id : `${first.id} (+${list.length - 1})`,
        after: { ids: list.map((r) => r.id) },
        record: first,
      });
    }
  }

  private publish(
    stored: readonly ObservationTable[],
    incidents: readonly { id: string; status: string }[],
  ): void {
    const sends = [
      ...stored.map((r) => this.ctx.bus.publish('monitoring.observation', { id: r.id })),
      ...incidents.map((i) => this.ctx.bus.publish('monitoring.incident', { id: i.id, status: i.status })),
    ];
    void Promise.allSettled(sends).then((settled) => {
      const failed = settled.filter((s) => s.status === 'rejected').length;
      if (failed > 0) this.ctx.log.warn({ failed }, 'some monitoring events were not published');
    });
  }

  /** One observation the viewer may see; 404 otherwise. */
  async get(viewer: Viewer, id: string): Promise<Observation> {
    const row = await repo.get(this.ctx.db, viewer, id.toLowerCase());
    if (!row) throw notFound(`Observation ${id}`);
    return presentObservation(row);
  }

  /** A page of observations the viewer may see, newest first, with the next cursor. */
  async query(
    viewer: Viewer,
    query: ObservationQuery,
  ): Promise<{ items: Observation[]; nextCursor: string | null }> {
    const limit = query.limit ?? 100;
    const after = decodeCursor(query.cursor, 2) as [string, string] | undefined;
    const rows = await repo.page(this.ctx.db, viewer, query, after, limit + 1);
    return toPage(rows, limit, (r) => [r.observed_at, r.id], presentObservation);
  }

  /**
   * Every observation the viewer may see under a filter, newest first, read a page at a
   * time: constant memory however many there are (streaming exports).
   */
  async *stream(viewer: Viewer, filter: ObservationFilter, pageSize = 1000): AsyncGenerator<Observation> {
    let after: [string, string] | undefined;
    for (;;) {
      const rows = await repo.page(this.ctx.db, viewer, filter, after, pageSize);
      for (const r of rows) yield presentObservation(r);
      if (rows.length < pageSize) return;
      const last = rows[rows.length - 1]!;
      after = [last.observed_at, last.id];
    }
  }

  /** Number of observations (and sum of quantities) the viewer may see under a filter. */
  count(viewer: Viewer, filter: ObservationFilter): Promise<{ count: number; quantity: number }> {
    return repo.count(this.ctx.db, viewer, filter);
  }
}

/** What the ledger hashes for an observation: the posted body and its owner (immutable). */
export function observationLedgerContent(row: Pick<ObservationTable, 'owner_party' | 'body_json'>): unknown {
  return { owner: row.owner_party, observation: JSON.parse(row.body_json) as unknown };
}
