/*
 * The rules of the service worker's detail-basemap cache, as pure functions over plain data:
 * which requests it keeps, under which key, and which entries it evicts. sw.js loads this
 * file with importScripts (a classic worker script, no dependencies, no bundler); the unit
 * test runs it in a Node VM. It sets `globalThis.GuarantorBasemapCache`.
 */
/* global URL, URLSearchParams */
(function (scope) {
  /** Where Guarantor serves the configured PMTiles basemap (BASEMAP_PMTILES). */
  const BASEMAP_PATH = '/api/v1/basemap/detail.pmtiles';

  /**
   * How much of the basemap a device keeps: 50 MiB or 4,000 ranges, the oldest fetched
   * evicted first. A vector extract at zooms 6–14 takes some 20–60 KB a tile, so 50 MiB holds
   * a patrol sector of about 40 × 40 km at full detail with its surroundings at lower zooms,
   * while staying far below what a phone's browser grants an origin (Safari asks past 1 GiB;
   * Chrome allows a share of the free disk, which a field phone may not have much of). The
   * entry bound caps the number of cache records however small the ranges are.
   */
  const BASEMAP_LIMITS = { maxBytes: 50 * 1024 * 1024, maxEntries: 4000 };

  /**
   * The one closed range of a `Range` header (`bytes=a-b`, as the pmtiles reader sends it),
   * or undefined for anything else (no header, open or suffix ranges, several ranges), which
   * the worker passes through uncached: its length is unknown until the server answers.
   */
  function closedRange(header) {
    const match = /^bytes=(\d+)-(\d+)$/.exec(typeof header === 'string' ? header.trim() : '');
    if (!match) return undefined;
    const start = Number(match[1]);
    const end = Number(match[2]);
    if (!Number.isSafeInteger(start) || !Number.isSafeInteger(end) || end < start) return undefined;
    return { start, end, bytes: end - start + 1 };
  }

  /** A strong ETag, or undefined: a weak one (`W/…`) does not vouch for byte ranges (RFC 9110 §8.8.1). */
  function strongEtag(header) {
    if (typeof header !== 'string') return undefined;
    const etag = header.trim();
    return /^"[^"]*"$/.test(etag) ? etag : undefined;
  }

  /**
   * The cache key of a range of one version of the archive: the basemap's path with the
   * archive's ETag and the range exactly as requested, so a range of another version (or one
   * aligned otherwise) never answers for it.
   */
  function rangeKey(etag, range) {
    // Serialised by URLSearchParams, which the Cache API's own URL parsing leaves as it is.
    const query = new URLSearchParams({ etag, range: `${range.start}-${range.end}` });
    return `${BASEMAP_PATH}?${query.toString()}`;
  }

  /** The ETag and range of a key made by rangeKey (relative or absolute), or undefined. */
  function parseRangeKey(key) {
    let url;
    try {
      url = new URL(key, 'http://basemap.invalid');
    } catch {
      return undefined;
    }
    if (url.pathname !== BASEMAP_PATH) return undefined;
    const etag = url.searchParams.get('etag');
    const range = closedRange(`bytes=${url.searchParams.get('range') ?? ''}`);
    if (etag === null || !range) return undefined;
    return { key: `${url.pathname}${url.search}`, etag, range };
  }

  /**
   * The keys to delete, oldest first, so that what stays is within both bounds. `entries` are
   * in the order they were stored (oldest first), each with the bytes it holds.
   */
  function evictionPlan(entries, limits) {
    let bytes = entries.reduce((sum, e) => sum + e.bytes, 0);
    let count = entries.length;
    const evicted = [];
    for (const entry of entries) {
      if (bytes <= limits.maxBytes && count <= limits.maxEntries) break;
      evicted.push(entry.key);
      bytes -= entry.bytes;
      count -= 1;
    }
    return evicted;
  }

  scope.GuarantorBasemapCache = {
    BASEMAP_PATH,
    BASEMAP_LIMITS,
    closedRange,
    strongEtag,
    rangeKey,
    parseRangeKey,
    evictionPlan,
  };
})(globalThis);
