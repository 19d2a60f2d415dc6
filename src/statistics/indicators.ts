import { type SQL, sql } from 'drizzle-orm';
import { AppError } from '../platform/errors.ts';
import type { Breakdown, Indicator, StatisticsFilter } from './model.ts';

// The indicators, defined once, each as SQL the database computes (docs/statistics.md says the same
// in words). An indicator is a set of rows (its source), the day that puts a row in a period, what
// is counted (people, records, or a median), and the breakdowns that make sense for it.

/** Aliases every source provides: c (cases) and p (people), and s (services) where services are counted. */
type Source = {
  /** FROM … JOIN … that gives the rows. */
  from: SQL;
  /** The calendar day in Vilnius that places a row in a period. */
  day: SQL;
  measure: SQL;
  /** How an organisation manager's figures are limited to their own organisation. */
  own: (organisationId: string) => SQL;
  breakdowns: Partial<Record<Breakdown | 'default', SQL>>;
  /** Whether the service-type filter applies (it does where services are what is counted). */
  services?: boolean;
};

const VILNIUS = sql.raw(`'Europe/Vilnius'`);
const dayOf = (moment: SQL) => sql`(${moment} at time zone ${VILNIUS})::date`;
const people = sql`count(distinct p.id)`;
const records = sql`count(*)`;
const crimeType = sql`case when c.kind = 'trafficking' then 'trafficking' else coalesce(c.facts->>'otherCrime', 'other') end`;
const personDims = {
  sex: sql`p.sex`,
  ageBand: sql`p.age_band`,
  pathway: sql`p.citizenship_pathway`,
  municipality: sql`c.facts->>'municipality'`,
  crimeType,
};
const caseJoin = sql`join cases c on c.id = s.case_id join people p on p.id = c.person_id`;
const onTeam = (organisationId: string) =>
  sql`exists (select 1 from case_team ot where ot.case_id = c.id and ot.organisation_id = ${organisationId})`;

/**
 * A person is registered at a support service on the day the first support service joined their
 * case's team: it recorded the case itself or accepted a referral.
 */
const registration = sql`case_team t join cases c on c.id = t.case_id join people p on p.id = c.person_id`;
const firstSupportJoin = sql`t.role = 'support_service' and not exists (
  select 1 from case_team e where e.case_id = t.case_id and e.role = 'support_service' and e.joined_at < t.joined_at)`;

const SOURCES: Record<Indicator, Source> = {
  registered_victims: {
    from: sql`${registration} where ${firstSupportJoin}`,
    day: dayOf(sql`t.joined_at`),
    measure: people,
    own: (o) => sql`t.organisation_id = ${o}`,
    breakdowns: {
      ...personDims,
      organisation: sql`t.organisation_id::text`,
      month: sql`to_char(${dayOf(sql`t.joined_at`)}, 'YYYY-MM')`,
    },
  },
  // Of those registered, the people who accepted the help offered: at least one service was given.
  accepted_help: {
    from: sql`${registration} where ${firstSupportJoin} and exists (select 1 from services_given x where x.case_id = c.id)`,
    day: dayOf(sql`t.joined_at`),
    measure: people,
    own: (o) => sql`t.organisation_id = ${o}`,
    breakdowns: {
      ...personDims,
      organisation: sql`t.organisation_id::text`,
      month: sql`to_char(${dayOf(sql`t.joined_at`)}, 'YYYY-MM')`,
    },
  },
  people_served: {
    from: sql`services_given s ${caseJoin} where true`,
    day: sql`s.given_on`,
    measure: people,
    own: (o) => sql`s.organisation_id = ${o}`,
    services: true,
    breakdowns: {
      ...personDims,
      serviceType: sql`s.type`,
      organisation: sql`s.organisation_id::text`,
      month: sql`to_char(s.given_on, 'YYYY-MM')`,
    },
  },
  services_given: {
    from: sql`services_given s ${caseJoin} where true`,
    day: sql`s.given_on`,
    measure: records,
    own: (o) => sql`s.organisation_id = ${o}`,
    services: true,
    breakdowns: {
      default: sql`s.type`,
      ...personDims,
      serviceType: sql`s.type`,
      organisation: sql`s.organisation_id::text`,
      month: sql`to_char(s.given_on, 'YYYY-MM')`,
    },
  },
  cases_opened: {
    from: sql`cases c join people p on p.id = c.person_id where true`,
    day: dayOf(sql`c.created_at`),
    measure: records,
    own: onTeam,
    breakdowns: {
      default: crimeType,
      ...personDims,
      month: sql`to_char(${dayOf(sql`c.created_at`)}, 'YYYY-MM')`,
    },
  },
  exploitation_forms: {
    from: sql`cases c join people p on p.id = c.person_id
      cross join lateral jsonb_array_elements_text(coalesce(c.facts->'exploitationForms', '[]'::jsonb)) as f(form)
      where c.kind = 'trafficking'`,
    day: dayOf(sql`c.created_at`),
    measure: records,
    own: onTeam,
    breakdowns: { default: sql`f.form`, ...personDims },
  },
  // Presumed until a final decision: identified or not identified.
  trafficking_identification: {
    from: sql`cases c join people p on p.id = c.person_id where c.kind = 'trafficking'`,
    day: dayOf(sql`c.created_at`),
    measure: records,
    own: onTeam,
    breakdowns: {
      default: sql`case when c.identification->>'outcome' in ('identified', 'not_identified') then c.identification->>'outcome' else 'presumed' end`,
      ...personDims,
    },
  },
  cooperation_decisions: {
    from: sql`cases c join people p on p.id = c.person_id where c.cooperation is not null`,
    day: sql`(c.cooperation->>'decidedOn')::date`,
    measure: records,
    own: onTeam,
    breakdowns: { default: sql`c.cooperation->>'outcome'`, ...personDims },
  },
  reflection_periods: {
    from: sql`cases c join people p on p.id = c.person_id where c.reflection_starts_on is not null`,
    day: sql`c.reflection_starts_on`,
    measure: records,
    own: onTeam,
    breakdowns: { ...personDims, month: sql`to_char(c.reflection_starts_on, 'YYYY-MM')` },
  },
  returns: {
    from: sql`case_returns r join cases c on c.id = r.case_id join people p on p.id = c.person_id where r.status = 'returned'`,
    day: sql`r.travel_on`,
    measure: records,
    own: (o) => sql`r.organisation_id = ${o}`,
    breakdowns: {
      default: sql`p.citizenship_pathway`,
      ...personDims,
      organisation: sql`r.organisation_id::text`,
    },
  },
  // By the kind of institution that first met the person, and what became of the referral.
  referrals: {
    from: sql`referrals rf join cases c on c.id = rf.case_id join people p on p.id = c.person_id where true`,
    day: dayOf(sql`rf.sent_at`),
    measure: records,
    own: (o) => sql`(rf.from_organisation_id = ${o} or rf.to_organisation_id = ${o})`,
    breakdowns: {
      default: sql`(c.facts->>'firstContactKind') || ' / ' || rf.status`,
      ...personDims,
      organisation: sql`rf.to_organisation_id::text`,
    },
  },
  // The median number of days from meeting the person to their first service, by the day of that service.
  days_to_first_service: {
    from: sql`(select s.case_id, min(s.given_on) as first_on from services_given s group by s.case_id) fs
      join cases c on c.id = fs.case_id join people p on p.id = c.person_id where c.facts ? 'metAt'`,
    day: sql`fs.first_on`,
    measure: sql`coalesce(percentile_cont(0.5) within group (order by fs.first_on - ${dayOf(sql`(c.facts->>'metAt')::timestamptz`)}), 0)`,
    own: onTeam,
    breakdowns: personDims,
  },
  consultations: {
    from: sql`consultations k cross join lateral jsonb_array_elements_text(k.topics) as tp(topic) where true`,
    day: sql`k.on`,
    measure: records,
    own: (o) => sql`k.organisation_id = ${o}`,
    breakdowns: { default: sql`tp.topic`, month: sql`to_char(k.on, 'YYYY-MM')` },
  },
};

/** The indicator's rows in the period, filtered and limited to the organisation when one is given. */
function where(
  source: Source,
  f: Partial<StatisticsFilter> & Pick<StatisticsFilter, 'from' | 'to'>,
  organisationId: string | null,
) {
  const parts: SQL[] = [sql`${source.day} between ${f.from}::date and ${f.to}::date`];
  if (organisationId) parts.push(source.own(organisationId));
  if (f.municipality) parts.push(sql`c.facts->>'municipality' = ${f.municipality}`);
  if (f.crimeType) parts.push(sql`${crimeType} = ${f.crimeType}`);
  if (f.sex) parts.push(sql`p.sex = ${f.sex}`);
  if (f.ageBand) parts.push(sql`p.age_band = ${f.ageBand}`);
  if (f.pathway) parts.push(sql`p.citizenship_pathway = ${f.pathway}`);
  if (f.serviceType && source.services) parts.push(sql`s.type = ${f.serviceType}`);
  return sql.join(parts, sql` and `);
}

export function breakdownsOf(indicator: Indicator): Breakdown[] {
  return Object.keys(SOURCES[indicator].breakdowns).filter((k): k is Breakdown => k !== 'default');
}

/** The SQL of one indicator, whole (no breakdown) or by one breakdown; a breakdown it has not is 400. */
export function indicatorQuery(
  indicator: Indicator,
  by: Breakdown | undefined,
  f: StatisticsFilter,
  organisationId: string | null,
) {
  const source = SOURCES[indicator];
  // Consultations are not about a person or a case: person filters do not apply to them.
  const filter = indicator === 'consultations' ? { from: f.from, to: f.to } : f;
  const key = by ? source.breakdowns[by] : source.breakdowns.default;
  if (by && !key) {
    throw new AppError('validation_failed', `query.by: ${indicator} has no breakdown by ${by}`, [
      {
        field: 'query.by',
        message: `not a breakdown of ${indicator}; use one of: ${breakdownsOf(indicator).join(', ')}`,
      },
    ]);
  }
  const base = sql`from ${source.from} and ${where(source, filter, organisationId)}`;
  return {
    total: sql`select ${source.measure} as value ${base}`,
    rows: key
      ? sql`select coalesce((${key})::text, 'unknown') as key, ${source.measure} as value ${base} group by 1 order by 2 desc, 1`
      : null,
  };
}

/**
 * The yearly table of seed 002 in one query. People served are counted once however many services
 * they had; a child is a person served as a child, women and men are the adults by sex.
 */
export function seedTableQuery(f: StatisticsFilter, organisationId: string | null) {
  const served = SOURCES.people_served;
  const registered = SOURCES.registered_victims;
  const accepted = SOURCES.accepted_help;
  return sql`with served as (
      select p.id, bool_or(c.child) as child, min(p.sex) as sex, bool_or(p.disability) as disability,
        bool_or(p.sealed_identity is null) as anonymous, count(*) as services
      from ${served.from} and ${where(served, f, organisationId)} group by p.id)
    select
      (select ${registered.measure} from ${registered.from} and ${where(registered, f, organisationId)}) as "registeredVictims",
      (select ${accepted.measure} from ${accepted.from} and ${where(accepted, f, organisationId)}) as "acceptedHelp",
      count(*) as "peopleServed",
      count(*) filter (where not child and sex = 'female') as women,
      count(*) filter (where not child and sex = 'male') as men,
      count(*) filter (where child) as children,
      count(*) filter (where not child and sex not in ('female', 'male')) as "otherOrUnknownSex",
      count(*) filter (where disability) as "withDisability",
      count(*) filter (where anonymous) as anonymous,
      coalesce(sum(services), 0) as "servicesGiven"
    from served`;
}
