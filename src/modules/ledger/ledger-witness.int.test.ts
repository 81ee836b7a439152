import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDialects } from '../../../test/support/databases.js';
import { startTestApp, type TestApp, type TestUser } from '../../../test/support/test-app.js';
import { openContext } from '../../platform/bootstrap.js';
import { MODULES } from '../registry.js';
import { installTestSource, writeNote } from './ledger-fixture.testkit.js';
import { independentVerify } from './independent-verifier.testkit.js';
import { parseVerifierKey, signatureLine, verifyNote } from './note.js';
import { createWitnessKey, readWitnessKey, witnessOnce } from './witness-client.js';
import { auditLedger } from './audit-log.js';

const tokenOf = (u: TestUser) => u.headers.authorization!.replace('Bearer ', '');

describe.each(testDialects())('ledger witnesses and restarts on %s', (dialect) => {
  let t: TestApp;
  let coordinator: TestUser;
  let fraWitness: TestUser;
  let gbr: TestUser;
  let url: string;
  let keyFile: string;
  let witnessKey: string;

  beforeAll(async () => {
    t = await startTestApp(dialect);
    await installTestSource(t.ctx);
    coordinator = await t.signIn('GBR', 'coordinator');
    gbr = await t.signIn('GBR', 'analyst');
    fraWitness = await t.signIn('FRA', 'integration');
    for (let i = 0; i < 9; i++) await writeNote(t.ctx, 'FRA', 'coalition', `before ${i}`);
    keyFile = join(mkdtempSync(join(tmpdir(), 'guarantor-witness-')), 'fra.witness.json');
    witnessKey = createWitnessKey(keyFile, 'fra.witness');
    url = await t.app.listen({ port: 0, host: '127.0.0.1' });
  });
  afterAll(async () => t.close());

  it('lets coordinators register witness keys, refusing other roles, bad keys and duplicates', async () => {
    const post = (headers: Record<string, string>, payload: object) =>
      t.app.inject({ method: 'POST', url: '/api/v1/ledger/witnesses', headers, payload });
    expect((await post(fraWitness.headers, { party: 'FRA', verifierKey: witnessKey })).statusCode).toBe(403);
    const bad = await post(coordinator.headers, { party: 'FRA', verifierKey: 'fra.witness+00000000+AAAA' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].pointer).toBe('/verifierKey');
    const unknown = await post(coordinator.headers, { party: 'XXX', verifierKey: witnessKey });
    expect(unknown.json().errors[0].pointer).toBe('/party');
    const created = await post(coordinator.headers, { party: 'FRA', verifierKey: witnessKey });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({
      party: 'FRA',
      name: 'fra.witness',
      verifierKey: witnessKey,
      revokedAt: null,
    });
    expect((await post(coordinator.headers, { party: 'FRA', verifierKey: witnessKey })).statusCode).toBe(409);
    const list = await t.app.inject({ method: 'GET', url: '/api/v1/ledger/witnesses', headers: gbr.headers });
    expect(list.json().items).toEqual([expect.objectContaining({ party: 'FRA', name: 'fra.witness' })]);
  });

  it('co-signs consistent checkpoints, shows who witnessed the latest, and detects a fork or rollback', async () => {
    const signer = readWitnessKey(keyFile);
    await t.app.inject({ method: 'POST', url: '/api/v1/ledger/checkpoint', headers: gbr.headers });
    const first = await witnessOnce({ url, signer, state: null, token: tokenOf(fraWitness) });
    expect(first).toMatchObject({ added: true, treeSize: 9 });
    const note = (await t.app.inject({ method: 'GET', url: '/api/v1/ledger/checkpoint' })).body;
    const logKey = (await t.app.inject({ method: 'GET', url: '/api/v1/ledger/key' })).body;
    expect(
      verifyNote(note, [parseVerifierKey(logKey), parseVerifierKey(witnessKey)]).signedBy.map((v) => v.name),
    ).toEqual(['guarantor.example/ledger', 'fra.witness']);
    expect(independentVerify(note, witnessKey).size).toBe(9);
    let status = (
      await t.app.inject({ method: 'GET', url: '/api/v1/ledger/witnesses/status', headers: gbr.headers })
    ).json();
    expect(status).toMatchObject({ treeSize: 9, witnesses: [{ party: 'FRA', witnessedLatest: true }] });

    for (let i = 0; i < 5; i++) await writeNote(t.ctx, 'GBR', 'public', `after ${i}`);
    await t.app.inject({ method: 'POST', url: '/api/v1/ledger/checkpoint', headers: gbr.headers });
    status = (
      await t.app.inject({ method: 'GET', url: '/api/v1/ledger/witnesses/status', headers: gbr.headers })
    ).json();
    expect(status.witnesses[0]).toMatchObject({ witnessedLatest: false, signedAt: expect.any(String) });
    const second = await witnessOnce({ url, signer, state: first.state, token: tokenOf(fraWitness) });
    expect(second).toMatchObject({ added: true, treeSize: 14 });
    const again = await witnessOnce({ url, signer, state: second.state, token: tokenOf(fraWitness) });
    expect(again.added).toBe(false);

    const forked = { ...second.state, rootHash: Buffer.alloc(32, 7).toString('base64') };
    await expect(witnessOnce({ url, signer, state: forked, token: tokenOf(fraWitness) })).rejects.toThrow(
      /forked/,
    );
    const otherHistory = { ...first.state, rootHash: Buffer.alloc(32, 7).toString('base64') };
    await expect(
      witnessOnce({ url, signer, state: otherHistory, token: tokenOf(fraWitness) }),
    ).rejects.toThrow();
    const ahead = { ...second.state, treeSize: 99 };
    await expect(witnessOnce({ url, signer, state: ahead, token: tokenOf(fraWitness) })).rejects.toThrow(
      /rolled back/,
    );
  });

  it("refuses a co-signature from another party's caller, a garbage line and a wrong signature", async () => {
    const signer = readWitnessKey(keyFile);
    const latest = (
      await t.app.inject({ method: 'POST', url: '/api/v1/ledger/checkpoint', headers: gbr.headers })
    ).json();
    const body = latest.note.slice(0, latest.note.indexOf('\n\n') + 1);
    const post = (headers: Record<string, string>, signature: string, treeSize = latest.treeSize) =>
      t.app.inject({
        method: 'POST',
        url: '/api/v1/ledger/cosignatures',
        headers,
        payload: { treeSize, signature },
      });
    expect((await post(gbr.headers, signatureLine(body, signer))).statusCode).toBe(403);
    const garbage = await post(fraWitness.headers, 'not a signature');
    expect(garbage.statusCode).toBe(400);
    expect(garbage.json().errors[0].pointer).toBe('/signature');
    const wrong = await post(fraWitness.headers, signatureLine(body.replace(/\n\d+\n/, '\n1\n'), signer));
    expect(wrong.statusCode).toBe(422);
    expect((await post(fraWitness.headers, signatureLine(body, signer), 123456)).statusCode).toBe(404);
  });

  it('continues one history across a restart, and refuses to sign over a rewritten tree', async () => {
    const before = (
      await t.app.inject({ method: 'POST', url: '/api/v1/ledger/checkpoint', headers: gbr.headers })
    ).json();
    const restarted = await openContext(t.ctx.config, MODULES, { logger: pino({ level: 'silent' }) });
    try {
      await installTestSource(restarted);
      for (let i = 0; i < 4; i++) await writeNote(restarted, 'FRA', 'coalition', `restart ${i}`);
      const after = await restarted.services.ledgerCheckpoints.issue();
      expect(after.treeSize).toBe(before.treeSize + 4);
      const logKey = (await t.app.inject({ method: 'GET', url: '/api/v1/ledger/key' })).body;
      expect(independentVerify(after.note, logKey).size).toBe(after.treeSize);
      expect((await auditLedger(restarted.db, restarted.services.ledger)).findings).toEqual([]);

      await writeNote(restarted, 'FRA', 'coalition', 'one more');
      await sql`update ledger_nodes set hash = ${'ab'.repeat(32)}`.execute(restarted.db);
      await expect(restarted.services.ledgerCheckpoints.issue()).rejects.toThrow(/root/);
      expect((await restarted.services.ledgerCheckpoints.latest())!.treeSize).toBe(after.treeSize);
      const audit = await auditLedger(restarted.db, restarted.services.ledger);
      expect(audit.findings.some((f) => f.type === 'tree' && /stored node/.test(f.detail))).toBe(true);
    } finally {
      await restarted.close();
    }
  });
});
