import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PMTiles, TileType, type RangeResponse, type Source } from 'pmtiles';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeRasterPmtiles } from '../support/pmtiles-fixture.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const URL = '/api/v1/basemap/detail.pmtiles';

// The route touches no table: SQLite alone is enough to judge it.
describe('the detail basemap (BASEMAP_PMTILES)', () => {
  let t: TestApp;
  let bare: TestApp;
  let headers: Record<string, string>;
  beforeAll(async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'guarantor-basemap-')), 'detail.pmtiles');
    writeRasterPmtiles(file, 2);
    t = await startTestApp('sqlite', { BASEMAP_PMTILES: file });
    bare = await startTestApp('sqlite');
    headers = (await t.signIn('GBR', 'viewer')).headers;
  });
  afterAll(async () => {
    await t?.close();
    await bare?.close();
  });

  it('serves byte ranges that a PMTiles reader decodes into tiles', async () => {
    // A Source over app.inject, so that the real PMTiles reader drives the real route.
    const source: Source = {
      getKey: () => URL,
      async getBytes(offset, length): Promise<RangeResponse> {
        const res = await t.app.inject({
          method: 'GET',
          url: URL,
          headers: { ...headers, range: `bytes=${offset}-${offset + length - 1}` },
        });
        expect(res.statusCode).toBe(206);
        const body = res.rawPayload;
        return { data: body.buffer.slice(body.byteOffset, body.byteOffset + body.length) as ArrayBuffer };
      },
    };
    const archive = new PMTiles(source);
    const header = await archive.getHeader();
    expect(header.tileType).toBe(TileType.Png);
    expect(header.maxZoom).toBe(2);
    const tile = await archive.getZxy(2, 1, 3);
    expect(tile).toBeDefined();
    expect(Buffer.from(tile!.data).subarray(1, 4).toString('ascii')).toBe('PNG');
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/status' })).json().basemapPmtiles).toBe(true);
  });

  it('answers ranges with Content-Range, whole files with 200, and 416 past the end', async () => {
    const whole = await t.app.inject({ method: 'GET', url: URL, headers });
    expect(whole.statusCode).toBe(200);
    expect(whole.headers['accept-ranges']).toBe('bytes');
    const size = whole.rawPayload.length;
    const part = await t.app.inject({ method: 'GET', url: URL, headers: { ...headers, range: 'bytes=0-6' } });
    expect(part.statusCode).toBe(206);
    expect(part.headers['content-range']).toBe(`bytes 0-6/${size}`);
    expect(part.body).toBe('PMTiles');
    const head = await t.app.inject({
      method: 'HEAD',
      url: URL,
      headers: { ...headers, range: 'bytes=7-7' },
    });
    expect(head.statusCode).toBe(206);
    expect(head.headers['content-length']).toBe('1');
    const past = await t.app.inject({
      method: 'GET',
      url: URL,
      headers: { ...headers, range: `bytes=${size}-` },
    });
    expect(past.statusCode).toBe(416);
    expect(past.headers['content-range']).toBe(`bytes */${size}`);
    expect(past.json()).toMatchObject({ status: 416, type: '/problems/range-not-satisfiable' });
    const cached = await t.app.inject({
      method: 'GET',
      url: URL,
      headers: { ...headers, 'if-none-match': String(whole.headers.etag) },
    });
    expect(cached.statusCode).toBe(304);
  });

  it('is for signed-in users only, and absent without the setting', async () => {
    expect((await t.app.inject({ method: 'GET', url: URL })).statusCode).toBe(401);
    const none = await bare.app.inject({
      method: 'GET',
      url: URL,
      headers: (await bare.signIn('GBR', 'viewer')).headers,
    });
    expect(none.statusCode).toBe(404);
    expect(none.json().status).toBe(404);
    expect((await bare.app.inject({ method: 'GET', url: '/api/v1/status' })).json().basemapPmtiles).toBe(
      false,
    );
  });

  it('refuses to start when the setting names a missing file', async () => {
    await expect(startTestApp('sqlite', { BASEMAP_PMTILES: '/nonexistent/detail.pmtiles' })).rejects.toThrow(
      /BASEMAP_PMTILES=\/nonexistent\/detail.pmtiles cannot be served/,
    );
  });
});
