import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import type { AppContext } from '../../platform/context.js';
import { toColumns, visibleTo, type Releasability } from '../../platform/access/releasability.js';

/** Kind of the small releasable record the ledger tests write. */
export const TEST_KIND = 'test.note';

/**
 * Creates a small releasable table for the ledger tests and registers it as a ledger source
 * (loader and visibility), the way a module would.
 */
export async function installTestSource(ctx: AppContext): Promise<void> {
  await sql`create table if not exists ledger_test_notes (id text primary key, owner_party text not null, releasability text not null, releasable_to text not null, body text not null)`.execute(
    ctx.db,
  );
  ctx.services.ledger.registerSource(
    TEST_KIND,
    async (db, ids) => {
      const rows = await sql<{
        id: string;
        body: string;
      }>`select id, body from ledger_test_notes where id in (${sql.join(ids)})`.execute(db);
      return new Map(rows.rows.map((r) => [r.id, { id: r.id, body: r.body }]));
    },
    {
      visible: async (db, viewer, ids) => {
        const rows = await sql<{
          id: string;
        }>`select id from ledger_test_notes n where id in (${sql.join(ids)}) and ${visibleTo(viewer, 'n')}`.execute(
          db,
        );
        return new Set(rows.rows.map((r) => r.id));
      },
    },
  );
}

/** Writes a note and its leaf in one transaction; answers the id and the leaf index. */
export async function writeNote(
  ctx: AppContext,
  owner: string,
  releasability: Releasability,
  body: string,
): Promise<{ id: string; leafIndex: number }> {
  const id = randomUUID();
  const cols = toColumns(owner, releasability);
  return ctx.db.transaction().execute(async (trx) => {
    await sql`insert into ledger_test_notes (id, owner_party, releasability, releasable_to, body) values (${id}, ${cols.owner_party}, ${cols.releasability}, ${cols.releasable_to}, ${body})`.execute(
      trx,
    );
    const [receipt] = await ctx.services.ledger.record(trx, [
      { kind: TEST_KIND, recordId: id, content: { id, body } },
    ]);
    return { id, leafIndex: receipt!.leafIndex };
  });
}
