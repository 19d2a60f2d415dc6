import type { Language, Schedule } from '../../directory/model.ts';
import { bestSchedule } from '../../directory/rules.ts';
import { NeedCode } from '../../directory/source.ts';
import { fill, type Html, html } from './html.ts';
import type { FinderCatalogue, InfoPage, Who } from './i18n/catalogue.ts';
import type { FinderQuery, HelpResult } from './search.ts';

const WHO: Who[] = ['woman', 'man', 'child', 'missing_person_family', 'anyone'];

const telHref = (number: string) => `tel:${number.replace(/[^\d+]/g, '')}`;

function hoursText(schedule: Schedule | null, t: FinderCatalogue): string {
  if (!schedule) return t.results.hoursUnknown;
  if (schedule.kind === 'always') return t.results.always;
  const days = schedule.days;
  const range =
    days.length > 2
      ? `${t.days[days[0]!]}–${t.days[days[days.length - 1]!]}`
      : days.map((d) => t.days[d]).join(', ');
  return `${range} ${schedule.opens}–${schedule.closes}`;
}

function areaText(result: HelpResult, t: FinderCatalogue, lang: Language): string {
  const area = result.doc.area;
  if (area.kind === 'nationwide') return t.results.nationwide;
  if (area.kind === 'remote') return t.results.remote;
  if (area.kind === 'abroad') return t.results.abroad;
  return result.cities.length > 0
    ? result.cities.join(', ')
    : (area.name?.[lang === 'lt' ? 'lt' : 'en'] ?? '');
}

/**
 * One place that can help: what it is, how to reach it in one tap (before the longer description),
 * when, in which languages, for whom.
 */
export function serviceCard(result: HelpResult, t: FinderCatalogue, lang: Language): Html {
  const { doc } = result;
  const languages = new Intl.DisplayNames([lang], { type: 'language' });
  const headingId = `s-${result.id}`;
  return html`<li class="card" aria-labelledby="${headingId}">
<h2 id="${headingId}">${result.name}</h2>
<p class="org">${result.organisation}</p>
<ul class="badges">
${result.always ? html`<li class="badge always">${t.results.always}</li>` : result.open === true ? html`<li class="badge open">${t.results.openNow}</li>` : result.open === false ? html`<li class="badge closed">${t.results.closedNow}</li>` : ''}
${doc.free ? html`<li class="badge">${t.results.free}</li>` : ''}
</ul>
<div class="actions">
${doc.phones.map(
  (phone) =>
    html`<a class="button call" href="${telHref(phone.number)}">${t.results.call} ${phone.number}${phone.label ? html` <span class="hint">${phone.label[lang]}</span>` : ''}</a>`,
)}
${doc.emails.map((email) => html`<a class="button secondary" href="mailto:${email}">${t.results.email}: ${email}</a>`)}
${doc.url ? html`<a class="button secondary" href="${doc.url}" rel="noreferrer">${t.results.website}</a>` : ''}
</div>
<p>${result.description}</p>
<dl class="facts">
<dt>${t.results.hours}</dt><dd>${hoursText(bestSchedule(doc), t)}</dd>
<dt>${t.results.area}</dt><dd>${areaText(result, t, lang)}</dd>
<dt>${t.results.languages}</dt><dd>${doc.languages.map((code) => languages.of(code) ?? code).join(', ')}</dd>
<dt>${t.results.serves}</dt><dd>${result.audiences.map((a) => t.audiences[a as keyof FinderCatalogue['audiences']] ?? a).join(', ')}</dd>
</dl>
</li>`;
}

function radio(name: string, value: string, label: string, checked: boolean) {
  return html`<label class="choice"><input type="radio" name="${name}" value="${value}"${checked ? html` checked` : ''}> <span>${label}</span></label>`;
}

/** The three questions, each skippable; the answers travel in the address, so a result can be shared. */
export function homePage(
  t: FinderCatalogue,
  lang: Language,
  cities: string[],
  query: FinderQuery = {},
): Html {
  return html`<h1>${t.home.title}</h1>
<p class="lead">${t.home.lead}</p>
<form method="get" action="/${lang}/help">
<fieldset><legend>${t.questions.need.legend}</legend>
<p class="hint">${t.questions.need.hint}</p>
<div class="choices">
${radio('need', '', t.questions.need.any, !query.need)}
${NeedCode.options.map((code) => radio('need', code, t.needs[code], query.need === code))}
</div>
<label class="field" for="q">${t.questions.need.searchLabel} <span class="hint">${t.questions.need.searchHint}</span></label>
<input type="search" id="q" name="q" maxlength="200" value="${query.q ?? ''}" autocomplete="off">
</fieldset>
<fieldset><legend>${t.questions.who.legend}</legend>
<div class="choices">${WHO.map((who) => radio('who', who === 'anyone' ? '' : who, t.questions.who.options[who], (query.who ?? 'anyone') === who))}</div>
</fieldset>
<fieldset><legend>${t.questions.where.legend}</legend>
<div class="choices">
${radio('where', '', t.questions.where.options.anywhere, !query.where || query.where === 'anywhere')}
${radio('where', 'abroad', t.questions.where.options.abroad, query.where === 'abroad')}
${radio('where', 'city', t.questions.where.options.city, query.where === 'city')}
</div>
<label class="field" for="city">${t.questions.where.cityLabel}</label>
<select id="city" name="city">
<option value=""></option>
${cities.map((city) => html`<option value="${city}"${query.city === city ? html` selected` : ''}>${city}</option>`)}
</select>
</fieldset>
<button class="button" type="submit">${t.home.submit}</button>
</form>
<p class="note">${t.home.safetyNote}</p>`;
}

export function resultsPage(
  t: FinderCatalogue,
  lang: Language,
  results: HelpResult[],
  changeHref: string,
): Html {
  return html`<h1>${t.results.title}</h1>
<div class="results-head">
<p role="status">${fill(t.results.count, { count: results.length })}</p>
<p><a class="button secondary" href="${changeHref}">${t.results.change}</a></p>
</div>
${
  results.length === 0
    ? html`<p><strong>${t.results.none}</strong></p><p>${t.results.noneHint}</p>`
    : html`<ul class="results">${results.map((r) => serviceCard(r, t, lang))}</ul>`
}`;
}

export function allPage(t: FinderCatalogue, lang: Language, results: HelpResult[]): Html {
  return html`<h1>${t.results.allTitle}</h1>
<p class="lead">${t.results.allLead}</p>
<ul class="results">${results.map((r) => serviceCard(r, t, lang))}</ul>`;
}

export function infoPage(page: InfoPage): Html {
  return html`<div class="info"><h1>${page.title}</h1>
<p class="lead">${page.lead}</p>
${page.sections.map((section) => html`<section><h2>${section.heading}</h2>${section.paragraphs.map((p) => html`<p>${p}</p>`)}</section>`)}
</div>`;
}

export function errorPage(t: FinderCatalogue, lang: Language, kind: 'bad' | 'missing'): Html {
  return html`<h1>${kind === 'bad' ? t.errors.badRequestTitle : t.errors.notFoundTitle}</h1>
<p>${kind === 'bad' ? t.errors.badRequestText : t.errors.notFoundText}</p>
<p><a class="button" href="/${lang}/">${t.errors.backHome}</a></p>`;
}
