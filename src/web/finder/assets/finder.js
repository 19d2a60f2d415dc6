// Enhancements only: every page works without this file.
(() => {
  const exit = document.querySelector('[data-exit]');
  const neutral = exit ? exit.getAttribute('href') : 'https://www.google.com/';

  // Leaving replaces this history entry, so Back does not return to the finder.
  function leave() {
    window.location.replace(neutral);
  }
  if (exit) {
    exit.addEventListener('click', (event) => {
      event.preventDefault();
      leave();
    });
  }
  // Escape three times within two seconds leaves too.
  let presses = [];
  document.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape') return;
    const now = Date.now();
    presses = presses.filter((t) => now - t < 2000);
    presses.push(now);
    if (presses.length >= 3) leave();
  });

  // Inside the finder, move without adding history entries: the whole visit is one entry,
  // which leaving then replaces.
  function sameSite(url) {
    return url.origin === window.location.origin && !/^\/(staff|api|hsds|docs)/.test(url.pathname);
  }
  document.addEventListener('click', (event) => {
    const link = event.target.closest ? event.target.closest('a[href]') : null;
    if (!link || link.hasAttribute('data-exit') || event.defaultPrevented) return;
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const url = new URL(link.href, window.location.href);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return;
    if (!sameSite(url)) return;
    event.preventDefault();
    window.location.replace(url.href);
  });
  document.addEventListener('submit', (event) => {
    const form = event.target;
    if (form?.method.toLowerCase() !== 'get') return;
    event.preventDefault();
    const params = new URLSearchParams();
    new FormData(form).forEach((value, key) => {
      if (value !== '') params.append(key, value);
    });
    const query = params.toString();
    window.location.replace(form.action + (query ? `?${query}` : ''));
  });

  // On a wide screen the pages' links are always shown; on a small one they wait behind "Menu".
  const menu = document.querySelector('details.menu');
  const wide = window.matchMedia('(min-width: 40.0625rem)');
  function fitMenu() {
    if (menu) menu.open = wide.matches;
  }
  wide.addEventListener('change', fitMenu);
  fitMenu();

  function showConnection() {
    document.documentElement.classList.toggle('is-offline', !navigator.onLine);
  }
  window.addEventListener('online', showConnection);
  window.addEventListener('offline', showConnection);
  showConnection();

  if ('serviceWorker' in navigator) {
    navigator.serviceWorker.register('/sw.js').catch(() => {});
  }
})();
