import { Type, type Static } from '@sinclair/typebox';
import { sql, type RawBuilder, type SqlBool } from 'kysely';
import type { Executor } from '../db/database.js';
import type { Database, ReleasableColumns } from '../db/schema.js';
import type { Viewer } from './viewer.js';

/** Party code: ISO 3166-1 alpha-3 for states, `EU` and `NATO` for institutions. */
export const PartyCodeSchema = Type.String({
  pattern: '^([A-Z]{3}|EU|NATO)$',
  description: 'ISO 3166-1 alpha-3, EU or NATO',
});

/**
 * Who may see a record, in JSON: `"public"`, `"coalition"` (all member parties), `"owner"`
 * (national only) or a list of party codes such as `["GBR", "FRA"]` (the owner always sees it).
 */
export const ReleasabilitySchema = Type.Union(
  [
    Type.Literal('public'),
    Type.Literal('coalition'),
    Type.Literal('owner'),
    Type.Array(PartyCodeSchema, { minItems: 1, maxItems: 60, uniqueItems: true }),
  ],
  { description: 'public, coalition, owner, or a list of party codes' },
);
/** Releasability as the API speaks it. */
export type Releasability = Static<typeof ReleasabilitySchema>;

/** Storage form of a record's releasability (the columns of `ReleasableColumns`). */
export function toColumns(owner: string, releasability: Releasability): ReleasableColumns {
  if (Array.isArray(releasability)) {
    const parties = [...new Set(releasability)].sort();
    return { owner_party: owner, releasability: 'parties', releasable_to: `,${parties.join(',')},` };
  }
  return { owner_party: owner, releasability, releasable_to: '' };
}

/** API form of stored releasability columns. */
export function fromColumns(row: Pick<ReleasableColumns, 'releasability' | 'releasable_to'>): Releasability {
  if (row.releasability === 'parties') return row.releasable_to.split(',').filter((p) => p !== '');
  if (row.releasability === 'public' || row.releasability === 'coalition' || row.releasability === 'owner') {
    return row.releasability;
  }
  // An unknown stored value must never widen access: treat it as national only.
  return 'owner';
}

/**
 * The releasability filter, for use in every repository query that reads records:
 * `.where(visibleTo(viewer, 'o'))`. `alias` is the table name or alias holding the columns.
 * This and `canSee` are the only two places that decide visibility.
 */
export function visibleTo(viewer: Viewer, alias: string): RawBuilder<SqlBool> {
  const rel = sql.ref(`${alias}.releasability`);
  const owner = sql.ref(`${alias}.owner_party`);
  const to = sql.ref(`${alias}.releasable_to`);
  const coalition = viewer.inCoalition ? sql`or ${rel} = 'coalition'` : sql``;
  return sql<SqlBool>`(${rel} = 'public' ${coalition} or ${owner} = ${viewer.party} or (${rel} = 'parties' and ${to} like ${`%,${viewer.party},%`}))`;
}

/** In-memory twin of `visibleTo`, for live streams, alerts and caches. */
export function canSee(viewer: Viewer, row: ReleasableColumns): boolean {
  if (row.owner_party === viewer.party) return true;
  switch (row.releasability) {
    case 'public':
      return true;
    case 'coalition':
      return viewer.inCoalition;
    case 'parties':
      return row.releasable_to.includes(`,${viewer.party},`);
    default:
      return false;
  }
}

/**
 * Which of `ids` (values of `column` in `table`) name rows the viewer may see: the `visible`
 * check of a ledger source, which decides who may have a record's proof.
 */
export async function visibleIdsIn(
  db: Executor,
  viewer: Viewer,
  table: keyof Database,
  column: string,
  ids: readonly string[],
): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const key = sql.ref(`t.${column}`);
  const { rows } = await sql<{ id: string }>`select ${key} as id from ${sql.table(table)} as t
    where ${key} in (${sql.join(ids)}) and ${visibleTo(viewer, 't')}`.execute(db);
  return new Set(rows.map((r) => String(r.id)));
}
