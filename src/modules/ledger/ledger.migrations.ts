import { sql, type Kysely, type Migration } from 'kysely';
import { columnTypes } from '../../platform/db/columns.js';
import { STORED_LEVEL_STRIDE } from './merkle.js';

/** Tables of the ledger: leaves, stored tree levels, checkpoints, witnesses, co-signatures. */
export const ledgerMigrations: Record<string, Migration> = {
  '02-ledger-001-init': {
    async up(db: Kysely<unknown>) {
      const { bigint } = columnTypes(db);
      await db.schema
        .createTable('ledger_leaves')
        .addColumn('leaf_index', bigint, (c) => c.primaryKey())
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('record_id', 'text', (c) => c.notNull())
        .addColumn('content_hash', 'text', (c) => c.notNull())
        .addColumn('leaf_hash', 'text', (c) => c.notNull())
        .addColumn('recorded_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('ledger_leaves_record')
        .on('ledger_leaves')
        .columns(['kind', 'record_id'])
        .execute();
      await db.schema.createIndex('ledger_leaves_hash').on('ledger_leaves').column('leaf_hash').execute();
      await db.schema
        .createTable('ledger_nodes')
        .addColumn('level', 'integer', (c) => c.notNull())
        .addColumn('node_index', bigint, (c) => c.notNull())
        .addColumn('hash', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('ledger_nodes_pk', ['level', 'node_index'])
        .execute();
      await db.schema
        .createTable('ledger_checkpoints')
        .addColumn('tree_size', bigint, (c) => c.primaryKey())
        .addColumn('root_hash', 'text', (c) => c.notNull())
        .addColumn('note', 'text', (c) => c.notNull())
        .addColumn('key_id', 'text', (c) => c.notNull())
        .addColumn('issued_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('ledger_witnesses')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('party_code', 'text', (c) => c.notNull())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('key_id', 'text', (c) => c.notNull())
        .addColumn('public_key', 'text', (c) => c.notNull().unique())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('revoked_at', 'text')
        .execute();
      await db.schema
        .createTable('ledger_cosignatures')
        .addColumn('tree_size', bigint, (c) => c.notNull().references('ledger_checkpoints.tree_size'))
        .addColumn('witness_id', 'text', (c) => c.notNull().references('ledger_witnesses.id'))
        .addColumn('signature_line', 'text', (c) => c.notNull())
        .addColumn('signed_at', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('ledger_cosignatures_pk', ['tree_size', 'witness_id'])
        .execute();
    },
  },
  '02-ledger-002-sparse-levels': {
    // The log now stores interior nodes of every fourth level only (`isStoredLevel`) and
    // recomputes the others from them; rows of the other levels are no longer read.
    async up(db: Kysely<unknown>) {
      await sql`delete from ledger_nodes where level % ${sql.lit(STORED_LEVEL_STRIDE)} <> 0`.execute(db);
    },
  },
};
