import { Migrator, type Kysely, type Migration, type MigrationResultSet } from 'kysely';
import type { GuarantorModule } from '../module.js';
import type { Database } from './schema.js';

/**
 * Applies every module's pending migrations, in name order. Migration names carry the
 * module's fixed number (`01-coalition-001-init`), so the order is stable as modules grow.
 * Throws with the failing migration's name when one fails; a failed migration is rolled back
 * on PostgreSQL (transactional DDL) and on SQLite.
 */
export async function migrateToLatest(
  db: Kysely<Database>,
  modules: readonly GuarantorModule[],
): Promise<string[]> {
  const all: Record<string, Migration> = {};
  for (const module of modules) {
    for (const [name, migration] of Object.entries(module.migrations)) {
      if (all[name]) throw new Error(`duplicate migration name ${name}`);
      all[name] = migration;
    }
  }
  const migrator = new Migrator({
    db,
    provider: { getMigrations: () => Promise.resolve(all) },
    allowUnorderedMigrations: true,
    migrationTableName: 'schema_migrations',
    migrationLockTableName: 'schema_migrations_lock',
  });
  const result: MigrationResultSet = await migrator.migrateToLatest();
  if (result.error) {
    const failed = result.results?.find((r) => r.status === 'Error')?.migrationName ?? 'unknown';
    throw new Error(
      `migration ${failed} failed: ${result.error instanceof Error ? result.error.message : JSON.stringify(result.error)}`,
      {
        cause: result.error,
      },
    );
  }
  return (result.results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}
