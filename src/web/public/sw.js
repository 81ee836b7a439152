/* global self, caches, fetch, URL, Response */
/*
 * Guarantor's service worker: keeps the application shell and its static assets so that the
 * field-report form opens with no network. The API is never cached (observations go through
 * the IndexedDB outbox); pages are fetched from the network first and fall back to the shell.
 */
const CACHE = 'guarantor-shell-v1';
const SHELL = ['/', '/index.html'];

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
      .then((keys) => Promise.all(keys.filter((k) => k !== CACHE).map((k) => caches.delete(k))))
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

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  if (request.method === 'POST' && url.pathname === '/api/v1/auth/logout') {
    event.waitUntil(caches.open(CACHE).then((c) => Promise.all(SESSION.map((p) => c.delete(p)))));
    return;
  }
  if (request.method !== 'GET') return;
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
