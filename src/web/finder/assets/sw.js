// Offline copy of the finder: the pages without a search in their address, and the full list.
// Searches are never stored on the device: a page with a query string is not cached.

const CACHE = 'atrama-finder-v1';
const LANGS = ['lt', 'en', 'ru', 'uk'];
const PAGES = ['', 'rights', 'after-asking', 'abroad', 'foreigners', 'all'];
const PRECACHE = ['/finder/finder.css', '/finder/finder.js'].concat(
  LANGS.reduce((all, lang) => all.concat(PAGES.map((page) => `/${lang}/${page}`)), []),
);

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(PRECACHE)));
  self.skipWaiting();
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys().then((keys) => Promise.all(keys.filter((k) => k !== CACHE).map((k) => caches.delete(k)))),
  );
  self.clients.claim();
});

self.addEventListener('fetch', (event) => {
  const url = new URL(event.request.url);
  if (event.request.method !== 'GET' || url.origin !== self.location.origin) return;
  if (/^\/(staff|api|hsds|docs)/.test(url.pathname)) return;
  event.respondWith(
    fetch(event.request)
      .then((response) => {
        if (response.ok && !url.search) {
          const copy = response.clone();
          caches.open(CACHE).then((cache) => {
            cache.put(event.request, copy);
          });
        }
        return response;
      })
      .catch(() =>
        caches.match(url.pathname).then((hit) => {
          if (hit) return hit;
          // A search while offline: the full list of the same language.
          const lang = url.pathname.split('/')[1];
          return caches.match(`/${LANGS.indexOf(lang) >= 0 ? lang : 'lt'}/all`);
        }),
      ),
  );
});
