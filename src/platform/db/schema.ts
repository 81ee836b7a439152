/**
 * The database schema as Kysely sees it. Each module adds its own tables by module
 * augmentation in its `<module>.tables.ts`, so a module owns its tables:
 *
 * ```ts
 * declare module '../../platform/db/schema.js' {
 *   interface Database { parties: PartyTable }
 * }
 * ```
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface Database {}

/** The three columns every releasable record carries (see access/releasability.ts). */
export interface ReleasableColumns {
  /** Party code of the owner (ISO 3166-1 alpha-3, `EU`, `NATO`). */
  owner_party: string;
  /** `public`, `coalition`, `owner` or `parties` (then `releasable_to` lists them). */
  releasability: string;
  /** `,GBR,FRA,` when releasability is `parties`, else the empty string. */
  releasable_to: string;
}
