import { z } from 'zod';
import { organisationName } from '../../directory/hsds.ts';
import type { Language, ServiceDoc } from '../../directory/model.ts';
import { findByQuestion } from '../../directory/question.ts';
import {
  bestSchedule,
  compareResults,
  helpsWhere,
  isOpen,
  servesWho,
  vilniusClock,
  type Where,
} from '../../directory/rules.ts';
import { NeedCode } from '../../directory/source.ts';
import { findServices, lookup, publicLocationsOf } from '../../directory/store.ts';
import type { Db } from '../../platform/db.ts';

// Form fields left empty arrive as ""; they mean "skipped".
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((v) => (v === '' ? undefined : v), schema.optional());

export const FinderQuery = z
  .object({
    need: optional(NeedCode),
    who: optional(z.enum(['woman', 'man', 'child', 'missing_person_family', 'anyone'])),
    where: optional(z.enum(['anywhere', 'abroad', 'city'])),
    city: optional(z.string().trim().max(60)),
    q: optional(z.string().trim().max(200)),
  })
  .strict();
export type FinderQuery = z.infer<typeof FinderQuery>;

export type HelpResult = {
  id: string;
  name: string;
  organisation: string;
  description: string;
  doc: ServiceDoc;
  audiences: string[];
  cities: string[];
  always: boolean;
  open: boolean | null;
};

function whereOf(query: FinderQuery): Where | null {
  if (query.where === 'city' && query.city) return { kind: 'city', city: query.city };
  if (query.where === 'abroad') return { kind: 'abroad' };
  if (query.where === 'anywhere') return { kind: 'anywhere' };
  return null;
}

/**
 * The finder's answer: services that fit every answered question. With words typed in, the
 * services that match them best come first; otherwise (and among equally good matches) 24/7 and
 * open-now first. In "abroad", the help located abroad leads the lines one can call from there.
 */
export async function findHelp(db: Db, query: FinderQuery, lang: Language, now: Date): Promise<HelpResult[]> {
  const scored = query.q
    ? await findByQuestion(db, query.q, lang, { needCode: query.need })
    : (await findServices(db, { words: [], needCode: query.need }, 0, 500)).rows.map((service) => ({
        service,
        score: 0,
      }));
  const rows = scored.map((s) => s.service);
  const scoreOf = new Map(scored.map((s) => [s.service.id, s.score]));
  const [locations, known] = await Promise.all([
    publicLocationsOf(
      db,
      rows.map((r) => r.id),
    ),
    lookup(db),
  ]);
  const clock = vilniusClock(now);
  const where = whereOf(query);
  return rows
    .map((service, index) => {
      const cities = (locations.get(service.id) ?? []).map((l) => l.doc.city);
      const schedule = bestSchedule(service.doc);
      const org = known.organisations.get(service.organisationId);
      return {
        result: {
          id: service.id,
          name: service.doc.name[lang],
          organisation: org ? organisationName(org, lang) : '',
          description: service.doc.description[lang],
          doc: service.doc,
          audiences: service.audiences,
          cities: [...new Set(cities)],
          always: schedule?.kind === 'always',
          open: isOpen(schedule, clock),
        },
        relevance: -index,
        score: scoreOf.get(service.id) ?? 0,
        first: query.where === 'abroad' && service.doc.area.kind === 'abroad',
      };
    })
    .filter(({ result }) => (query.who ? servesWho(result.audiences, query.who) : true))
    .filter(({ result }) => (where ? helpsWhere(result.doc, result.cities, where) : true))
    .sort(
      (a, b) =>
        Number(b.first) - Number(a.first) ||
        // Scores a hair apart are as good as each other; then the one reachable now comes first.
        Math.round((b.score - a.score) * 10) / 10 ||
        compareResults({ ...a.result, relevance: a.relevance }, { ...b.result, relevance: b.relevance }),
    )
    .map(({ result }) => result);
}
