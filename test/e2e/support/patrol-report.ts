import type { TestApp, TestUser } from '../../support/test-app.js';

/** What a test says of a patrol's explosion report; the rest is fixed. */
export interface PatrolReport {
  /** Longitude, latitude (WGS 84 degrees). */
  at: [number, number];
  /** The patrol's id, to find the report again in logs. */
  patrol: string;
  notes: string;
  releasability: 'owner' | 'coalition';
}

/**
 * Posts an EXERCISE explosion observed a minute ago by a patrol of `user`'s party through the
 * API, as a field device would, and returns the stored observation's id (fails the test on a
 * refusal). New observations fire the alert rules they match.
 *
 * @example await reportExplosion(e2e.app, monitor, { at: [37.7, 48.2], patrol: 'E2E', notes: 'EXERCISE', releasability: 'owner' });
 */
export async function reportExplosion(app: TestApp, user: TestUser, report: PatrolReport): Promise<string> {
  const id = crypto.randomUUID();
  const posted = await app.app.inject({
    method: 'POST',
    url: '/api/v1/observations',
    headers: user.headers,
    payload: {
      id,
      observedAt: new Date(Date.now() - 60_000).toISOString(),
      location: { type: 'Point', coordinates: report.at },
      source: { kind: 'patrol', id: report.patrol, reliability: 'B', credibility: 2 },
      category: 'explosion',
      notes: report.notes,
      releasability: report.releasability,
    },
  });
  if (posted.statusCode !== 201) throw new Error(`observation refused: ${posted.statusCode} ${posted.body}`);
  return id;
}
