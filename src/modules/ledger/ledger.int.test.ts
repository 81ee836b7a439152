import { createHash } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDialects } from '../../../test/support/databases.js';
import { startTestApp, type TestApp, type TestUser } from '../../../test/support/test-app.js';
import { independentVerify } from './independent-verifier.testkit.js';
import { installTestSource, TEST_KIND, writeNote } from './ledger-fixture.testkit.js';
import { verifyConsistency, verifyInclusion } from './proofs.js';
import { hashChildren, hashLeaf } from './merkle.js';
import { auditLedger } from './audit-log.js';
import { canonicalJson } from './leaf.js';
import { parseVerifierKey } from './note.js';
import { verifyBundle } from './verify-bundle.js';

const b64 = (s: string) => Buffer.from(s, 'base64');

// Reference MTH (RFC 9162 §2.1.1) over leaf hashes, independent of the stored levels.
function mth(hashes: Buffer[]): Buffer {
  if (hashes.length === 1) return hashes[0]!;
  let k = 1;
  while (k * 2 < hashes.length) k *= 2;
  return hashChildren(mth(hashes.slice(0, k)), mth(hashes.slice(k)));
}

describe.each(testDialects())('ledger API on %s', (dialect) => {
  let t: TestApp;
  let gbr: TestUser;
  let fra: TestUser;
  let vkey: string;
  const notes: { id: string; leafIndex: number }[] = [];

  beforeAll(async () => {
    t = await startTestApp(dialect);
    await installTestSource(t.ctx);
    gbr = await t.signIn('GBR', 'analyst');
    fra = await t.signIn('FRA', 'analyst');
    for (let i = 0; i < 23; i++)
      notes.push(await writeNote(t.ctx, i % 2 ? 'GBR' : 'FRA', i === 5 ? 'owner' : 'coalition', `note ${i}`));
    const key = await t.app.inject({ method: 'GET', url: '/api/v1/ledger/key' });
    if (key.statusCode !== 200) throw new Error(`key: ${key.statusCode} ${key.body}`);
    vkey = key.body;
  });
  afterAll(async () => t.close());

  it('publishes the key and a signed checkpoint without credentials, verifiable with raw node:crypto', async () => {
    expect(vkey).toMatch(/^guarantor\.example\/ledger\+[0-9a-f]{8}\+[A-Za-z0-9+/]+=*\n$/);
    const issued = await t.app.inject({
      method: 'POST',
      url: '/api/v1/ledger/checkpoint',
      headers: gbr.headers,
    });
    expect(issued.statusCode).toBe(200);
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/ledger/checkpoint' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('text/plain');
    const cp = independentVerify(res.body, vkey);
    expect(cp.origin).toBe('guarantor.example/ledger');
    expect(cp.size).toBeGreaterThanOrEqual(23);
    expect(cp.root.toString('base64')).toBe(issued.json().rootHash);
  });

  it('answers inclusion proofs for every leaf and consistency proofs that an independent check accepts', async () => {
    const first = independentVerify(
      (await t.app.inject({ method: 'GET', url: '/api/v1/ledger/checkpoint' })).body,
      vkey,
    );
    const leaves = (
      await t.app.inject({
        method: 'GET',
        url: `/api/v1/ledger/leaves?start=0&end=${first.size}`,
        headers: fra.headers,
      })
    ).json();
    expect(leaves.items).toHaveLength(first.size);
    for (const leaf of leaves.items as { leafIndex: number; leafHash: string }[]) {
      const res = await t.app.inject({
        method: 'GET',
        url: `/api/v1/ledger/proofs/inclusion?index=${leaf.leafIndex}&size=${first.size}`,
        headers: fra.headers,
      });
      expect(res.statusCode).toBe(200);
      const p = res.json();
      expect(p).toMatchObject({ leafIndex: leaf.leafIndex, treeSize: first.size, leafHash: leaf.leafHash });
      verifyInclusion(p.leafIndex, p.treeSize, b64(p.leafHash), p.proof.map(b64), first.root);
    }
    for (let i = 0; i < 7; i++) await writeNote(t.ctx, 'GBR', 'public', `later ${i}`);
    const second = (
      await t.app.inject({ method: 'POST', url: '/api/v1/ledger/checkpoint', headers: gbr.headers })
    ).json();
    expect(second.treeSize).toBe(first.size + 7);
    const all = (
      await t.app.inject({
        method: 'GET',
        url: `/api/v1/ledger/leaves?start=0&end=${second.treeSize}`,
        headers: fra.headers,
      })
    ).json();
    const hashes = (all.items as { leafHash: string }[]).map((l) => b64(l.leafHash));
    expect(mth(hashes).toString('base64')).toBe(second.rootHash);
    for (const from of [1, 2, 5, 16, first.size, second.treeSize]) {
      const res = await t.app.inject({
        method: 'GET',
        url: `/api/v1/ledger/proofs/consistency?from=${from}&to=${second.treeSize}`,
        headers: gbr.headers,
      });
      expect(res.statusCode).toBe(200);
      verifyConsistency(
        from,
        second.treeSize,
        res.json().proof.map(b64),
        mth(hashes.slice(0, from)),
        b64(second.rootHash),
      );
    }
  });

  it('hashes leaves as RFC 9162 leaves over the canonical JSON of kind, record id and content hash', async () => {
    const note = notes[3]!;
    const content = { id: note.id, body: 'note 3' };
    const contentHash = createHash('sha256').update(canonicalJson(content)).digest('hex');
    const expected = hashLeaf(
      Buffer.from(`{"contentHash":"${contentHash}","kind":"${TEST_KIND}","recordId":"${note.id}"}`),
    );
    const res = await t.app.inject({
      method: 'GET',
      url: `/api/v1/ledger/leaves/lookup?hash=${encodeURIComponent(expected.toString('base64'))}`,
      headers: fra.headers,
    });
    expect(res.json().items).toEqual([{ leafIndex: note.leafIndex, leafHash: expected.toString('base64') }]);
  });

  it("does not reveal another party's national-only record through lookups or record proofs", async () => {
    const secret = notes[5]!; // GBR, owner only
    const asOther = await t.app.inject({
      method: 'GET',
      url: `/api/v1/ledger/leaves/lookup?kind=${TEST_KIND}&recordId=${secret.id}`,
      headers: fra.headers,
    });
    expect(asOther.statusCode).toBe(200);
    expect(asOther.json().items).toEqual([]);
    const proofOther = await t.app.inject({
      method: 'GET',
      url: `/api/v1/ledger/records/${TEST_KIND}/${secret.id}`,
      headers: fra.headers,
    });
    expect(proofOther.statusCode).toBe(404);
    const asOwner = await t.app.inject({
      method: 'GET',
      url: `/api/v1/ledger/leaves/lookup?kind=${TEST_KIND}&recordId=${secret.id}`,
      headers: gbr.headers,
    });
    expect(asOwner.json().items).toEqual([expect.objectContaining({ leafIndex: secret.leafIndex })]);
    const proofOwner = await t.app.inject({
      method: 'GET',
      url: `/api/v1/ledger/records/${TEST_KIND}/${secret.id}`,
      headers: gbr.headers,
    });
    expect(proofOwner.statusCode).toBe(200);
  });

  it('gives a record\'s page "included in checkpoint N" with a proof that verifies offline', async () => {
    const note = await writeNote(t.ctx, 'GBR', 'coalition', 'fresh');
    const pending = (
      await t.app.inject({
        method: 'GET',
        url: `/api/v1/ledger/records/${TEST_KIND}/${note.id}`,
        headers: fra.headers,
      })
    ).json();
    expect(pending.inclusion).toBeNull();
    const res = await t.app.inject({
      method: 'GET',
      url: `/api/v1/ledger/records/${TEST_KIND}/${note.id}?issue=true`,
      headers: fra.headers,
    });
    expect(res.statusCode).toBe(200);
    const proof = res.json();
    expect(proof.inclusion.treeSize).toBe(proof.checkpoint.treeSize);
    expect(proof.leaves).toEqual([expect.objectContaining({ leafIndex: note.leafIndex })]);
    const key = parseVerifierKey(vkey);
    const bundle = {
      kind: TEST_KIND,
      recordId: note.id,
      inclusion: proof.inclusion,
      checkpoint: proof.checkpoint,
    };
    expect(
      verifyBundle({ ...bundle, content: { id: note.id, body: 'fresh' } }, key, 'guarantor.example/ledger'),
    ).toMatchObject({ ok: true });
    const altered = verifyBundle({ ...bundle, content: { id: note.id, body: 'altered' } }, key);
    expect(altered.ok).toBe(false);
    expect(altered.problems[0]).toMatch(/differs from what was logged/);
    const bundleFromCli = await t.ctx.services.ledgerProofs.bundle(TEST_KIND, note.id);
    expect(verifyBundle(bundleFromCli, key)).toMatchObject({ ok: true });
  });

  it('answers bad parameters with problems naming them, and proofs only to signed-in callers', async () => {
    const size = await t.ctx.services.ledger.treeSize();
    const cases: [string, string][] = [
      [`/api/v1/ledger/proofs/inclusion?index=0&size=${size + 1}`, '/size'],
      [`/api/v1/ledger/proofs/inclusion?index=${size}&size=${size}`, '/index'],
      [`/api/v1/ledger/proofs/consistency?from=0&to=${size}`, '/from'],
      [`/api/v1/ledger/proofs/consistency?from=3&to=2`, '/from'],
      [`/api/v1/ledger/proofs/consistency?from=1&to=${size + 5}`, '/to'],
      [`/api/v1/ledger/leaves?start=0&end=${size + 1}`, '/end'],
      [`/api/v1/ledger/leaves/lookup?kind=${TEST_KIND}`, '/recordId'],
    ];
    for (const [url, pointer] of cases) {
      const res = await t.app.inject({ method: 'GET', url, headers: gbr.headers });
      expect(res.statusCode, url).toBe(400);
      expect(res.json().errors[0].pointer, url).toBe(pointer);
    }
    const bad = await t.app.inject({
      method: 'GET',
      url: '/api/v1/ledger/proofs/inclusion?index=x&size=1',
      headers: gbr.headers,
    });
    expect(bad.statusCode).toBe(400);
    const anonymous = await t.app.inject({
      method: 'GET',
      url: '/api/v1/ledger/proofs/inclusion?index=0&size=1',
    });
    expect(anonymous.statusCode).toBe(401);
  });

  it('lets the audit name a row changed or removed behind the application, and a rewritten leaf', async () => {
    const clean = await auditLedger(t.ctx.db, t.ctx.services.ledger);
    expect(clean.findings).toEqual([]);
    const changed = notes[7]!;
    const removed = notes[8]!;
    await sql`update ledger_test_notes set body = 'rewritten' where id = ${changed.id}`.execute(t.ctx.db);
    await sql`delete from ledger_test_notes where id = ${removed.id}`.execute(t.ctx.db);
    const report = await auditLedger(t.ctx.db, t.ctx.services.ledger);
    expect(report.findings).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          type: 'changed',
          kind: TEST_KIND,
          recordId: changed.id,
          leafIndex: changed.leafIndex,
        }),
        expect.objectContaining({
          type: 'removed',
          kind: TEST_KIND,
          recordId: removed.id,
          leafIndex: removed.leafIndex,
        }),
      ]),
    );
    expect(report.findings).toHaveLength(2);
    await sql`update ledger_leaves set content_hash = ${'0'.repeat(64)} where leaf_index = 0`.execute(
      t.ctx.db,
    );
    const tree = await auditLedger(t.ctx.db, t.ctx.services.ledger);
    expect(tree.findings.some((f) => f.type === 'tree' && f.leafIndex === 0)).toBe(true);
  });

  it('gives an entry hashed by its writer the same leaf as the entry with its content', async () => {
    const content = { id: 'prehashed', body: 'hashed once by the writer' };
    const hash = createHash('sha256').update(canonicalJson(content)).digest('hex');
    const [withContent, withHash] = await t.ctx.db.transaction().execute((trx) =>
      t.ctx.services.ledger.record(trx, [
        { kind: TEST_KIND, recordId: 'prehashed', content },
        { kind: TEST_KIND, recordId: 'prehashed', contentHash: hash },
      ]),
    );
    expect(withHash!.leafHash).toBe(withContent!.leafHash);
    expect(withHash!.leafIndex).toBe(withContent!.leafIndex + 1);
    await expect(
      t.ctx.db
        .transaction()
        .execute((trx) =>
          t.ctx.services.ledger.record(trx, [{ kind: TEST_KIND, recordId: 'x', contentHash: 'ABC' }]),
        ),
    ).rejects.toThrow(/contentHash/);
  });
});
