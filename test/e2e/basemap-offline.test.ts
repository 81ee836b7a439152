import { mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page, Request } from 'playwright-core';
import { writeRasterPmtilesByZoom } from '../support/pmtiles-fixture.js';
import { screenshot, signIn, startE2e, type E2e } from './support/e2e.js';

const BASEMAP = '/api/v1/basemap/detail.pmtiles';
const BASEMAP_CACHE = 'guarantor-basemap-v1';

let e2e: E2e;
let archive: string;
/** The `Range` of every basemap request that reached the server. */
const served: string[] = [];

beforeAll(async () => {
  // Every zoom has its own tile content: each zoom is a byte range of its own.
  archive = join(mkdtempSync(join(tmpdir(), 'guarantor-e2e-basemap-offline-')), 'detail.pmtiles');
  writeRasterPmtilesByZoom(archive, 10);
  e2e = await startE2e({ scenario: ['coalition'], env: { BASEMAP_PMTILES: archive } });
  e2e.app.app.server.on('request', (req: { url?: string; headers: { range?: string } }) => {
    if (req.url?.startsWith(BASEMAP)) served.push(req.headers.range ?? '(whole file)');
  });
}, 240_000);

afterAll(async () => {
  await e2e?.close();
});

/** The archive's ETag as Guarantor computes it (size and modification time). */
function etagOf(path: string): string {
  const stat = statSync(path);
  return `"${stat.size.toString(16)}-${Math.floor(stat.mtimeMs).toString(16)}"`;
}

/** The keys of the basemap cache in the page's origin, as `etag range` pairs. */
function cachedRanges(page: Page): Promise<string[]> {
  return page.evaluate(async (name) => {
    const cache = await caches.open(name);
    return (await cache.keys())
      .map((r) => new URL(r.url).searchParams)
      .filter((p) => p.has('range'))
      .map((p) => `${p.get('etag')} ${p.get('range')}`)
      .sort();
  }, BASEMAP_CACHE);
}

async function detailLoaded(page: Page): Promise<void> {
  await page.locator('[data-testid=map][data-basemap-detail=loaded]').waitFor({ timeout: 30_000 });
}

describe('the detail basemap offline', () => {
  it('draws the ranges read online from the service worker offline, and only those', async () => {
    const page = await e2e.newPage({ width: 412, height: 900 });
    const context = page.context();
    const requested: Request[] = [];
    page.on('request', (r) => {
      if (new URL(r.url()).pathname === BASEMAP) requested.push(r);
    });
    await signIn(page, 'est.monitor');
    // The field report registers the service worker; its location map reads the basemap.
    await page.goto('/monitoring/report');
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, {
      timeout: 15_000,
    });
    // Read once more with the worker in control, which keeps what the map fetches.
    await page.reload();
    await detailLoaded(page);
    const etag = etagOf(archive);
    await expect.poll(() => cachedRanges(page), { timeout: 10_000 }).not.toEqual([]);
    // What the pmtiles reader sends: closed ranges, the first one the 16 KiB header read.
    const online = requested.map((r) => r.headers().range);
    expect(online).toContain('bytes=0-16383');
    for (const range of online) expect(range).toMatch(/^bytes=\d+-\d+$/);
    const kept = await cachedRanges(page);
    expect(kept.every((k) => k.startsWith(`${etag} `))).toBe(true);
    // Exactly what was requested, range by range.
    expect(new Set(kept.map((k) => `bytes=${k.split(' ')[1]}`))).toEqual(new Set(online));

    // Offline, reloaded: the detail layer is drawn from the kept ranges, the server sees nothing.
    await context.setOffline(true);
    served.length = 0;
    requested.length = 0;
    await page.reload();
    await page.getByTestId('field-report').waitFor({ timeout: 15_000 });
    await detailLoaded(page);
    const attribution = page.locator('.map__attribution');
    expect(await attribution.innerText()).toContain('configured detail map');
    expect(await attribution.innerText()).not.toContain('unavailable');
    expect(requested.length).toBeGreaterThan(0);
    for (const request of requested) {
      const response = await request.response();
      expect(response?.status()).toBe(206);
      expect(response?.fromServiceWorker()).toBe(true);
      const range = /^bytes=(\d+)-(\d+)$/.exec(request.headers().range ?? '');
      const contentRange = response?.headers()['content-range'] ?? '';
      expect(contentRange).toMatch(new RegExp(`^bytes ${range?.[1]}-\\d+/\\d+$`));
      const [first, last] = contentRange.slice(6).split('/')[0]!.split('-').map(Number);
      expect(Number(response?.headers()['content-length'])).toBe(last! - first! + 1);
      expect((await response!.body()).length).toBe(last! - first! + 1);
    }
    expect(served).toEqual([]);
    await screenshot(page, 'basemap-offline-detail');

    // Zoomed in past what was read online: those tiles fail as the network would, the outlines
    // stay, and the map says the detail is unavailable rather than failing.
    const zoomIn = page.locator('.maplibregl-ctrl-zoom-in');
    for (let i = 0; i < 3; i++) {
      await zoomIn.click();
      await page.waitForTimeout(400);
    }
    await expect.poll(() => attribution.innerText(), { timeout: 15_000 }).toContain('detail map unavailable');
    expect(await page.locator('.map__status--error').count()).toBe(0);
    await page.locator('[data-testid=map][data-basemap=loaded]').waitFor();
    expect(served).toEqual([]);
    await screenshot(page, 'basemap-offline-uncached-zoom');

    // Online again with a new archive (new ETag): its ranges replace the old ones.
    await context.setOffline(false);
    writeRasterPmtilesByZoom(archive, 10); // the same extract made again: a new ETag
    const newEtag = etagOf(archive);
    expect(newEtag).not.toBe(etag);
    await page.reload();
    await detailLoaded(page);
    await expect
      .poll(async () => (await cachedRanges(page)).every((k) => k.startsWith(`${newEtag} `)), {
        timeout: 10_000,
      })
      .toBe(true);
    expect(await cachedRanges(page)).not.toEqual([]);
    expect(e2e.outsideRequests).toEqual([]);
  }, 120_000);

  it('keeps the area in view for offline use at every zoom, on a 360 px screen', async () => {
    const page = await e2e.newPage({ width: 360, height: 800 });
    const context = page.context();
    await signIn(page, 'est.monitor');
    await page.goto('/monitoring/report');
    await detailLoaded(page);
    // Offered once a service worker is in control: without one nothing would be kept.
    const keep = page.getByTestId('keep-offline');
    await keep.waitFor({ timeout: 15_000 });
    // Read once more with the worker in control, which keeps the session for offline use.
    await page.reload();
    await detailLoaded(page);
    await keep.waitFor({ timeout: 15_000 });
    // As if the map had read the header before the worker took control: nothing kept yet.
    await page.evaluate((name) => caches.delete(name), BASEMAP_CACHE);
    await keep.getByRole('button', { name: 'Keep this area for offline use' }).click();
    const status = keep.getByRole('status');
    await expect.poll(() => status.getAttribute('data-state'), { timeout: 30_000 }).toBe('kept');
    expect(await status.innerText()).toMatch(
      /^Kept for offline use: \d+ tiles of the detail map, down to zoom 10$/,
    );
    // Every zoom of the archive, each its own range, is kept, and the header with its root
    // directory, even when the map read it before the worker took control of the page.
    await expect.poll(async () => (await cachedRanges(page)).length).toBeGreaterThanOrEqual(11 + 1);
    expect((await cachedRanges(page)).some((key) => key.endsWith(' 0-16383'))).toBe(true);
    await screenshot(page, 'basemap-keep-offline-360');

    await context.setOffline(true);
    served.length = 0;
    const offline: Request[] = [];
    page.on('request', (r) => {
      if (new URL(r.url()).pathname === BASEMAP) offline.push(r);
    });
    await page.reload();
    await page.getByTestId('field-report').waitFor({ timeout: 15_000 });
    // The archive is opened from the kept header (the map's "idle", which marks the detail
    // loaded, may wait on other layers; the answers below are what matters offline).
    await expect.poll(() => offline.length, { timeout: 30_000 }).toBeGreaterThan(0);
    const zoomIn = page.locator('.maplibregl-ctrl-zoom-in');
    for (let i = 0; i < 3; i++) {
      await zoomIn.click();
      await page.waitForTimeout(400);
    }
    // Zooms never shown online are there too: every range is answered by the worker.
    await expect.poll(() => offline.length, { timeout: 15_000 }).toBeGreaterThan(2);
    await page.waitForTimeout(1500);
    // Requests the map cancelled while zooming are left out; every other one is answered.
    const asked = offline.filter((r) => r.failure()?.errorText !== 'net::ERR_ABORTED');
    expect(asked.length).toBeGreaterThan(2);
    const answers = await Promise.all(asked.map((r) => r.response()));
    expect(answers.map((a) => [a?.status(), a?.fromServiceWorker()])).toEqual(asked.map(() => [206, true]));
    expect(await page.locator('.map__attribution').innerText()).not.toContain('unavailable');
    expect(served).toEqual([]);
    expect(e2e.outsideRequests).toEqual([]);
  }, 120_000);
});
