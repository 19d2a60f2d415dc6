import { readFileSync } from 'node:fs';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { Language } from '../../directory/model.ts';
import { directoryCheckedOn, publicCities } from '../../directory/store.ts';
import { AppError } from '../../platform/errors.ts';
import type { Services } from '../../platform/http/context.ts';
import type { Html } from './html.ts';
import { CATALOGUES } from './i18n/index.ts';
import { layout } from './layout.ts';
import { allPage, errorPage, homePage, infoPage, resultsPage } from './pages.ts';
import { FinderQuery, findHelp } from './search.ts';
import { publicStylesheet } from './stylesheet.ts';

const PUBLIC = { policy: { kind: 'public' as const } };
const MACHINE_PREFIXES = new Set(['api', 'hsds', 'staff', 'docs', 'finder', 'verify']);
const asset = (name: string) => readFileSync(new URL(`./assets/${name}`, import.meta.url), 'utf8');
const INFO_PAGES = {
  rights: 'rights',
  'after-asking': 'afterAsking',
  abroad: 'abroad',
  foreigners: 'foreigners',
} as const;

/**
 * The public help finder: server-rendered pages that work without JavaScript, set no cookie and
 * are never stored by the browser's cache (the offline copy is the service worker's, without searches).
 */
export function registerFinder(app: FastifyInstance, services: Services) {
  // Public reads that may lag a little: the read replica when there is one close enough behind.
  const db = () => services.database.read();
  const css = publicStylesheet(new URL('./assets/finder.css', import.meta.url));
  const js = asset('finder.js');
  const sw = asset('sw.js');

  async function send(
    reply: FastifyReply,
    lang: Language,
    title: string,
    here: string,
    body: Html,
    status = 200,
  ) {
    const checked = await directoryCheckedOn(db());
    const dataDate = checked ? checked.toISOString().slice(0, 10) : '';
    return reply
      .code(status)
      .type('text/html; charset=utf-8')
      .header('cache-control', 'no-store')
      .send(layout({ lang, t: CATALOGUES[lang], title, here, dataDate, body }));
  }

  const home = async (lang: Language, reply: FastifyReply) =>
    send(
      reply,
      lang,
      CATALOGUES[lang].home.title,
      '',
      homePage(CATALOGUES[lang], lang, await publicCities(db())),
    );

  app.get('/', { config: PUBLIC }, async (_request, reply) => home('lt', reply));
  app.get('/finder/finder.css', { config: PUBLIC }, async (_r, reply) =>
    reply.type('text/css; charset=utf-8').header('cache-control', 'public, max-age=3600').send(css),
  );
  app.get('/finder/finder.js', { config: PUBLIC }, async (_r, reply) =>
    reply.type('text/javascript; charset=utf-8').header('cache-control', 'public, max-age=3600').send(js),
  );
  app.get('/sw.js', { config: PUBLIC }, async (_r, reply) =>
    reply.type('text/javascript; charset=utf-8').header('cache-control', 'no-cache').send(sw),
  );

  app.get('/:lang', { config: PUBLIC }, async (request, reply) => {
    const lang = Language.safeParse((request.params as { lang: string }).lang);
    if (!lang.success)
      return send(
        reply,
        'lt',
        CATALOGUES.lt.errors.notFoundTitle,
        '',
        errorPage(CATALOGUES.lt, 'lt', 'missing'),
        404,
      );
    return reply.redirect(`/${lang.data}/`);
  });

  app.get('/:lang/*', { config: PUBLIC }, async (request, reply) => {
    const params = request.params as { lang: string; '*': string };
    const parsed = Language.safeParse(params.lang);
    const lang = parsed.success ? parsed.data : 'lt';
    const t = CATALOGUES[lang];
    const page = params['*'];
    const missing = () => send(reply, lang, t.errors.notFoundTitle, '', errorPage(t, lang, 'missing'), 404);
    // A machine client gets its problem+json, not a page.
    if (MACHINE_PREFIXES.has(params.lang))
      throw new AppError('not_found', `No such address: ${request.url.split('?')[0]}`);
    if (!parsed.success) return missing();
    if (page === '') return home(lang, reply);
    if (page === 'help') {
      const rawQuery = request.query as Record<string, unknown>;
      const query = FinderQuery.safeParse(rawQuery);
      if (!query.success)
        return send(reply, lang, t.errors.badRequestTitle, '', errorPage(t, lang, 'bad'), 400);
      const results = await findHelp(db(), query.data, lang, new Date());
      const search = new URLSearchParams(rawQuery as Record<string, string>).toString();
      return send(
        reply,
        lang,
        t.results.title,
        `help?${search}`,
        resultsPage(t, lang, results, `/${lang}/change?${search}`),
      );
    }
    if (page === 'change') {
      const query = FinderQuery.safeParse(request.query);
      if (!query.success)
        return send(reply, lang, t.errors.badRequestTitle, '', errorPage(t, lang, 'bad'), 400);
      return send(reply, lang, t.home.title, '', homePage(t, lang, await publicCities(db()), query.data));
    }
    if (page === 'all') {
      const results = await findHelp(db(), {}, lang, new Date());
      return send(reply, lang, t.results.allTitle, 'all', allPage(t, lang, results));
    }
    if (page in INFO_PAGES) {
      const content = t.pages[INFO_PAGES[page as keyof typeof INFO_PAGES]];
      return send(reply, lang, content.title, page, infoPage(content));
    }
    return missing();
  });
}
