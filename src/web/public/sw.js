/* global self, caches, fetch, URL, Response, Headers, importScripts */
/*
 * Guarantor's service worker: keeps the application shell and its static assets so that the
 * field-report form opens with no network. The API is not cached (observations go through
 * the IndexedDB outbox), with two exceptions: who is signed in, and the byte ranges of the
 * detail basemap the map has read, so that a monitor still sees the detail map offline.
 * Pages are fetched from the network first and fall back to the shell.
 */
importScripts('/basemap-range-cache.js');

const CACHE = 'guarantor-shell-v1';
const SHELL = ['/', '/index.html'];
/** The detail basemap's ranges, apart from the shell: bounded, and replaced with the archive. */
const BASEMAP_CACHE = 'guarantor-basemap-v1';
const OWN_CACHES = [CACHE, BASEMAP_CACHE];

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll(SHELL))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => !OWN_CACHES.includes(k)).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

// The page names the assets it has already loaded (before this worker controlled it).
self.addEventListener('message', (event) => {
  const urls = event.data && Array.isArray(event.data.cache) ? event.data.cache : [];
  const own = urls.filter(
    (u) => typeof u === 'string' && new URL(u, self.location.href).origin === self.location.origin,
  );
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) =>
        Promise.all([
          cache.addAll(own),
          ...SESSION.map((path) =>
            fetch(path, { credentials: 'same-origin' }).then((r) => (r.ok ? cache.put(path, r) : undefined)),
          ),
        ]),
      )
      .catch(() => undefined),
  );
});

// Who is signed in, kept so that the shell opens offline; forgotten on sign-out or a 401.
const SESSION = ['/api/v1/auth/me', '/api/v1/status'];

function sessionFirstFromNetwork(request) {
  return fetch(request)
    .then((response) => {
      const copy = response.clone();
      void caches.open(CACHE).then((c) => (response.ok ? c.put(request, copy) : c.delete(request)));
      return response;
    })
    .catch(() => caches.match(request).then((r) => r ?? Response.error()));
}

// The detail basemap (PMTiles): its reader fetches the header, directories and tiles as
// byte ranges of one file. Each range read online is kept under the archive's ETag and the
// range exactly as requested; offline the same range is answered from here. A range never
// read fails as the network would, and the map keeps the Natural Earth outlines there.
const BASEMAP = self.GuarantorBasemapCache;
const CURRENT_ETAG_KEY = `${BASEMAP.BASEMAP_PATH}?current-etag`;
/** The ETag kept and the keys of its ranges in the order stored, read from the cache once. */
let basemapIndex;
/** Writes one after the other, so that the index and the cache agree. */
let basemapWrites = Promise.resolve();

function basemapState(cache) {
  basemapIndex ??= (async () => {
    const current = await cache.match(CURRENT_ETAG_KEY);
    const etag = current ? await current.text() : undefined;
    const entries = new Map();
    for (const request of await cache.keys()) {
      const parsed = BASEMAP.parseRangeKey(request.url);
      if (!parsed) continue;
      if (parsed.etag === etag) entries.set(parsed.key, parsed.range.bytes);
      else await cache.delete(parsed.key);
    }
    return { etag, entries };
  })().catch((error) => {
    basemapIndex = undefined;
    throw error;
  });
  return basemapIndex;
}

function serialBasemapWrite(task) {
  basemapWrites = basemapWrites.then(task).catch(() => undefined);
  return basemapWrites;
}

async function forgetBasemap(cache, state) {
  await Promise.all([...state.entries.keys(), CURRENT_ETAG_KEY].map((k) => cache.delete(k)));
  state.entries.clear();
  state.etag = undefined;
}

function keepBasemapRange(range, response) {
  const etag = BASEMAP.strongEtag(response.headers.get('etag'));
  if (response.status !== 206 || etag === undefined || !response.headers.has('content-range')) {
    return Promise.resolve();
  }
  const copy = response.clone();
  return serialBasemapWrite(async () => {
    const body = await copy.arrayBuffer();
    const headers = new Headers();
    for (const name of ['content-type', 'content-range', 'etag', 'accept-ranges', 'cache-control'])
      if (copy.headers.has(name)) headers.set(name, copy.headers.get(name));
    headers.set('content-length', String(body.byteLength));
    const cache = await caches.open(BASEMAP_CACHE);
    const state = await basemapState(cache);
    if (state.etag !== etag) {
      // A new archive: the old one's ranges would not match its directories.
      await forgetBasemap(cache, state);
      await cache.put(CURRENT_ETAG_KEY, new Response(etag));
      state.etag = etag;
    }
    const key = BASEMAP.rangeKey(etag, range);
    // The Cache API refuses 206 responses: the range is stored as a 200 and answered as a 206.
    await cache.put(key, new Response(body, { status: 200, headers }));
    state.entries.delete(key); // re-inserted last: eviction takes the least recently fetched
    state.entries.set(key, range.bytes);
    const entries = [...state.entries].map(([k, bytes]) => ({ key: k, bytes }));
    for (const old of BASEMAP.evictionPlan(entries, BASEMAP.BASEMAP_LIMITS)) {
      await cache.delete(old);
      state.entries.delete(old);
    }
  });
}

async function cachedBasemapRange(range) {
  const cache = await caches.open(BASEMAP_CACHE);
  const state = await basemapState(cache);
  if (state.etag === undefined) return undefined;
  const stored = await cache.match(BASEMAP.rangeKey(state.etag, range));
  if (!stored) return undefined;
  return new Response(stored.body, { status: 206, statusText: 'Partial Content', headers: stored.headers });
}

/** Network first: a new archive (new ETag) replaces the old ranges; offline, the kept range. */
function basemapFromNetworkFirst(request) {
  const range = BASEMAP.closedRange(request.headers.get('range'));
  // The whole archive, or a range whose length only the server knows: not kept.
  if (!range) return Promise.resolve({ response: fetch(request), stored: undefined });
  return fetch(request).then(
    (response) => {
      let stored = keepBasemapRange(range, response);
      if (response.status === 404) {
        // No basemap configured any more: nothing kept can be drawn again.
        stored = serialBasemapWrite(async () => {
          const cache = await caches.open(BASEMAP_CACHE);
          await forgetBasemap(cache, await basemapState(cache));
        });
      }
      return { response, stored };
    },
    async () => ({
      response: (await cachedBasemapRange(range).catch(() => undefined)) ?? Response.error(),
      stored: undefined,
    }),
  );
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  if (request.method === 'POST' && url.pathname === '/api/v1/auth/logout') {
    // The basemap's ranges stay: they hold geography only (no record, nothing releasable to
    // one party and not another), the same archive for every user, and a monitor who signs
    // out at base and back in before driving out keeps the area prepared for the field.
    event.waitUntil(caches.open(CACHE).then((c) => Promise.all(SESSION.map((p) => c.delete(p)))));
    return;
  }
  if (request.method !== 'GET') return;
  if (url.pathname === BASEMAP.BASEMAP_PATH && url.search === '') {
    const answer = basemapFromNetworkFirst(request);
    event.respondWith(answer.then((a) => a.response));
    event.waitUntil(answer.then((a) => a.stored));
    return;
  }
  if (SESSION.includes(url.pathname)) {
    event.respondWith(sessionFirstFromNetwork(request));
    return;
  }
  if (url.pathname.startsWith('/api/')) return;
  if (request.mode === 'navigate') {
    // Network first: a fresh shell when online, the cached one offline.
    event.respondWith(
      fetch(request)
        .then((response) => {
          const copy = response.clone();
          if (response.ok) void caches.open(CACHE).then((c) => c.put('/index.html', copy));
          return response;
        })
        .catch(() => caches.match('/index.html').then((r) => r ?? Response.error())),
    );
    return;
  }
  // Static assets (hashed names, the basemap): cache first, filled as they are fetched.
  event.respondWith(
    caches.match(request).then(
      (cached) =>
        cached ??
        fetch(request).then((response) => {
          if (response.ok) {
            const copy = response.clone();
            void caches.open(CACHE).then((c) => c.put(request, copy));
          }
          return response;
        }),
    ),
  );
});
