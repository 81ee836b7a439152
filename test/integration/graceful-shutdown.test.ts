import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import pino from 'pino';
import { openContext } from '../../src/platform/bootstrap.js';
import { loadConfig } from '../../src/platform/config.js';
import { openDatabase } from '../../src/platform/db/database.js';
import { MODULES } from '../../src/modules/registry.js';
import { createScratchDatabase, testDialects, type ScratchDatabase } from '../support/databases.js';

const CLI = ['--import', 'tsx', 'src/cli/guarantor.ts'];

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.listen(0, '127.0.0.1', () => {
      const address = srv.address();
      srv.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

async function waitHealthy(base: string, child: ChildProcess): Promise<void> {
  for (let i = 0; i < 150; i++) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`);
    try {
      if ((await fetch(`${base}/healthz`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('server did not become healthy');
}

describe.each(testDialects())('graceful shutdown on %s', (dialect) => {
  const scratch: ScratchDatabase[] = [];
  afterAll(async () => {
    for (const s of scratch) await s.drop();
  });

  it('keeps every acknowledged write when SIGTERM arrives in the middle of writes', async () => {
    const db = await createScratchDatabase(dialect);
    scratch.push(db);
    const port = await freePort();
    const env = {
      ...process.env,
      DATABASE_URL: db.url,
      PORT: String(port),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
      GUARANTOR_DATA_DIR: mkdtempSync(join(tmpdir(), 'guarantor-sig-')),
    };
    // A party, a coordinator and a token, made in-process: the full exercise scenario would
    // only slow the test down.
    const setup = await openContext(
      { ...loadConfig(env), databaseUrl: db.url, logLevel: 'silent' },
      MODULES,
      {
        logger: pino({ level: 'silent' }),
      },
    );
    let token: string;
    try {
      const system = { system: 'test' } as const;
      await setup.services.parties.create(system, {
        code: 'GBR',
        name: 'United Kingdom',
        kind: 'state',
        coalitionRole: 'member',
        parliamentApproval: true,
      });
      await setup.services.accounts.createUser(system, {
        username: 'gbr.coordinator',
        party: 'GBR',
        role: 'coordinator',
      });
      token = (await setup.services.accounts.createToken(system, 'gbr.coordinator', 'sigterm test')).token;
    } finally {
      await setup.close();
    }
    const auth = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };

    const server = spawn(process.execPath, [...CLI, 'serve'], {
      env: { ...env, LOG_LEVEL: 'info' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let log = '';
    server.stdout?.on('data', (d: Buffer) => (log += d.toString()));
    server.stderr?.on('data', (d: Buffer) => (log += d.toString()));
    const base = `http://127.0.0.1:${port}`;
    await waitHealthy(base, server);

    const acknowledged: string[] = [];
    let sent = 0;
    const writer = async () => {
      while (server.exitCode === null && sent < 2000) {
        const name = `Envoy ${sent++}`;
        try {
          const res = await fetch(`${base}/api/v1/parties/GBR/representatives`, {
            method: 'POST',
            headers: auth,
            body: JSON.stringify({ name, office: 'test' }),
          });
          if (res.status === 201) acknowledged.push(name);
        } catch {
          return; // connection refused once the server has stopped listening
        }
      }
    };
    const writers = Array.from({ length: 8 }, writer);
    while (acknowledged.length < 40) await new Promise((r) => setTimeout(r, 10));
    server.kill('SIGTERM');
    const code = await new Promise<number | null>((resolve) => server.on('exit', (c) => resolve(c)));
    await Promise.all(writers);
    // The server's own log explains a failed shutdown.
    if (code !== 0)
      console.log(
        log
          .split('\n')
          .filter((l) => !l.includes('incoming request') && !l.includes('request completed'))
          .slice(-30)
          .join('\n'),
      );
    expect(code).toBe(0);

    const reopened = openDatabase(db.url);
    try {
      const rows = await reopened.db
        .selectFrom('representatives')
        .select('name')
        .where('party_code', '=', 'GBR')
        .execute();
      const stored = new Set(rows.map((r) => r.name));
      const lost = acknowledged.filter((name) => !stored.has(name));
      expect(acknowledged.length).toBeGreaterThanOrEqual(40);
      expect(lost).toEqual([]);
    } finally {
      await reopened.close();
    }
  }, 180_000);
});
