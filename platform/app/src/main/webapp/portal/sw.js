// The portal's service worker: makes the portal installable and lets it open without network
// (the page, its scripts and styles, the last text bundles), so a grid worker out of coverage can
// still write a report, kept as a draft. API answers are never cached (they are personal).
const CACHE = 'gongzhi-portal-v1';

self.addEventListener('install', event => {
  self.skipWaiting();
  event.waitUntil(caches.open(CACHE));
});

self.addEventListener('activate', event => {
  event.waitUntil((async () => {
    for (const name of await caches.keys()) if (name !== CACHE) await caches.delete(name);
    await self.clients.claim();
  })());
});

function cacheable(request) {
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) return false;
  if (url.pathname.startsWith('/api/')) return url.pathname.startsWith('/api/ui/') || /\/(logo\.svg|manifest\.webmanifest|model|units)$/.test(url.pathname);
  return !url.pathname.startsWith('/dev/');
}

// network first, so a deployment is seen at once; the cache when the network fails
self.addEventListener('fetch', event => {
  if (!cacheable(event.request)) return;
  event.respondWith((async () => {
    const cache = await caches.open(CACHE);
    try {
      const response = await fetch(event.request);
      if (response.ok) cache.put(event.request, response.clone());
      return response;
    } catch (e) {
      const hit = await cache.match(event.request, { ignoreSearch: false });
      if (hit) return hit;
      throw e;
    }
  })());
});
