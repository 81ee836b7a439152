import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDialects } from '../../../test/support/databases.js';
import { startTestApp, type TestApp } from '../../../test/support/test-app.js';
import { openContext } from '../../platform/bootstrap.js';
import type { AppContext } from '../../platform/context.js';
import { MODULES } from '../registry.js';
import { installTestSource, writeNote } from './ledger-fixture.testkit.js';
import { auditLedger } from './audit-log.js';
import { hashChildren } from './merkle.js';
import { verifyConsistency } from './proofs.js';

function mth(hashes: Buffer[]): Buffer {
  if (hashes.length === 1) return hashes[0]!;
  let k = 1;
  while (k * 2 < hashes.length) k *= 2;
  return hashChildren(mth(hashes.slice(0, k)), mth(hashes.slice(k)));
}

// Two application servers on one PostgreSQL database must build one tree (DESIGN.md, Scale-out).
describe.each(testDialects().filter((d) => d === 'postgres'))(
  'two concurrent ledger appenders on %s',
  (dialect) => {
    let t: TestApp;
    let second: AppContext;

    beforeAll(async () => {
      t = await startTestApp(dialect);
      second = await openContext(t.ctx.config, MODULES, { logger: pino({ level: 'silent' }) });
      await installTestSource(t.ctx);
      await installTestSource(second);
    });
    afterAll(async () => {
      await second.close();
      await t.close();
    });

    it('interleaves appends and checkpoints from two servers into one consistent tree', async () => {
      const checkpoints: { treeSize: number; rootHash: Buffer }[] = [];
      const server = async (ctx: AppContext, name: string) => {
        for (let i = 0; i < 15; i++) {
          await writeNote(ctx, 'GBR', 'coalition', `${name} ${i}`);
          if (i % 5 === 3) checkpoints.push(await ctx.services.ledgerCheckpoints.issue());
        }
      };
      await Promise.all([server(t.ctx, 'a'), server(second, 'b'), server(t.ctx, 'c'), server(second, 'd')]);
      const size = await t.ctx.services.ledger.treeSize();
      expect(size).toBe(60);
      const leaves = await t.ctx.services.ledger.leaves(0, size);
      expect(leaves.map((l) => Number(l.leaf_index))).toEqual(Array.from({ length: size }, (_, i) => i));
      const hashes = leaves.map((l) => Buffer.from(l.leaf_hash, 'hex'));
      expect((await second.services.ledger.rootAt(size)).equals(mth(hashes))).toBe(true);
      expect((await auditLedger(t.ctx.db, t.ctx.services.ledger)).findings).toEqual([]);
      // Every checkpoint either server signed is a prefix of the final tree.
      const final = await second.services.ledgerCheckpoints.issue();
      for (const c of checkpoints) {
        expect(c.rootHash.equals(mth(hashes.slice(0, c.treeSize)))).toBe(true);
        const proof = await t.ctx.services.ledger.consistencyProof(c.treeSize, final.treeSize);
        verifyConsistency(c.treeSize, final.treeSize, proof, c.rootHash, final.rootHash);
      }
    });
  },
);
