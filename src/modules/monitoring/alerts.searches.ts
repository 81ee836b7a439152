import { randomUUID } from 'node:crypto';
import { toColumns, visibleTo } from '../../platform/access/releasability.js';
import type { Viewer } from '../../platform/access/viewer.js';
import { recordAudit } from '../../platform/audit/audit.service.js';
import type { AppContext } from '../../platform/context.js';
import { isoTime } from '../../platform/db/columns.js';
import { forbidden, notFound } from '../../platform/http/problem.js';
import { presentSearch, type SavedSearch } from './alerts.present.js';
import type { SavedSearchTable } from './outputs.tables.js';

/**
 * Saved searches: named filters of observations or incidents, owned by a party and national
 * only (releasability `owner`), changed or deleted by that party alone, every change audited.
 */
export class SavedSearches {
  constructor(private readonly ctx: AppContext) {}

  /** Saves a named filter for the viewer's party. */
  async create(
    viewer: Viewer,
    input: { name: string; target: SavedSearch['target']; filter: Record<string, unknown> },
  ): Promise<SavedSearch> {
    const now = isoTime();
    const row: SavedSearchTable = {
      id: randomUUID(),
      name: input.name,
      target: input.target,
      filter_json: JSON.stringify(input.filter),
      created_by: viewer.username,
      created_at: now,
      updated_at: now,
      ...toColumns(viewer.party, 'owner'),
    };
    await this.ctx.db.transaction().execute(async (trx) => {
      await trx.insertInto('saved_searches').values(row).execute();
      await recordAudit(trx, viewer, {
        action: 'create',
        entity: 'saved_search',
        entityId: row.id,
        after: presentSearch(row),
        record: row,
      });
    });
    return presentSearch(row);
  }

  /** Saved searches of the viewer's party. */
  async list(viewer: Viewer): Promise<SavedSearch[]> {
    const rows = await this.ctx.db
      .selectFrom('saved_searches as s')
      .selectAll()
      .where(visibleTo(viewer, 's'))
      .orderBy('s.created_at')
      .execute();
    return rows.map(presentSearch);
  }

  /** One saved search of the viewer's party; 404 otherwise. */
  async get(viewer: Viewer, id: string): Promise<SavedSearch> {
    const row = await this.ctx.db
      .selectFrom('saved_searches as s')
      .selectAll()
      .where('s.id', '=', id)
      .where(visibleTo(viewer, 's'))
      .executeTakeFirst();
    if (!row) throw notFound(`Saved search ${id}`);
    return presentSearch(row);
  }

  /** Renames a saved search or changes its filter (its party only). */
  async update(
    viewer: Viewer,
    id: string,
    patch: { name?: string; filter?: Record<string, unknown> },
  ): Promise<SavedSearch> {
    const before = await this.get(viewer, id);
    if (before.party !== viewer.party) throw forbidden('Only the party that saved a search may change it.');
    const updated_at = isoTime();
    await this.ctx.db.transaction().execute(async (trx) => {
      await trx
        .updateTable('saved_searches')
        .set({
          ...(patch.name ? { name: patch.name } : {}),
          ...(patch.filter ? { filter_json: JSON.stringify(patch.filter) } : {}),
          updated_at,
        })
        .where('id', '=', id)
        .execute();
      await recordAudit(trx, viewer, {
        action: 'update',
        entity: 'saved_search',
        entityId: id,
        before,
        after: patch,
        record: toColumns(viewer.party, 'owner'),
      });
    });
    return this.get(viewer, id);
  }

  /** Deletes a saved search (its party only). */
  async delete(viewer: Viewer, id: string): Promise<void> {
    const before = await this.get(viewer, id);
    if (before.party !== viewer.party) throw forbidden('Only the party that saved a search may delete it.');
    await this.ctx.db.transaction().execute(async (trx) => {
      await trx.deleteFrom('saved_searches').where('id', '=', id).execute();
      await recordAudit(trx, viewer, {
        action: 'delete',
        entity: 'saved_search',
        entityId: id,
        before,
        record: toColumns(viewer.party, 'owner'),
      });
    });
  }
}
