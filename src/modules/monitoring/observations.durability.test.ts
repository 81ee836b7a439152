import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../platform/config.js';
import { openContext } from '../../platform/bootstrap.js';
import { anObservation } from './observations.factory.js';
import { MONITORING_MODULES } from './observations.durability-server.js';

const dir = mkdtempSync(join(tmpdir(), 'guarantor-durability-'));
const databaseUrl = join(dir, 'guarantor.db');
const open = () =>
  openContext(
    { ...loadConfig({ ...process.env, GUARANTOR_DATA_DIR: dir }), databaseUrl, logLevel: 'silent' },
    MONITORING_MODULES,
    {
      logger: pino({ level: 'silent' }),
    },
  );

function startServer(): Promise<{ port: number; kill: () => void; exited: Promise<void> }> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', join(import.meta.dirname, 'observations.durability-server.ts')],
    {
      env: { ...process.env, DATABASE_URL: databaseUrl, GUARANTOR_DATA_DIR: dir },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /LISTENING (\d+)/.exec(out);
      if (match) resolve({ port: Number(match[1]), kill: () => child.kill('SIGKILL'), exited });
    });
    child.on('exit', (code) => reject(new Error(`server exited with ${String(code)} before listening`)));
  });
}

describe('durability', () => {
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('loses no acknowledged observation when the server is killed with SIGKILL during ingest', async () => {
    const setup = await open();
    const system = { system: 'test' } as const;
    await setup.services.parties.create(system, {
      code: 'GBR',
      name: 'United Kingdom',
      kind: 'state',
      coalitionRole: 'member',
      parliamentApproval: null,
    });
    await setup.services.accounts.createUser(system, { username: 'feed', party: 'GBR', role: 'integration' });
    const { token } = await setup.services.accounts.createToken(system, 'feed', 'durability');
    await setup.close();

    const server = await startServer();
    const acknowledged: string[] = [];
    const post = (batch: Record<string, unknown>[]) =>
      fetch(`http://127.0.0.1:${server.port}/api/v1/observations`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/x-ndjson' },
        body: batch.map((o) => JSON.stringify(o)).join('\n'),
      });
    const batchOf = (k: number) =>
      Array.from({ length: 200 }, (_, i) =>
        anObservation({
          location: { type: 'Point', coordinates: [37 + (k * 200 + i) * 0.0005, 48.3] },
          source: { kind: 'radar', id: `RDR-${i % 7}`, reliability: 'B', credibility: 2 },
        }),
      );
    for (let k = 0; k < 3; k++) {
      const res = await post(batchOf(k));
      for (const line of (await res.text()).trim().split('\n')) {
        const answer = JSON.parse(line) as { id: string; status: string };
        if (answer.status === 'stored') acknowledged.push(answer.id);
      }
    }
    expect(acknowledged).toHaveLength(600);
    // Kill while further batches are in flight; whatever they acknowledged must survive too.
    const inFlight = [3, 4, 5].map(async (k) => {
      try {
        const res = await post(batchOf(k));
        for (const line of (await res.text()).trim().split('\n')) {
          const answer = JSON.parse(line) as { id: string; status: string };
          if (answer.status === 'stored') acknowledged.push(answer.id);
        }
      } catch {
        // The connection died with the server: nothing of this batch was acknowledged.
      }
    });
    await new Promise((r) => setTimeout(r, 150));
    server.kill();
    await Promise.all(inFlight);
    await server.exited;

    const after = await open();
    try {
      const stored = new Set<string>();
      for (let i = 0; i < acknowledged.length; i += 500) {
        const rows = await after.db
          .selectFrom('observations')
          .select('id')
          .where('id', 'in', acknowledged.slice(i, i + 500))
          .execute();
        for (const r of rows) stored.add(r.id);
      }
      expect(acknowledged.filter((id) => !stored.has(id))).toEqual([]);
      const orphans = await after.db
        .selectFrom('observations')
        .select('id')
        .where('incident_id', 'is', null)
        .execute();
      expect(orphans).toEqual([]);
    } finally {
      await after.close();
    }
    // Generous for a loaded CI machine: the child process compiles TypeScript as it starts.
  }, 120_000);
});
