import { createHash } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { Services } from '../../platform/http/context.ts';
import { toCsv } from '../../statistics/exports.ts';
import { publicYear } from '../../statistics/public.ts';
import type { Html } from '../finder/html.ts';
import { publicStylesheet } from '../finder/stylesheet.ts';
import { LANGUAGES, STATISTICS_CATALOGUES, type StatisticsLanguage } from './i18n.ts';
import {
  csvOf,
  type Figures,
  figuresPage,
  hasData,
  layout,
  type Problem,
  pageHref,
  problemPage,
  problemTitle,
  TABLE_IDS,
  tableViews,
} from './page.ts';

const PUBLIC = { policy: { kind: 'public' as const } };

export const Language = z.enum(LANGUAGES);
/** The address of a page: the year (else the newest with figures) and the language (else Lithuanian). */
export const PageQuery = z.object({
  year: z.coerce.number().int().optional(),
  lang: Language.default('lt'),
});
/** A table's file: its name and `.csv`. */
export const CsvName = z
  .string()
  .regex(/^[a-z]+\.csv$/)
  .transform((name) => name.slice(0, -'.csv'.length))
  .pipe(z.enum(TABLE_IDS));

/**
 * The years offered: this one in Vilnius (still growing) and the six before it, newest first. The
 * figures of a year are counted from the statistics copies, which hold every year there is.
 */
export function yearsOffered(now: Date): number[] {
  const year = Number(
    new Intl.DateTimeFormat('en', { timeZone: 'Europe/Vilnius', year: 'numeric' }).format(now),
  );
  return Array.from({ length: 7 }, (_, n) => year - n);
}

/**
 * Published figures change at most every ten minutes (statistics/public.ts counts a year again no
 * sooner), and hold no one's data: a browser or a proxy may keep a page that long, and asks again
 * with its validator after.
 */
export const PAGE_CACHE = 'public, max-age=600';

/** The answer, or 304 when the reader already holds it. Weak: compression leaves the meaning alone. */
function sendCached(request: FastifyRequest, reply: FastifyReply, type: string, body: string | Buffer) {
  const etag = `W/"${createHash('sha256').update(body).digest('base64url').slice(0, 32)}"`;
  reply.header('cache-control', PAGE_CACHE).header('etag', etag);
  const held = (request.headers['if-none-match'] ?? '').split(',').map((tag) => tag.trim());
  if (held.includes(etag) || held.includes('*')) return reply.code(304).send();
  return reply.type(type).send(body);
}

/**
 * The published statistics for anyone at /statistics/: server-rendered in Lithuanian or English,
 * no script, no cookie. The figures are read the way the public statistics API reads them
 * (`publicYear`), so both always show the same numbers.
 */
export function registerPublicStatistics(app: FastifyInstance, services: Services) {
  const css = publicStylesheet(new URL('./assets/statistics.css', import.meta.url));
  const threshold = services.config.statistics.suppressionThreshold;
  // Published figures may lag a little: the read replica when there is one close enough behind.
  const figuresOf = (year: number): Promise<Figures> => publicYear(services.database.read(), year, threshold);

  /**
   * The newest offered year with any figure, so the page never opens on a year of zeros; last year
   * when none has any. Newest first, one count at a time: usually the first year asked has figures.
   */
  async function latestYear(years: number[]) {
    for (const year of years) if (hasData(await figuresOf(year))) return year;
    return years[1]!;
  }

  function page(
    request: FastifyRequest,
    reply: FastifyReply,
    lang: StatisticsLanguage,
    title: string,
    body: Html,
    otherHref: (other: StatisticsLanguage) => string,
    status = 200,
  ) {
    const other = lang === 'lt' ? 'en' : 'lt';
    const document = layout({
      t: STATISTICS_CATALOGUES[lang],
      lang,
      title,
      other: { lang: other, href: otherHref(other) },
      body,
    });
    if (status !== 200)
      return reply
        .code(status)
        .header('cache-control', 'no-cache')
        .type('text/html; charset=utf-8')
        .send(document);
    return sendCached(request, reply, 'text/html; charset=utf-8', document);
  }

  /** What is wrong with the address, in the reader's language, and the years there are. */
  function problem(request: FastifyRequest, reply: FastifyReply, lang: StatisticsLanguage, kind: Problem) {
    const t = STATISTICS_CATALOGUES[lang];
    const body = problemPage(t, lang, yearsOffered(new Date()), kind);
    const status = kind === 'bad' ? 400 : 404;
    return page(
      request,
      reply,
      lang,
      problemTitle(t, kind),
      body,
      (other) => `/statistics/?lang=${other}`,
      status,
    );
  }

  /** The year and language asked for, or the page that says what is wrong in the reader's language. */
  async function asked(request: FastifyRequest, reply: FastifyReply) {
    const raw = request.query as Record<string, unknown>;
    const parsed = PageQuery.safeParse(raw);
    const years = yearsOffered(new Date());
    if (!parsed.success) {
      await problem(request, reply, Language.safeParse(raw.lang).data ?? 'lt', 'bad');
      return null;
    }
    const { lang } = parsed.data;
    const t = STATISTICS_CATALOGUES[lang];
    const year = parsed.data.year ?? (await latestYear(years));
    if (!years.includes(year)) {
      await problem(request, reply, lang, 'no-year');
      return null;
    }
    return { lang, t, year, years, figures: await figuresOf(year) };
  }

  app.get('/statistics', { config: PUBLIC }, async (request, reply) =>
    reply.redirect(`/statistics/${request.url.slice('/statistics'.length)}`, 301),
  );
  app.get('/statistics/statistics.css', { config: PUBLIC }, async (_request, reply) =>
    reply.type('text/css; charset=utf-8').header('cache-control', 'public, max-age=3600').send(css),
  );

  app.get('/statistics/', { config: PUBLIC }, async (request, reply) => {
    const found = await asked(request, reply);
    if (!found) return reply;
    const { lang, t, year, years, figures } = found;
    const body = figuresPage({ t, lang, figures, years, partial: year === years[0] });
    return page(request, reply, lang, `${t.title} ${year}`, body, (other) => pageHref(other, year));
  });

  app.get('/statistics/:file', { config: PUBLIC }, async (request, reply) => {
    const table = CsvName.safeParse((request.params as { file: string }).file);
    if (!table.success) {
      const lang = Language.safeParse((request.query as Record<string, unknown>).lang).data ?? 'lt';
      return problem(request, reply, lang, 'missing');
    }
    const found = await asked(request, reply);
    if (!found) return reply;
    const view = tableViews(found.figures, found.t).find((v) => v.id === table.data)!;
    reply.header(
      'content-disposition',
      `attachment; filename="atrama-${view.id}-${found.year}-${found.lang}.csv"`,
    );
    return sendCached(request, reply, 'text/csv; charset=utf-8', toCsv(csvOf(view)));
  });
}
