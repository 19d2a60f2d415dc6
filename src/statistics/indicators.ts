import { type SQL, sql } from 'drizzle-orm';
import { AppError } from '../platform/errors.ts';
import type { Breakdown, Indicator, StatisticsFilter } from './model.ts';

// The indicators, defined once, each as SQL the database computes (docs/statistics.md says the same
// in words). An indicator is a set of rows (its source), what places a row in a period, what is
// counted (people, records, or a median), and the breakdowns that make sense for it.
//
// Services carry copies of the facts they are broken down by (person, sex, age band, pathway, child,
// disability, anonymity, municipality, crime type), and cases carry their registration and first
// service days, all kept by database triggers (migration 0014): a year of services is counted from
// one table, without joins, which keeps every figure under a second at national scale.

type Dimension = 'sex' | 'ageBand' | 'pathway' | 'municipality' | 'crimeType';

type Source = {
  /** FROM … that gives the rows, ending in a WHERE clause the filters are added to. */
  from: SQL;
  /** The rows of a period (from and to are calendar days in Vilnius, both included). */
  period: (from: string, to: string) => SQL;
  measure: SQL;
  /** How an organisation manager's figures are limited to their own organisation. */
  own: (organisationId: string) => SQL;
  /** The person's and case's facts as this source holds them: filters and breakdowns use them. */
  dims: Partial<Record<Dimension, SQL>>;
  breakdowns: Partial<Record<Breakdown | 'default', SQL>>;
  /** The column a service-type filter applies to, where services are what is counted. */
  serviceType?: SQL;
};

const VILNIUS = sql.raw(`'Europe/Vilnius'`);
const dayOf = (moment: SQL) => sql`(${moment} at time zone ${VILNIUS})::date`;
const between = (day: SQL) => (from: string, to: string) => sql`${day} between ${from}::date and ${to}::date`;
/** Moments in a period of Vilnius days, as a range a btree index on the moment can serve. */
const within = (moment: SQL) => (from: string, to: string) =>
  sql`${moment} >= (${from}::date::timestamp at time zone ${VILNIUS}) and ${moment} < ((${to}::date + 1)::timestamp at time zone ${VILNIUS})`;
const month = (day: SQL) => sql`to_char(${day}, 'YYYY-MM')`;

const records = sql`count(*)`;
const caseDims = {
  sex: sql`p.sex`,
  ageBand: sql`p.age_band`,
  pathway: sql`p.citizenship_pathway`,
  municipality: sql`c.facts->>'municipality'`,
  crimeType: sql`case when c.kind = 'trafficking' then 'trafficking' else coalesce(c.facts->>'otherCrime', 'other') end`,
};
const serviceDims = {
  sex: sql`s.sex`,
  ageBand: sql`s.age_band`,
  pathway: sql`s.pathway`,
  municipality: sql`s.municipality`,
  crimeType: sql`s.crime_type`,
};
const onTeam = (organisationId: string) =>
  sql`exists (select 1 from case_team ot where ot.case_id = c.id and ot.organisation_id = ${organisationId})`;
const caseRows = sql`cases c join people p on p.id = c.person_id`;

/**
 * A person is registered at a support service on the day the first support service joined their
 * case's team (it recorded the case itself or accepted a referral). Counted once however many cases.
 */
const registration = (extra: SQL) => ({
  from: sql`${caseRows} where c.registered_on is not null ${extra}`,
  period: between(sql`c.registered_on`),
  measure: sql`count(distinct c.person_id)`,
  own: (o: string) => sql`c.registered_by = ${o}`,
  dims: caseDims,
  breakdowns: { ...caseDims, organisation: sql`c.registered_by::text`, month: month(sql`c.registered_on`) },
});

const services = (measure: SQL, byDefault?: SQL) => ({
  from: sql`services_given s where true`,
  period: between(sql`s.given_on`),
  measure,
  own: (o: string) => sql`s.organisation_id = ${o}`,
  dims: serviceDims,
  serviceType: sql`s.type`,
  breakdowns: {
    ...(byDefault ? { default: byDefault } : {}),
    ...serviceDims,
    serviceType: sql`s.type`,
    organisation: sql`s.organisation_id::text`,
    month: month(sql`s.given_on`),
  },
});

const openedCases = (from: SQL, byDefault: SQL) => ({
  from,
  period: within(sql`c.created_at`),
  measure: records,
  own: onTeam,
  dims: caseDims,
  breakdowns: { default: byDefault, ...caseDims, month: month(dayOf(sql`c.created_at`)) },
});

const training = (measure: SQL): Source => ({
  from: sql`trainings t cross join lateral jsonb_to_recordset(t.audience) as a(profession text, participants int) where true`,
  period: between(sql`t.held_on`),
  measure,
  own: (o) => sql`t.organiser_id = ${o}`,
  dims: {},
  breakdowns: {
    default: sql`a.profession`,
    organisation: sql`t.organiser_id::text`,
    month: month(sql`t.held_on`),
  },
});

const awareness = (measure: SQL): Source => ({
  from: sql`awareness_activities w where true`,
  period: between(sql`w.starts_on`),
  measure,
  own: (o) => sql`w.organiser_id = ${o}`,
  dims: {},
  breakdowns: {
    default: sql`w.kind`,
    organisation: sql`w.organiser_id::text`,
    month: month(sql`w.starts_on`),
  },
});

/**
 * A measure's state today: done once a report for a year begun says so; late when its deadline has
 * passed, or a year of it that has ended has no report; planned before it starts; in progress otherwise.
 */
const TODAY = sql`(now() at time zone ${VILNIUS})::date`;
const MEASURE_STATE = sql`case
    when exists (select 1 from action_plan_reports r where r.measure_id = m.id and r.progress = 'done'
      and r.year <= extract(year from ${TODAY})) then 'done'
    when m.deadline < ${TODAY} or exists (select 1 from generate_series(extract(year from m.starts_on)::int,
      least(extract(year from m.deadline)::int, extract(year from ${TODAY})::int - 1)) y(year)
      where not exists (select 1 from action_plan_reports r where r.measure_id = m.id and r.year = y.year)) then 'late'
    when ${TODAY} < m.starts_on then 'planned'
    else 'in_progress' end`;

const SOURCES: Record<Indicator, Source> = {
  registered_victims: registration(sql``),
  // Of those registered, the people who accepted the help offered: at least one service was given.
  accepted_help: registration(sql`and c.first_service_on is not null`),
  people_served: services(sql`count(distinct s.person_id)`),
  services_given: services(records, sql`s.type`),
  cases_opened: openedCases(sql`${caseRows} where true`, caseDims.crimeType),
  exploitation_forms: openedCases(
    sql`${caseRows} cross join lateral jsonb_array_elements_text(coalesce(c.facts->'exploitationForms', '[]'::jsonb)) as f(form)
      where c.kind = 'trafficking'`,
    sql`f.form`,
  ),
  // Presumed until a final decision: identified or not identified.
  trafficking_identification: openedCases(
    sql`${caseRows} where c.kind = 'trafficking'`,
    sql`case when c.identification->>'outcome' in ('identified', 'not_identified') then c.identification->>'outcome' else 'presumed' end`,
  ),
  cooperation_decisions: {
    from: sql`${caseRows} where c.cooperation is not null`,
    period: between(sql`(c.cooperation->>'decidedOn')::date`),
    measure: records,
    own: onTeam,
    dims: caseDims,
    breakdowns: { default: sql`c.cooperation->>'outcome'`, ...caseDims },
  },
  reflection_periods: {
    from: sql`${caseRows} where c.reflection_starts_on is not null`,
    period: between(sql`c.reflection_starts_on`),
    measure: records,
    own: onTeam,
    dims: caseDims,
    breakdowns: { ...caseDims, month: month(sql`c.reflection_starts_on`) },
  },
  returns: {
    from: sql`case_returns r join ${caseRows} on c.id = r.case_id where r.status = 'returned'`,
    period: between(sql`r.travel_on`),
    measure: records,
    own: (o) => sql`r.organisation_id = ${o}`,
    dims: caseDims,
    breakdowns: { default: caseDims.pathway, ...caseDims, organisation: sql`r.organisation_id::text` },
  },
  // By the kind of institution that first met the person, and what became of the referral.
  referrals: {
    from: sql`referrals rf join ${caseRows} on c.id = rf.case_id where true`,
    period: within(sql`rf.sent_at`),
    measure: records,
    own: (o) => sql`(rf.from_organisation_id = ${o} or rf.to_organisation_id = ${o})`,
    dims: caseDims,
    breakdowns: {
      default: sql`(c.facts->>'firstContactKind') || ' / ' || rf.status`,
      ...caseDims,
      organisation: sql`rf.to_organisation_id::text`,
    },
  },
  // The median number of days from meeting the person to their first service, by the day of that service.
  days_to_first_service: {
    from: sql`${caseRows} where c.first_service_on is not null and c.facts ? 'metAt'`,
    period: between(sql`c.first_service_on`),
    measure: sql`coalesce(percentile_cont(0.5) within group (order by c.first_service_on - ${dayOf(sql`(c.facts->>'metAt')::timestamptz`)}), 0)`,
    own: onTeam,
    dims: caseDims,
    breakdowns: caseDims,
  },
  // Not about a person or a case: the person filters do not apply.
  consultations: {
    from: sql`consultations k cross join lateral jsonb_array_elements_text(k.topics) as tp(topic) where true`,
    period: between(sql`k.on`),
    measure: records,
    own: (o) => sql`k.organisation_id = ${o}`,
    dims: {},
    breakdowns: { default: sql`tp.topic`, month: month(sql`k.on`) },
  },
  // Trainings of professionals (seed 003), not about a person: the people who took part, by profession.
  training_participants: training(sql`coalesce(sum(a.participants), 0)`),
  // Trainings held; one for two professions counts once for each, and once in the total.
  trainings: training(sql`count(distinct t.id)`),
  awareness_activities: awareness(records),
  awareness_reach: awareness(sql`coalesce(sum(w.reach), 0)`),
  // Measures of the national action plan running at some time in the period, by their state today
  // (programme/rules.ts `measureState` says the same for one measure; a test keeps the two together).
  action_plan_measures: {
    from: sql`action_plan_measures m cross join lateral (select ${MEASURE_STATE} as state) st where true`,
    period: (from, to) => sql`m.starts_on <= ${to}::date and m.deadline >= ${from}::date`,
    measure: records,
    own: (o) => sql`(m.responsible_id = ${o} or m.co_responsible_ids @> jsonb_build_array(${o}::text))`,
    dims: {},
    breakdowns: { default: sql`st.state`, organisation: sql`m.responsible_id::text` },
  },
};

/** The indicator's rows in the period, filtered and limited to the organisation when one is given. */
function where(source: Source, f: StatisticsFilter, organisationId: string | null) {
  const parts: SQL[] = [source.period(f.from, f.to)];
  if (organisationId) parts.push(source.own(organisationId));
  for (const dimension of ['sex', 'ageBand', 'pathway', 'municipality', 'crimeType'] as const) {
    const value = f[dimension];
    const column = source.dims[dimension];
    if (value && column) parts.push(sql`${column} = ${value}`);
  }
  if (f.serviceType && source.serviceType) parts.push(sql`${source.serviceType} = ${f.serviceType}`);
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
  const key = by ? source.breakdowns[by] : source.breakdowns.default;
  if (by && !key) {
    throw new AppError('validation_failed', `query.by: ${indicator} has no breakdown by ${by}`, [
      {
        field: 'query.by',
        message: `not a breakdown of ${indicator}; use one of: ${breakdownsOf(indicator).join(', ')}`,
      },
    ]);
  }
  const base = sql`from ${source.from} and ${where(source, f, organisationId)}`;
  return {
    total: sql`select ${source.measure} as value ${base}`,
    rows: key
      ? sql`select coalesce((${key})::text, 'unknown') as key, ${source.measure} as value ${base} group by 1 order by 2 desc, 1`
      : null,
  };
}

/**
 * Each person served in the period once, with the facts the yearly table and the public page split
 * people by: a child is a person served as a child on any of their cases.
 */
function servedPeople(f: StatisticsFilter, organisationId: string | null) {
  const served = SOURCES.people_served;
  return sql`select s.person_id, bool_or(s.child) as child, min(s.sex) as sex, min(s.age_band) as age_band,
      bool_or(s.disability) as disability, bool_or(s.anonymous) as anonymous, count(*) as services
    from ${served.from} and ${where(served, f, organisationId)} group by s.person_id`;
}

/**
 * The yearly table of seed 002 in one query. People served are counted once however many services
 * they had; a child is a person served as a child, women and men are the adults by sex.
 */
export function seedTableQuery(f: StatisticsFilter, organisationId: string | null) {
  const registered = SOURCES.registered_victims;
  const accepted = SOURCES.accepted_help;
  return sql`with served as (${servedPeople(f, organisationId)})
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

/**
 * People served by age group and sex, each person in one cell: the children of the yearly table are
 * the first row whatever their age band, so the two tables add up to each other, and the adults are
 * grouped by age band.
 */
export function servedBySexAndAgeQuery(f: StatisticsFilter, organisationId: string | null) {
  return sql`with served as (${servedPeople(f, organisationId)})
    select
      case when child then '0-17' when age_band in ('18-24', '25-34') then '18-34'
        when age_band in ('35-44', '45-54') then '35-54' when age_band in ('55-64', '65+') then '55+'
        else 'unknown' end as age_group,
      case when sex in ('female', 'male') then sex else 'other' end as sex,
      count(*) as value
    from served group by 1, 2`;
}
