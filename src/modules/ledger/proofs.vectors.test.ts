import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { verifyConsistency, verifyInclusion } from './proofs.js';

// transparency-dev/merkle testdata (Apache 2.0), copied unchanged to /work/shared/testdata/merkle.
const ROOT = process.env.MERKLE_TESTDATA ?? '/work/shared/testdata/merkle';

function casesIn(dir: string): { name: string; data: Record<string, unknown> }[] {
  const out: { name: string; data: Record<string, unknown> }[] = [];
  for (const entry of readdirSync(dir)) {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) out.push(...casesIn(path));
    else if (entry.endsWith('.json'))
      out.push({
        name: path.slice(ROOT.length + 1),
        data: JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>,
      });
  }
  return out.sort((a, b) => a.name.localeCompare(b.name));
}

const b = (s: unknown) => Buffer.from(typeof s === 'string' ? s : '', 'base64');
const proofOf = (p: unknown) => ((p as string[] | null) ?? []).map(b);

function outcome(run: () => void): 'accepted' | 'rejected' {
  try {
    run();
    return 'accepted';
  } catch {
    return 'rejected';
  }
}

describe('transparency-dev/merkle test vectors', () => {
  const inclusion = casesIn(join(ROOT, 'inclusion'));
  const consistency = casesIn(join(ROOT, 'consistency'));

  it('finds the corpora', () => {
    expect(inclusion.length).toBeGreaterThan(50);
    expect(consistency.length).toBeGreaterThan(50);
  });

  it.each(inclusion.map((c) => [c.name, c.data] as const))('inclusion %s', (_name, d) => {
    const got = outcome(() =>
      verifyInclusion(d.leafIdx as number, d.treeSize as number, b(d.leafHash), proofOf(d.proof), b(d.root)),
    );
    expect(got).toBe(d.wantErr ? 'rejected' : 'accepted');
  });

  it.each(consistency.map((c) => [c.name, c.data] as const))('consistency %s', (_name, d) => {
    const got = outcome(() =>
      verifyConsistency(d.size1 as number, d.size2 as number, proofOf(d.proof), b(d.root1), b(d.root2)),
    );
    expect(got).toBe(d.wantErr ? 'rejected' : 'accepted');
  });
});
