import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLedger } from '../../src/modules/ledger/audit-log.js';
import { contentHash } from '../../src/modules/ledger/leaf.js';
import { MODULES } from '../../src/modules/registry.js';
import { loadScenario } from '../../src/platform/scenario/load-scenario.js';
import { testDialects } from '../support/databases.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

// Record kinds whose leaves carry parts of other records (a response its commitment), so the
// audit proves them by their leaves alone. Any other kind the audit cannot reload is a gap.
const NOT_RELOADED = ['guarantee.response', 'zone-set'];

/**
 * The whole EXERCISE scenario, every module's writes, then the ledger audit: every record the
 * log commits to must reload to the content of its newest leaf. A write that changes a
 * ledgered record without a new leaf (a delivery changing its pledge's figures, a commitment
 * changing its offers' releasability) would show here as a record changed behind the
 * application's back.
 */
describe.each(testDialects())('the ledger over the exercise scenario on %s', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(dialect);
    await loadScenario(t.ctx, MODULES, () => undefined);
  }, 180_000);
  afterAll(async () => t.close());

  const audit = () => auditLedger(t.ctx.db, t.ctx.services.ledger);
  /** What the ledger route answers a party about one record. */
  const recordProof = async (kind: string, id: string, headers: Record<string, string>) =>
    (await t.app.inject({ method: 'GET', url: `/api/v1/ledger/records/${kind}/${id}`, headers })).json<{
      leaves: { contentHash: string }[];
      now: { removed: boolean; content: unknown; storedColumnsDisagree: string[] };
    }>();

  it(
    'audits clean: every ledgered record reloads as its newest leaf says',
    { timeout: 120_000 },
    async () => {
      const report = await audit();
      expect(report.findings).toEqual([]);
      expect(report.checkpoint?.rootMatches ?? true).toBe(true);
      expect(report.uncheckedKinds.map((k) => k.kind).sort()).toEqual(NOT_RELOADED);
      expect(report.recordsChecked).toBeGreaterThan(5_000);
    },
  );

  it(
    'keeps offers in step when their commitment is released otherwise, and finds an offer changed behind it',
    { timeout: 120_000 },
    async () => {
      const gbr = await t.signIn('GBR', 'coordinator');
      const offers = await t.ctx.services.force.offers(gbr.viewer);
      const uk = offers.find((o) => o.unitName === 'UK armoured brigade')!;
      const patched = await t.app.inject({
        method: 'PATCH',
        url: `/api/v1/commitments/${uk.commitment.id}`,
        headers: gbr.headers,
        payload: { releasability: ['GBR', 'FRA', 'UKR'] },
      });
      expect(patched.statusCode).toBe(200);
      expect((await audit()).findings).toEqual([]);

      await sql`update force_offers set personnel = personnel + 1 where id = ${uk.id}`.execute(t.ctx.db);
      // Any party that may see the offer can find the change itself: the record as stored
      // now no longer hashes to its newest leaf's content hash.
      const proof = await recordProof('force.offer', uk.id, gbr.headers);
      expect(proof.now.removed).toBe(false);
      expect(contentHash(proof.now.content)).not.toBe(proof.leaves.at(-1)!.contentHash);
      const findings = (await audit()).findings;
      expect(findings).toHaveLength(1);
      expect(findings[0]).toMatchObject({ type: 'changed', kind: 'force.offer', recordId: uk.id });
      await sql`update force_offers set personnel = personnel - 1 where id = ${uk.id}`.execute(t.ctx.db);
      expect((await audit()).findings).toEqual([]);
      const restored = await recordProof('force.offer', uk.id, gbr.headers);
      expect(contentHash(restored.now.content)).toBe(restored.leaves.at(-1)!.contentHash);
    },
  );

  it(
    'finds an observation released or moved behind the application, though its body is untouched',
    { timeout: 120_000 },
    async () => {
      const row = await t.ctx.db
        .selectFrom('observations')
        .select(['id', 'releasability', 'releasable_to', 'lon'])
        .where('releasability', '=', 'coalition')
        .limit(1)
        .executeTakeFirstOrThrow();
      await sql`update observations set releasability = 'public', releasable_to = '', lon = lon + 0.5
      where id = ${row.id}`.execute(t.ctx.db);
      const findings = (await audit()).findings;
      expect(findings).toHaveLength(1);
      expect(findings[0]).toMatchObject({ type: 'changed', kind: 'observation', recordId: row.id });
      expect(findings[0]!.detail).toMatch(/stored lon, releasability disagree/);
      const owner = await t.signIn(
        (
          await t.ctx.db
            .selectFrom('observations')
            .select('owner_party')
            .where('id', '=', row.id)
            .executeTakeFirstOrThrow()
        ).owner_party,
        'viewer',
      );
      const proof = await recordProof('observation', row.id, owner.headers);
      expect(proof.now.storedColumnsDisagree).toEqual(['lon', 'releasability']);
      expect(contentHash(proof.now.content)).toBe(proof.leaves.at(-1)!.contentHash);
      await sql`update observations set releasability = ${row.releasability},
      releasable_to = ${row.releasable_to}, lon = ${row.lon} where id = ${row.id}`.execute(t.ctx.db);
      expect((await audit()).findings).toEqual([]);
    },
  );
});
