import { createHash } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDialects } from '../../../test/support/databases.js';
import { startTestApp, type TestApp } from '../../../test/support/test-app.js';
import { hashChildren, isStoredLevel, STORED_LEVEL_STRIDE } from './merkle.js';
import { leafHashOf } from './leaf.js';
import { verifyConsistency, verifyInclusion } from './proofs.js';

// MTH of RFC 9162 §2.1.1, computed from all the leaves: the reference the stored levels must give.
function mth(hashes: readonly Buffer[]): Buffer {
  if (hashes.length === 1) return hashes[0]!;
  let k = 1;
  while (k * 2 < hashes.length) k *= 2;
  return hashChildren(mth(hashes.slice(0, k)), mth(hashes.slice(k)));
}

// A fixed sequence of batch sizes (appends of 1 to 37 leaves), so that batches end at every
// kind of boundary between stored and recomputed levels.
function batchSizes(total: number): number[] {
  const sizes: number[] = [];
  let seed = 7;
  for (let n = 0; n < total;) {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    const size = Math.min(total - n, 1 + (seed % 37));
    sizes.push(size);
    n += size;
  }
  return sizes;
}

describe.each(testDialects())('stored tree levels on %s', (dialect) => {
  let t: TestApp;
  const leafHashes: Buffer[] = [];
  const TOTAL = 700;

  beforeAll(async () => {
    t = await startTestApp(dialect);
    const ledger = t.ctx.services.ledger;
    const base = await ledger.treeSize();
    for (const row of await ledger.leaves(0, base)) leafHashes.push(Buffer.from(row.leaf_hash, 'hex'));
    let n = 0;
    for (const size of batchSizes(TOTAL)) {
      const entries = Array.from({ length: size }, (_, i) => ({
        kind: 'test.note',
        recordId: `note-${n + i}`,
        contentHash: createHash('sha256')
          .update(`note ${n + i}`)
          .digest('hex'),
      }));
      await t.ctx.db.transaction().execute((trx) => ledger.record(trx, entries));
      for (const e of entries) leafHashes.push(leafHashOf(e));
      n += size;
    }
  });
  afterAll(() => t.close());

  it('keeps only every fourth interior level, and gives the roots of every size from them', async () => {
    const levels = await sql<{ level: number }>`select distinct level from ledger_nodes`.execute(t.ctx.db);
    expect(levels.rows.length).toBeGreaterThan(0);
    for (const { level } of levels.rows) expect(level % STORED_LEVEL_STRIDE).toBe(0);
    expect(isStoredLevel(8)).toBe(true);
    const nodes = await sql<{ n: number }>`select count(*) as n from ledger_nodes`.execute(t.ctx.db);
    expect(Number(nodes.rows[0]!.n)).toBeLessThan(leafHashes.length / 10);
    for (let size = 1; size <= leafHashes.length; size += size < 40 ? 1 : 13) {
      expect((await t.ctx.services.ledger.rootAt(size)).equals(mth(leafHashes.slice(0, size)))).toBe(true);
    }
  });

  it('answers inclusion and consistency proofs that verify against the reference roots', async () => {
    const ledger = t.ctx.services.ledger;
    const size = leafHashes.length;
    const root = mth(leafHashes);
    for (let index = 0; index < size; index += 7) {
      const p = await ledger.inclusionProof(index, size);
      expect(p.leafHash.equals(leafHashes[index]!)).toBe(true);
      verifyInclusion(index, size, p.leafHash, p.proof, root);
    }
    for (const from of [1, 15, 16, 17, 255, 256, 300, 511, size - 1]) {
      const proof = await ledger.consistencyProof(from, size);
      verifyConsistency(from, size, proof, mth(leafHashes.slice(0, from)), root);
    }
  });
});
