import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { testDialects } from '../../../test/support/databases.js';
import { startTestApp, type TestApp, type TestUser } from '../../../test/support/test-app.js';
import { summarizeIncident } from './incidents.summary.js';
import { anObservation } from './observations.factory.js';
import { summaryInput } from './observations.present.js';
import { observationsRepository } from './observations.repository.js';

describe.each(testDialects())('incident members kept between batches on %s', (dialect) => {
  let t: TestApp;
  let monitor: TestUser;
  beforeAll(async () => {
    t = await startTestApp(dialect);
    monitor = await t.signIn('GBR', 'monitor');
  });
  afterAll(async () => t.close());

  /** A batch of reports of one long exchange of fire, `k` minutes apart, by rotating sources. */
  function batch(start: number, n: number): string {
    return Array.from({ length: n }, (_, i) => {
      const k = start + i;
      const minute = new Date(Date.parse('2026-03-10T18:00:00Z') + k * 60_000).toISOString();
      return JSON.stringify(
        anObservation({
          observedAt: minute,
          observedUntil: undefined,
          location: { type: 'Point', coordinates: [37.6 + (k % 9) * 0.001, 48.1 + (k % 5) * 0.001] },
          uncertaintyM: 100 + (k % 4) * 200,
          source: {
            kind: k % 2 ? 'patrol' : 'uav-mini',
            id: `S-${k % 6}`,
            reliability: 'BCD'[k % 3],
            credibility: 1 + (k % 4),
          },
          category: k % 3 ? 'explosion' : 'shelling',
          subtype: k % 3 ? 'impact' : undefined,
          quantity: 1 + (k % 7),
          casualties: k === 40 ? { civilian: { injured: { low: 1, best: 2, high: 3 } } } : undefined,
        }),
      );
    }).join('\n');
  }

  const post = async (body: string) => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/observations',
      headers: { ...monitor.headers, 'content-type': 'application/x-ndjson' },
      payload: body,
    });
    expect(res.statusCode).toBe(200);
    return res.body
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { status: string; incidentId: string });
  };

  /** Runs `posts`, asserting that no incident's members were read from the database meanwhile. */
  async function withoutMemberReads(posts: () => Promise<void>): Promise<void> {
    const reads = vi.spyOn(observationsRepository, 'membersOf');
    try {
      await posts();
      expect(reads.mock.calls.flatMap(([, ids]) => ids)).toEqual([]);
    } finally {
      reads.mockRestore();
    }
  }

  /** Asserts that the stored incident is what a full reading of its `count` members gives. */
  async function expectFullReading(incidentId: string, count: number) {
    const row = await t.ctx.db
      .selectFrom('incidents')
      .selectAll()
      .where('id', '=', incidentId)
      .executeTakeFirstOrThrow();
    const members = await observationsRepository.membersOf(t.ctx.db, [incidentId]);
    expect(members).toHaveLength(count);
    const expected = summarizeIncident(members.map(summaryInput));
    expect(row).toMatchObject({
      observation_count: count,
      source_count: expected.sourceCount,
      confidence: expected.confidence,
      severity: expected.severity,
      started_at: expected.startedAt,
      ended_at: expected.endedAt,
      uncertainty_m: expected.uncertaintyM,
      categories: `,${expected.categories.join(',')},`,
      primary_category: expected.primaryCategory,
      quantity: expected.quantity,
    });
    expect(row.lon).toBeCloseTo(expected.lon, 9);
    expect(row.lat).toBeCloseTo(expected.lat, 9);
    return { row, expected };
  }

  it('summarises a growing incident as a full reading of its members would, without reading them again', async () => {
    const first = await post(batch(0, 30));
    const incident = first[0]!.incidentId;
    expect(new Set(first.map((a) => a.incidentId))).toEqual(new Set([incident]));
    // Every batch finds the incident's earlier members kept from the batch before.
    await withoutMemberReads(async () => {
      for (const start of [30, 60, 90]) {
        const answers = await post(batch(start, 30));
        expect(answers.every((a) => a.status === 'stored' && a.incidentId === incident)).toBe(true);
      }
    });
    const { row, expected } = await expectFullReading(incident, 120);
    expect(row.revision).toBe(4);
    expect(expected.severity).toBe(3); // the civilian injured of minute 40, kept between batches
  });

  it('merges two kept incidents into one whose summary is the full reading of both', async () => {
    const at = (lon: number, minute: number, source: string) =>
      JSON.stringify(
        anObservation({
          observedAt: new Date(Date.parse('2026-03-12T06:00:00Z') + minute * 60_000).toISOString(),
          observedUntil: undefined,
          location: { type: 'Point', coordinates: [lon, 47.8] },
          source: { kind: 'patrol', id: source, reliability: 'B', credibility: 2 },
          quantity: minute + 1,
        }),
      );
    const west = (await post([0, 1, 2].map((m) => at(37.6, m, `W-${m}`)).join('\n')))[0]!.incidentId;
    const east = (await post([0, 1, 2].map((m) => at(37.66, m, `E-${m}`)).join('\n')))[0]!.incidentId;
    expect(west).not.toBe(east);
    let merged = '';
    await withoutMemberReads(async () => {
      await post([3, 4].map((m) => at(37.6, m, `W-${m}`)).join('\n'));
      await post([3, 4].map((m) => at(37.66, m, `E-${m}`)).join('\n'));
      // Within 2 km of both: the two incidents become one.
      const bridge = await post([at(37.63, 5, 'B-1'), at(37.615, 5, 'B-2'), at(37.645, 5, 'B-3')].join('\n'));
      merged = bridge[0]!.incidentId;
      expect(new Set(bridge.map((a) => a.incidentId)).size).toBe(1);
    });
    expect([west, east]).toContain(merged);
    await expectFullReading(merged, 13);
  });
});
