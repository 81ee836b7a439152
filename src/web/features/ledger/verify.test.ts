import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hashLeaf } from '../../../modules/ledger/merkle.js';
import { contentHash as serverContentHash } from '../../../modules/ledger/leaf.js';
import {
  browserVerifiers,
  contentHashOf,
  fromBase64,
  judgeContent,
  judgeGrowth,
  parseCheckpoint,
  recordLeafHash,
} from './verify.js';

// The same published vectors the server's verifiers pass (transparency-dev/merkle testdata).
const ROOT = process.env.MERKLE_TESTDATA ?? '/work/shared/testdata/merkle';

function cases(dir: string): Record<string, unknown>[] {
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) return cases(path);
    return entry.endsWith('.json') ? [JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>] : [];
  });
}

const b = (s: unknown) => fromBase64(typeof s === 'string' ? s : '');
const proofOf = (p: unknown) => ((p as string[] | null) ?? []).map(b);
const accepted = (run: () => void) => {
  try {
    run();
    return true;
  } catch {
    return false;
  }
};

describe('proofs checked in the browser', () => {
  it('decides every published inclusion and consistency vector as the vectors say', () => {
    const inclusion = cases(join(ROOT, 'inclusion'));
    const consistency = cases(join(ROOT, 'consistency'));
    expect(inclusion.length).toBeGreaterThan(50);
    expect(consistency.length).toBeGreaterThan(50);
    for (const d of inclusion)
      expect(
        accepted(() =>
          browserVerifiers.verifyInclusion(
            d.leafIdx as number,
            d.treeSize as number,
            b(d.leafHash),
            proofOf(d.proof),
            b(d.root),
          ),
        ),
      ).toBe(!d.wantErr);
    for (const d of consistency)
      expect(
        accepted(() =>
          browserVerifiers.verifyConsistency(
            d.size1 as number,
            d.size2 as number,
            proofOf(d.proof),
            b(d.root1),
            b(d.root2),
          ),
        ),
      ).toBe(!d.wantErr);
  });

  it('computes a record leaf hash as the ledger does', () => {
    const contentHash = 'a'.repeat(64);
    const data = Buffer.from(JSON.stringify({ contentHash, kind: 'incident', recordId: 'r-1' }));
    expect(recordLeafHash('incident', 'r-1', contentHash)).toBe(hashLeaf(data).toString('base64'));
  });

  it('reads a C2SP checkpoint and refuses a malformed one', () => {
    const root = Buffer.alloc(32, 7).toString('base64');
    expect(parseCheckpoint(`guarantor.example/ledger\n12\n${root}\n\n— sig`)).toEqual({
      origin: 'guarantor.example/ledger',
      size: 12,
      rootHash: root,
    });
    expect(parseCheckpoint('origin\nnot-a-size\nroot')).toBeUndefined();
  });

  it('judges growth: first look, unchanged, shrunk, same size other root, bad proof', async () => {
    const root = (n: number) => Buffer.alloc(32, n).toString('base64');
    const noProof = () => Promise.resolve([]);
    const at = (size: number, r: number) => ({ origin: 'o', size, rootHash: root(r) });
    expect(await judgeGrowth(undefined, at(5, 1), noProof)).toEqual({ kind: 'first', size: 5 });
    expect(await judgeGrowth(at(5, 1), at(5, 1), noProof)).toEqual({ kind: 'unchanged', size: 5 });
    expect(await judgeGrowth(at(6, 1), at(5, 1), noProof)).toMatchObject({
      kind: 'rewritten',
      reason: 'shrunk',
    });
    expect(await judgeGrowth(at(5, 1), at(5, 2), noProof)).toMatchObject({
      kind: 'rewritten',
      reason: 'other-root',
    });
    expect(await judgeGrowth(at(5, 1), at(9, 2), () => Promise.resolve([root(3)]))).toMatchObject({
      kind: 'rewritten',
      reason: 'proof',
    });
    // A valid published proof between two different sizes: the log grew.
    const valid = cases(join(ROOT, 'consistency')).find(
      (d) => !d.wantErr && (d.size1 as number) > 0 && (d.size1 as number) < (d.size2 as number),
    )!;
    const seen = { origin: 'o', size: valid.size1 as number, rootHash: valid.root1 as string };
    const newest = { origin: 'o', size: valid.size2 as number, rootHash: valid.root2 as string };
    expect(await judgeGrowth(seen, newest, () => Promise.resolve(valid.proof as string[]))).toEqual({
      kind: 'grew',
      from: seen.size,
      to: newest.size,
    });
  });
});

describe('judgeContent', () => {
  const content = { id: 'x', personnel: 600, caveats: ['no offensive operations'], nested: { b: 1, a: 'é' } };
  const hash = serverContentHash(content);

  it('hashes a record as the server does', () => {
    expect(contentHashOf(content)).toBe(hash);
    expect(
      contentHashOf({
        nested: { a: 'é', b: 1 },
        caveats: ['no offensive operations'],
        personnel: 600,
        id: 'x',
      }),
    ).toBe(hash);
    expect(contentHashOf(null)).toBe(serverContentHash(null));
  });

  it('says unchanged, changed, removed, or which stored columns disagree', () => {
    const now = (c: unknown, columns: string[] = []) => ({
      removed: false,
      content: c,
      storedColumnsDisagree: columns,
    });
    expect(judgeContent(now(content), hash)).toEqual({ kind: 'unchanged' });
    expect(judgeContent(now({ ...content, personnel: 601 }), hash)).toEqual({ kind: 'changed' });
    expect(judgeContent(now(content, ['releasability']), hash)).toEqual({
      kind: 'columns',
      columns: ['releasability'],
    });
    expect(judgeContent({ removed: true, storedColumnsDisagree: [] }, hash)).toEqual({ kind: 'removed' });
    expect(judgeContent({ removed: true, storedColumnsDisagree: [] }, serverContentHash(null))).toEqual({
      kind: 'unchanged',
    });
    expect(judgeContent(undefined, hash)).toBeUndefined();
  });
});
