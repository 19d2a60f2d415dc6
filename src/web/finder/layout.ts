import type { Language } from '../../directory/model.ts';
import { fill, type Html, html } from './html.ts';
import type { FinderCatalogue } from './i18n/catalogue.ts';

export const NEUTRAL_SITES: Record<Language, string> = {
  lt: 'https://www.google.com/search?q=orai',
  en: 'https://www.google.com/search?q=weather',
  ru: 'https://www.google.com/search?q=погода',
  uk: 'https://www.google.com/search?q=погода',
};

const LANGUAGE_NAMES: Record<Language, string> = {
  lt: 'Lietuvių',
  en: 'English',
  ru: 'Русский',
  uk: 'Українська',
};

export type PageFrame = {
  lang: Language;
  t: FinderCatalogue;
  title: string;
  /** The same page in another language: the path after /{lang}/ and the query. */
  here: string;
  dataDate: string;
  body: Html;
};

/** Every finder page: 112 and the way out first, then the page, then what the site does not keep. */
export function layout(frame: PageFrame): string {
  const { lang, t } = frame;
  const link = (path: string, label: string) => html`<li><a href="/${lang}/${path}">${label}</a></li>`;
  return `<!doctype html>${html`<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<meta name="robots" content="noarchive">
<title>${frame.title} · ${t.siteName}</title>
<link rel="stylesheet" href="/finder/finder.css">
<script src="/finder/finder.js" defer></script>
</head>
<body>
<a class="skip" href="#main">${t.skipToContent}</a>
<header>
<div class="topbar"><div class="topbar-inner">
<a class="brand" href="/${lang}/">${t.siteName}</a>
<nav class="langs" aria-label="${t.nav.languages}">${(Object.keys(LANGUAGE_NAMES) as Language[]).map(
    (code) =>
      html`<a href="/${code}/${frame.here}" lang="${code}" hreflang="${code}"${code === lang ? html` aria-current="true"` : ''}>${LANGUAGE_NAMES[code]}</a>`,
  )}</nav>
<a class="exit" href="${NEUTRAL_SITES[lang]}" rel="noreferrer" data-exit title="${t.quickExit.hint}">${t.quickExit.label}</a>
</div></div>
<div class="emergency"><div class="nav-inner"><span>${t.emergency.text}</span> <a href="tel:112">${t.emergency.call}</a></div></div>
<details class="menu"><summary><span class="nav-inner">${t.nav.menu}</span></summary>
<nav class="site" aria-label="${t.siteName}"><div class="nav-inner"><ul>
${link('', t.nav.home)}${link('rights', t.nav.rights)}${link('after-asking', t.nav.afterAsking)}${link('abroad', t.nav.abroad)}${link('foreigners', t.nav.foreigners)}${link('all', t.nav.all)}
</ul></div></nav>
</details>
</header>
<main id="main">
<p class="offline" role="status">${fill(t.offlineNote, { date: frame.dataDate })}</p>
${frame.body}
</main>
<footer><div class="footer-inner">
<p>${fill(t.dataUpdated, { date: frame.dataDate })}</p>
<p>${t.footer.privacy}</p>
<p>${t.footer.source}</p>
<p class="note">${t.quickExit.hint}</p>
</div></footer>
</body>
</html>`}`;
}
