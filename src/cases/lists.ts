import type { z } from 'zod';
import { organisationName } from '../directory/hsds.ts';
import { findServices, lookup, publicLocationsOf } from '../directory/store.ts';
import { getPerson } from '../people/store.ts';
import { actingMembership } from '../platform/http/actor.ts';
import type { RequestContext } from '../platform/http/context.ts';
import { caseFor } from './access.ts';
import type { Pathway } from './catalogue.ts';
import { isDueSoon } from './deadlines.ts';
import type { CaseQuery, ReferralPurpose } from './model.ts';
import { referralInbox } from './referrals.ts';
import { audiencesOf, needForPurpose, rankSuggestions } from './rules.ts';
import { listCases, openDuplicateFlags, referralsOf } from './store.ts';
import { deadlinesFor, deadlineView, summaryOf } from './view.ts';

// The lists staff work from: a case worker's cases, the national coordinator's desk, and where to
// refer a person next.

type Listed = Awaited<ReturnType<typeof listCases>>[number];

/** Cases with their deadlines, overdue first, then the nearest deadline, then the most recently changed. */
export async function withDeadlines(ctx: RequestContext, rows: Listed[]) {
  const referrals = await referralsOf(
    ctx.db,
    rows.map((r) => r.case.id),
  );
  const now = new Date();
  const listed = rows.map((r) => {
    const deadlines = deadlinesFor(
      r.case,
      referrals.filter((x) => x.referral.caseId === r.case.id),
      ctx.config.periods,
      now,
    );
    return {
      row: r,
      deadlines,
      summary: summaryOf(r.case, r.person, { lt: r.originLt, en: r.originEn }, deadlines),
    };
  });
  // Each case's deadlines are already overdue-first; its first one is its most urgent.
  return listed.sort((a, b) => {
    const [x, y] = [a.deadlines[0], b.deadlines[0]];
    if (!x || !y) return Number(Boolean(y)) - Number(Boolean(x));
    return Number(y.overdue) - Number(x.overdue) || x.dueAt.getTime() - y.dueAt.getTime();
  });
}

export async function listCasesFor(ctx: RequestContext, query: z.output<typeof CaseQuery>) {
  const m = actingMembership(ctx);
  const scope = m.role === 'national_coordinator' ? null : m.organisationId;
  const overdue = query.overdue === 'true';
  const listed = await withDeadlines(ctx, await listCases(ctx.db, scope, { ...query, clocksOnly: overdue }));
  return {
    items: listed.filter((l) => !overdue || l.deadlines.some((d) => d.overdue)).map((l) => l.summary),
  };
}

/** The national coordinator's desk: what waits for the national point of contact. */
export async function deskOf(ctx: RequestContext) {
  const [inbox, all, flags] = await Promise.all([
    referralInbox(ctx),
    listCases(ctx.db, null, { clocksOnly: true }),
    openDuplicateFlags(ctx.db),
  ]);
  const listed = await withDeadlines(ctx, all);
  const now = new Date();
  return {
    newReferrals: inbox.items,
    pendingIdentification: listed
      .filter(
        (l) =>
          l.row.case.kind === 'trafficking' && l.deadlines.some((d) => d.kind === 'identification_decision'),
      )
      .map((l) => l.summary),
    deadlines: listed.flatMap((l) =>
      l.deadlines
        .filter((d) => d.overdue || isDueSoon(d, ctx.config.periods, now))
        .map((d) => ({ ...deadlineView(d), caseId: l.row.case.id, caseReference: l.row.case.reference })),
    ),
    duplicates: flags.map((f) => ({
      id: f.flag.id,
      caseId: f.flag.caseId,
      caseReference: f.caseReference,
      otherCaseId: f.flag.otherCaseId,
      otherCaseReference: f.otherCaseReference,
      flaggedAt: f.flag.flaggedAt.toISOString(),
    })),
  };
}

/**
 * Where to refer this person: organisations taking referrals whose services meet the purpose's need,
 * those that serve people like them first, then those in their municipality.
 */
export async function referralSuggestions(
  ctx: RequestContext,
  caseId: string,
  purpose: z.output<typeof ReferralPurpose>,
  lang: 'lt' | 'en',
) {
  const { row } = await caseFor(ctx, 'referral.create', caseId);
  const person = await getPerson(ctx.db, row.personId);
  const need = needForPurpose(purpose, row.kind as 'trafficking' | 'other_crime');
  const [{ rows: services }, known] = await Promise.all([
    findServices(ctx.db, { words: [], needCode: need }, 0, 1000),
    lookup(ctx.db),
  ]);
  const offered = services.filter(
    (s) => s.doc.takesReferrals && s.organisationId !== actingMembership(ctx).organisationId,
  );
  const locations = await publicLocationsOf(
    ctx.db,
    offered.map((s) => s.id),
  );
  const byOrganisation = new Map<
    string,
    { services: { id: string; name: string }[]; audiences: Set<string>; cities: Set<string> }
  >();
  for (const service of offered) {
    const entry = byOrganisation.get(service.organisationId) ?? {
      services: [],
      audiences: new Set(),
      cities: new Set(),
    };
    entry.services.push({ id: service.id, name: service.doc.name[lang] });
    for (const a of service.audiences) entry.audiences.add(a);
    for (const l of locations.get(service.id) ?? []) entry.cities.add(l.doc.city);
    byOrganisation.set(service.organisationId, entry);
  }
  const candidates = [...byOrganisation].flatMap(([id, entry]) => {
    const org = known.organisations.get(id);
    if (!org) return [];
    return [
      {
        id,
        name: { lt: organisationName(org, 'lt'), en: organisationName(org, 'en') },
        services: entry.services,
        cities: [...entry.cities].sort(),
        audiences: [...entry.audiences],
        sortName: organisationName(org, lang),
      },
    ];
  });
  const { facts } = row;
  const ranked = rankSuggestions(
    candidates.map((c) => ({ ...c, name: c.sortName, display: c.name })),
    {
      audiences: audiencesOf(
        {
          sex: person?.sex ?? 'unknown',
          child: row.child,
          pathway: (person?.citizenshipPathway ?? 'unknown') as Pathway,
        },
        row.kind,
      ),
      municipality: facts.municipality,
    },
  );
  return {
    items: ranked.map((c) => ({ id: c.id, name: c.display, services: c.services, cities: c.cities })),
  };
}
