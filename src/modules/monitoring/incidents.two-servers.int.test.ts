import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDialects } from '../../../test/support/databases.js';
import { startTestApp, type TestApp } from '../../../test/support/test-app.js';
import type { Viewer } from '../../platform/access/viewer.js';
import { openContext } from '../../platform/bootstrap.js';
import type { AppContext } from '../../platform/context.js';
import { MODULES } from '../registry.js';
import { clusterObservations, DEFAULT_CORROBORATION } from './corroborate.js';
import { exerciseUuid, seededRandom } from './monitoring.exercise.js';
import type { ObservationInput } from './monitoring.schemas.js';

const PLACES = 30;
const CHAIN = 6;
const SOURCES = 3;

/**
 * Chains of observations 1.5 km apart (each links only to its neighbours in the chain), so
 * an incident is whole only once every link has arrived: sent out of order, parts of one
 * chain open separate incidents that later observations must merge — on either server.
 */
function chains(): ObservationInput[] {
  const random = seededRandom(11);
  const start = Date.parse('2026-02-10T00:00:00Z');
  const out: ObservationInput[] = [];
  for (let p = 0; p < PLACES; p++) {
    // Places 0.3° apart along 48.3° N, far beyond the linking distance of each other.
    const lon0 = 36.5 + p * 0.3;
    for (let c = 0; c < CHAIN; c++) {
      for (let s = 0; s < SOURCES; s++) {
        out.push({
          id: exerciseUuid(`two-servers:${p}:${c}:${s}`),
          observedAt: new Date(start + p * 600_000 + random() * 600_000).toISOString(),
          location: { type: 'Point', coordinates: [lon0 + c * 0.02 + random() * 0.0005, 48.3] },
          uncertaintyM: 200,
          source: { kind: 'acoustic-sensor', id: `AS-${s}`, reliability: 'C', credibility: 3 },
          category: c % 2 ? 'shelling' : 'explosion',
          releasability: 'coalition',
        });
      }
    }
  }
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

// DESIGN.md, Scale-out: two servers on one PostgreSQL database never split one incident.
describe.each(testDialects().filter((d) => d === 'postgres'))(
  'corroboration by two servers on %s',
  (dialect) => {
    let t: TestApp;
    let second: AppContext;
    let viewer: Viewer;

    beforeAll(async () => {
      t = await startTestApp(dialect);
      second = await openContext(t.ctx.config, MODULES, { logger: pino({ level: 'silent' }) });
      viewer = (await t.signIn('GBR', 'integration')).viewer;
    });
    afterAll(async () => {
      await second.close();
      await t.close();
    });

    it('makes from interleaved concurrent batches the incidents one server would make', async () => {
      const observations = chains();
      const server = async (ctx: AppContext, mine: ObservationInput[]) => {
        for (let i = 0; i < mine.length; i += 15) {
          const results = await ctx.services.observations.ingestMany(viewer, mine.slice(i, i + 15));
          expect(results.every((r) => r.status === 'stored')).toBe(true);
        }
      };
      // Each server takes every other observation; two streams per server overlap in time.
      const part = (k: number) => observations.filter((_, i) => i % 4 === k);
      await Promise.all([
        server(t.ctx, part(0)),
        server(second, part(1)),
        server(t.ctx, part(2)),
        server(second, part(3)),
      ]);

      const rows = await t.ctx.db.selectFrom('observations').select(['id', 'incident_id']).execute();
      expect(rows).toHaveLength(observations.length);
      const incidentOf = new Map(rows.map((r) => [r.id, r.incident_id]));
      // The partition one server (or a from-scratch clustering) makes of the same observations.
      const labels = clusterObservations(
        observations.map((o) => ({
          lon: o.location.coordinates[0]!,
          lat: o.location.coordinates[1]!,
          t: Date.parse(o.observedAt),
          category: o.category as 'explosion',
          audience: 'coalition',
        })),
        DEFAULT_CORROBORATION,
      );
      expect(new Set(labels).size).toBe(PLACES);
      const members = new Map<string, Set<number>>();
      observations.forEach((o, i) => {
        const id = incidentOf.get(o.id)!;
        members.set(id, (members.get(id) ?? new Set()).add(labels[i]!));
      });
      // One incident per chain, and no incident holding two chains.
      expect(members.size).toBe(PLACES);
      expect([...members.values()].every((s) => s.size === 1)).toBe(true);

      const live = await t.ctx.db
        .selectFrom('incidents')
        .select(['id', 'observation_count', 'source_count'])
        .where('merged_into', 'is', null)
        .execute();
      expect(live.map((i) => i.id).sort()).toEqual([...members.keys()].sort());
      // Parts of chains opened separate incidents that were merged, some across servers.
      const merged = await t.ctx.db
        .selectFrom('incidents')
        .select('id')
        .where('merged_into', 'is not', null)
        .execute();
      expect(merged.length).toBeGreaterThan(0);
      expect(live.every((i) => i.observation_count === CHAIN * SOURCES && i.source_count === SOURCES)).toBe(
        true,
      );
    }, 120_000);
  },
);
