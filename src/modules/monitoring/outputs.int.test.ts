import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDialects } from '../../../test/support/databases.js';
import { startTestApp, type TestApp, type TestUser } from '../../../test/support/test-app.js';
import { BUS_RESUMED } from '../../platform/events/bus.js';
import { signWebhook } from './alerts.rules.js';
import { parseCsv } from './acled-csv.js';

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');
let seq = 0;
const uuid = () => `7e57da7a-0000-4000-8000-${String(++seq).padStart(12, '0')}`;

/** An observation of the contract, recent, at the exercise line. */
function observation(overrides: Record<string, unknown> = {}) {
  return {
    id: uuid(),
    observedAt: new Date(Date.now() - 3600_000).toISOString(),
    location: { type: 'Point', coordinates: [37.85, 48.4] },
    uncertaintyM: 300,
    source: { kind: 'fixed-camera', id: `CAM-${seq}`, reliability: 'B', credibility: 2 },
    category: 'explosion',
    subtype: 'impact',
    quantity: 2,
    notes: 'EXERCISE test observation',
    releasability: 'coalition',
    ...overrides,
  };
}

describe.each(testDialects())('monitoring outputs on %s', (dialect) => {
  let t: TestApp;
  let gbr: TestUser;
  let fra: TestUser;
  beforeAll(async () => {
    // The webhook back-off is read from the process environment when the service starts.
    process.env.ALERT_WEBHOOK_RETRY_BASE_MS = '200';
    t = await startTestApp(dialect);
    gbr = await t.signIn('GBR', 'monitor');
    fra = await t.signIn('FRA', 'monitor');
  });
  afterAll(async () => t.close());

  const post = (user: TestUser, url: string, body: string, type: string) =>
    t.app.inject({ method: 'POST', url, headers: { ...user.headers, 'content-type': type }, payload: body });
  const get = (user: TestUser, url: string) => t.app.inject({ method: 'GET', url, headers: user.headers });
  const postJson = (user: TestUser, url: string, payload: unknown) =>
    t.app.inject({ method: 'POST', url, headers: user.headers, payload: payload as Record<string, unknown> });

  it('imports the ACLED file all or nothing, idempotently, keeping every column as provenance', async () => {
    const bad = await post(
      gbr,
      '/api/v1/imports/acled',
      fixture('acled-exercise-bad-latitude.csv'),
      'text/csv',
    );
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors).toEqual([expect.objectContaining({ line: 4, field: 'latitude' })]);
    const first = await post(
      gbr,
      '/api/v1/imports/acled?fileName=acled-exercise.csv',
      fixture('acled-exercise.csv'),
      'text/csv',
    );
    expect(first.statusCode).toBe(201);
    expect(first.json()).toMatchObject({ records: 5, stored: 4, replayed: 0, skipped: 1 });
    const again = await post(gbr, '/api/v1/imports/acled', fixture('acled-exercise.csv'), 'text/csv');
    expect(again.json()).toMatchObject({ stored: 0, replayed: 4, skipped: 1 });
    const id = first.json().items[0].id;
    const provenance = await get(fra, `/api/v1/observations/${id}/provenance`);
    expect(provenance.statusCode).toBe(200);
    expect(provenance.json().provenance.acled).toMatchObject({ event_id_cnty: 'EXR0001', admin1: 'Donetsk' });
    const imports = await get(gbr, '/api/v1/imports');
    expect(imports.json().items).toHaveLength(2);
    expect((await get(fra, '/api/v1/imports')).json().items).toHaveLength(0);
  });

  it('stores nothing from an ACLED file that the core rejects on one line', async () => {
    const header = fixture('acled-exercise.csv').split(/\r?\n/)[0]!.replace('\ufeff', '');
    const cols = header.split(',');
    const row = (id: string, date: string) =>
      cols
        .map(
          (c) =>
            ({
              event_id_cnty: id,
              event_date: date,
              year: date.slice(0, 4),
              event_type: 'Battles',
              sub_event_type: 'Armed clash',
              latitude: '48.1',
              longitude: '37.5',
              notes: 'EXERCISE',
            })[c] ?? '',
        )
        .join(',');
    const future = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
    const res = await post(
      gbr,
      '/api/v1/imports/acled',
      [header, row('EXRF001', '2026-01-10'), row('EXRF002', future)].join('\n'),
      'text/csv',
    );
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0]).toMatchObject({ line: 3 });
    const count = await get(
      gbr,
      '/api/v1/exports/observations.csv?category=armed-clash&from=2026-01-10T00:00:00Z&to=2026-01-11T00:00:00Z',
    );
    expect(parseCsv(count.body)).toHaveLength(1);
  });

  it('posts CoT events and imports GeoJSON, all or nothing, naming the event or feature', async () => {
    const bad = await post(
      gbr,
      '/api/v1/observations/cot',
      fixture('cot-exercise.xml').replace('lat="48.40"', 'lat="123"'),
      'application/xml',
    );
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].pointer).toContain('/event/point/@lat');
    const xxe = await post(
      gbr,
      '/api/v1/observations/cot',
      '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><event/>',
      'application/xml',
    );
    expect(xxe.statusCode).toBe(400);
    const cot = await post(gbr, '/api/v1/observations/cot', fixture('cot-exercise.xml'), 'application/xml');
    expect(cot.statusCode).toBe(201);
    expect(cot.json()).toMatchObject({ stored: 2 });
    const doc = JSON.parse(fixture('observations-exercise.geojson'));
    doc.features[1].properties.category = 'nonsense';
    const badGeo = await post(gbr, '/api/v1/imports/geojson', JSON.stringify(doc), 'application/geo+json');
    expect(badGeo.statusCode).toBe(400);
    expect(badGeo.json().errors[0].pointer).toBe('/features/1/properties/category');
    expect((await get(gbr, `/api/v1/observations/${doc.features[0].id}`)).statusCode).toBe(404);
    const geo = await post(
      gbr,
      '/api/v1/imports/geojson',
      fixture('observations-exercise.geojson'),
      'application/geo+json',
    );
    expect(geo.json()).toMatchObject({ stored: 2 });
  });

  it('streams exports in every format, never showing another party a national-only record', async () => {
    const secret = observation({ releasability: 'owner', notes: 'GBR national only' });
    expect((await postJson(gbr, '/api/v1/observations', secret)).statusCode).toBeLessThan(300);
    for (const subject of ['observations', 'incidents']) {
      for (const format of ['csv', 'geojson', 'cot']) {
        const mine = await get(gbr, `/api/v1/exports/${subject}.${format}`);
        const theirs = await get(fra, `/api/v1/exports/${subject}.${format}`);
        expect(mine.statusCode).toBe(200);
        expect(theirs.statusCode).toBe(200);
        if (subject === 'observations') expect(mine.body).toContain(secret.id);
        expect(theirs.body).not.toContain(secret.id);
        expect(theirs.body).not.toContain('GBR national only');
      }
    }
    const geo = JSON.parse((await get(fra, '/api/v1/exports/observations.geojson')).body);
    expect(geo.type).toBe('FeatureCollection');
    expect(geo.features.length).toBeGreaterThan(5);
    const bad = await get(fra, '/api/v1/exports/observations.csv?bbox=1,2,3');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].pointer).toBe('/bbox');
  });

  it('builds the daily report from the viewer-visible data only, in JSON, HTML and PDF', async () => {
    const at = new Date();
    const kyivDate = new Intl.DateTimeFormat('en-CA', { timeZone: 'UTC' }).format(at);
    // Report date whose period (cut-off 23:59 UTC) holds the observations posted an hour ago.
    const url = (q: string) => `/api/v1/reports/daily/${kyivDate}?cutoff=23:59&timeZone=UTC${q}`;
    const before = (await get(fra, url(''))).json();
    const hidden = await postJson(
      gbr,
      '/api/v1/observations',
      observation({ releasability: 'owner', quantity: 50, category: 'shelling', subtype: 'artillery' }),
    );
    expect(hidden.statusCode).toBeLessThan(300);
    const fraAfter = (await get(fra, url(''))).json();
    const gbrAfter = (await get(gbr, url(''))).json();
    expect(fraAfter.totals).toEqual(before.totals);
    expect(gbrAfter.totals.violations).toBeGreaterThanOrEqual(before.totals.violations + 50);
    expect(fraAfter.period.number).toMatch(/^\d+\/\d{4}$/);
    const html = await get(fra, url('&format=html&lang=uk'));
    expect(html.headers['content-type']).toContain('text/html');
    expect(html.body).toContain('Щоденний звіт');
    const pdf = await get(fra, url('&format=pdf&lang=fr'));
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    expect((await get(fra, '/api/v1/reports/daily/2026-02-30')).statusCode).toBe(400);
  });

  it('assembles a case file with observations, history and ledger proofs, hiding what the reader may not see', async () => {
    const shared = observation({ location: { type: 'Point', coordinates: [36.9, 47.9] } });
    const second = observation({
      location: { type: 'Point', coordinates: [36.9001, 47.9001] },
      source: { kind: 'patrol', id: 'GBR-P1', reliability: 'A', credibility: 2 },
    });
    const hidden = observation({
      releasability: 'owner',
      location: { type: 'Point', coordinates: [36.5, 47.6] },
    });
    for (const o of [shared, second, hidden])
      expect((await postJson(gbr, '/api/v1/observations', o)).statusCode).toBeLessThan(300);
    const incidentId = (await get(gbr, `/api/v1/observations/${shared.id}`)).json().incidentId;
    const hiddenIncident = (await get(gbr, `/api/v1/observations/${hidden.id}`)).json().incidentId;
    expect(incidentId).toBeTruthy();
    const mine = await get(gbr, `/api/v1/incidents/${incidentId}/case-file`);
    expect(mine.statusCode).toBe(200);
    const file = mine.json();
    expect(file.observations.map((o: { id: string }) => o.id)).toEqual(expect.arrayContaining([shared.id]));
    expect(file.history.length).toBeGreaterThan(0);
    expect(file.ledger.find((l: { recordId: string }) => l.recordId === shared.id).proof.leaves.length).toBe(
      1,
    );
    const theirs = await get(fra, `/api/v1/incidents/${incidentId}/case-file`);
    expect(theirs.statusCode).toBe(200);
    expect(theirs.json().observations.map((o: { id: string }) => o.id)).toContain(shared.id);
    expect(theirs.body).not.toContain(hidden.id);
    if (hiddenIncident) {
      expect((await get(gbr, `/api/v1/incidents/${hiddenIncident}/case-file`)).statusCode).toBe(200);
      expect((await get(fra, `/api/v1/incidents/${hiddenIncident}/case-file`)).statusCode).toBe(404);
    }
    const html = await get(gbr, `/api/v1/incidents/${incidentId}/case-file?format=html`);
    expect(html.body).toContain('Case file for the Special Commission');
    const pdf = await get(gbr, `/api/v1/incidents/${incidentId}/case-file?format=pdf&lang=uk`);
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('fires alert rules for their party only, signs webhooks and retries failed deliveries', async () => {
    const received: { headers: IncomingMessage['headers']; body: string }[] = [];
    let failFirst = true;
    const hook = createServer((req, res) => {
      let body = '';
      req.on('data', (c: Buffer) => (body += c.toString()));
      req.on('end', () => {
        if (failFirst) {
          failFirst = false;
          res.writeHead(503).end();
          return;
        }
        received.push({ headers: req.headers, body });
        res.writeHead(204).end();
      });
    });
    await new Promise<void>((r) => hook.listen(0, '127.0.0.1', r));
    const port = (hook.address() as AddressInfo).port;
    try {
      const rule = await postJson(gbr, '/api/v1/alerts/rules', {
        name: 'Ground assault across the line',
        params: { kind: 'ground-assault-across-line' },
        webhookUrl: `http://127.0.0.1:${port}/hook`,
      });
      expect(rule.statusCode).toBe(201);
      const { id: ruleId, webhookSecret } = rule.json();
      const fraRule = await postJson(fra, '/api/v1/alerts/rules', {
        name: 'FRA assault rule',
        params: { kind: 'ground-assault-across-line' },
      });
      expect(fraRule.statusCode).toBe(201);
      expect((await get(fra, `/api/v1/alerts/rules/${ruleId}`)).statusCode).toBe(404);
      const bad = await postJson(gbr, '/api/v1/alerts/rules', {
        name: 'x',
        params: { kind: 'category-count', category: 'nope', count: 1, windowMinutes: 5 },
      });
      expect(bad.json().errors[0].pointer).toBe('/params/category');

      const assault = observation({
        category: 'ground-assault',
        subtype: 'across-line',
        releasability: 'owner',
        location: { type: 'Point', coordinates: [35.5, 47.5] },
      });
      await postJson(gbr, '/api/v1/observations', assault);
      // On PostgreSQL the event arrives through LISTEN/NOTIFY, a moment after the answer.
      let gbrAlerts: unknown[] = [];
      for (let i = 0; i < 50 && gbrAlerts.length === 0; i++) {
        await new Promise((r) => setTimeout(r, 100));
        await t.ctx.services.alerts.settled();
        gbrAlerts = (await get(gbr, '/api/v1/alerts')).json().items;
      }
      expect(gbrAlerts).toEqual([expect.objectContaining({ ruleId, subjectId: assault.id })]);
      expect((await get(fra, '/api/v1/alerts')).json().items).toEqual([]);

      for (let i = 0; i < 60 && received.length === 0; i++) await new Promise((r) => setTimeout(r, 100));
      await t.ctx.services.alerts.settled();
      expect(received).toHaveLength(1);
      const { headers, body } = received[0]!;
      expect(headers['x-guarantor-signature']).toBe(
        signWebhook(webhookSecret, Number(headers['x-guarantor-timestamp']), body),
      );
      const log = (await get(gbr, `/api/v1/alerts/rules/${ruleId}/deliveries`)).json().items;
      expect(
        log.map((d: { attempt: number; outcome: string }) => `${d.attempt}:${d.outcome}`).sort(),
      ).toEqual(['1:retried', '2:delivered']);
    } finally {
      hook.close();
    }
  });

  it('streams live observations and alerts over SSE, filtered per subscriber', async () => {
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    const base = `http://127.0.0.1:${(t.app.server.address() as AddressInfo).port}`;
    const open = async (user: TestUser, path: string) => {
      const controller = new AbortController();
      const res = await fetch(`${base}${path}`, { headers: user.headers, signal: controller.signal });
      const reader = res.body!.getReader();
      let text = '';
      void (async () => {
        try {
          for (;;) {
            const { value, done } = await reader.read();
            if (done) break;
            text += new TextDecoder().decode(value);
          }
        } catch {
          // aborted
        }
      })();
      return { text: () => text, close: () => controller.abort() };
    };
    const fraLive = await open(fra, '/api/v1/live/observations');
    const gbrLive = await open(gbr, '/api/v1/live/observations');
    const fraAlerts = await open(fra, '/api/v1/alerts/stream');
    const gbrAlerts = await open(gbr, '/api/v1/alerts/stream');
    await new Promise((r) => setTimeout(r, 200));
    const secret = observation({
      category: 'ground-assault',
      subtype: 'across-line',
      releasability: 'owner',
      location: { type: 'Point', coordinates: [33.4, 46.8] },
    });
    const open2 = observation({
      releasability: 'coalition',
      location: { type: 'Point', coordinates: [33.9, 46.9] },
    });
    await postJson(gbr, '/api/v1/observations', secret);
    await postJson(gbr, '/api/v1/observations', open2);
    await t.ctx.services.alerts.settled();
    for (let i = 0; i < 30 && !gbrLive.text().includes(open2.id); i++)
      await new Promise((r) => setTimeout(r, 100));
    await new Promise((r) => setTimeout(r, 300));
    expect(gbrLive.text()).toContain(secret.id);
    expect(gbrLive.text()).toContain(open2.id);
    expect(fraLive.text()).toContain(open2.id);
    expect(fraLive.text()).not.toContain(secret.id);
    expect(gbrAlerts.text()).toContain(secret.id);
    expect(fraAlerts.text()).not.toContain(secret.id);
    // The server heard its bus again after a gap: maps are told to read their period again.
    expect(gbrLive.text()).not.toContain('event: gap');
    await t.ctx.bus.publish(BUS_RESUMED, {});
    for (let i = 0; i < 30 && !gbrLive.text().includes('event: gap'); i++)
      await new Promise((r) => setTimeout(r, 100));
    expect(gbrLive.text()).toContain('event: gap');
    for (const s of [fraLive, gbrLive, fraAlerts, gbrAlerts]) s.close();
  });

  it('keeps saved searches to their party', async () => {
    const created = await postJson(gbr, '/api/v1/saved-searches', {
      name: 'Shelling north',
      target: 'observations',
      filter: { category: 'shelling', bbox: '37,48,38,49' },
    });
    expect(created.statusCode).toBe(201);
    const id = created.json().id;
    expect((await get(gbr, '/api/v1/saved-searches')).json().items).toHaveLength(1);
    expect((await get(fra, '/api/v1/saved-searches')).json().items).toHaveLength(0);
    expect((await get(fra, `/api/v1/saved-searches/${id}`)).statusCode).toBe(404);
    const renamed = await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/saved-searches/${id}`,
      headers: gbr.headers,
      payload: { name: 'Shelling, north' },
    });
    expect(renamed.json().name).toBe('Shelling, north');
    expect(
      (await t.app.inject({ method: 'DELETE', url: `/api/v1/saved-searches/${id}`, headers: fra.headers }))
        .statusCode,
    ).toBe(404);
    expect(
      (await t.app.inject({ method: 'DELETE', url: `/api/v1/saved-searches/${id}`, headers: gbr.headers }))
        .statusCode,
    ).toBe(204);
  });
});
