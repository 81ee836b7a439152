import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Command } from 'commander';
import pino from 'pino';
import { sql } from 'kysely';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { testDialects } from '../../../test/support/databases.js';
import { startTestApp, type TestApp } from '../../../test/support/test-app.js';
import { openContext } from '../../platform/bootstrap.js';
import { MODULES } from '../registry.js';
import { ledgerCli } from './ledger.cli.js';
import { installTestSource, TEST_KIND, writeNote } from './ledger-fixture.testkit.js';

describe.each(testDialects())('guarantor ledger verbs on %s', (dialect) => {
  let t: TestApp;
  let dir: string;
  let out: string[];

  async function run(...args: string[]): Promise<{ code: number; text: string }> {
    out = [];
    process.exitCode = 0;
    const program = new Command('guarantor').exitOverride();
    ledgerCli(program, async () => {
      const ctx = await openContext(t.ctx.config, MODULES, { logger: pino({ level: 'silent' }) });
      await installTestSource(ctx);
      return ctx;
    });
    await program.parseAsync(['node', 'guarantor', 'ledger', ...args]);
    const code = Number(process.exitCode ?? 0);
    process.exitCode = 0;
    return { code, text: out.join('') };
  }

  beforeAll(async () => {
    t = await startTestApp(dialect);
    await installTestSource(t.ctx);
    dir = mkdtempSync(join(tmpdir(), 'guarantor-ledger-cli-'));
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      out.push(String(chunk));
      return true;
    });
  });
  afterEach(() => {
    process.exitCode = 0;
  });
  afterAll(async () => {
    vi.restoreAllMocks();
    await t.close();
  });

  it('writes a proof bundle that verify accepts offline, and refuses altered content', async () => {
    const note = await writeNote(t.ctx, 'GBR', 'coalition', 'bundle me');
    const bundleFile = join(dir, 'bundle.json');
    expect((await run('proof', '--kind', TEST_KIND, '--record-id', note.id, '--out', bundleFile)).code).toBe(
      0,
    );
    const key = (await t.app.inject({ method: 'GET', url: '/api/v1/ledger/key' })).body;
    const ok = await run(
      'verify',
      '--bundle',
      bundleFile,
      '--key',
      key,
      '--origin',
      'guarantor.example/ledger',
    );
    expect(ok.code).toBe(0);
    expect(ok.text).toContain(`OK      ${TEST_KIND} ${note.id}`);
    const bundle = JSON.parse(readFileSync(bundleFile, 'utf8')) as { content: { body: string } };
    bundle.content.body = 'altered';
    writeFileSync(join(dir, 'case.json'), JSON.stringify({ records: [bundle] }));
    const bad = await run('verify', '--bundle', join(dir, 'case.json'), '--key', key);
    expect(bad.code).toBe(1);
    expect(bad.text).toContain('FAILED');
  });

  it('audits clean, then names a row changed behind the application and exits 1', async () => {
    const note = await writeNote(t.ctx, 'FRA', 'owner', 'audited');
    expect((await run('checkpoint')).text).toMatch(/^guarantor\.example\/ledger\n\d+\n/);
    const clean = await run('audit');
    expect(clean.code).toBe(0);
    expect(clean.text).toContain('no findings');
    await sql`update ledger_test_notes set body = 'edited in the database' where id = ${note.id}`.execute(
      t.ctx.db,
    );
    const found = await run('audit');
    expect(found.code).toBe(1);
    expect(found.text).toContain(`CHANGED  ${TEST_KIND} ${note.id}`);
  });
});
