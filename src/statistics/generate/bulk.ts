import { randomUUID } from 'node:crypto';
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { sealIdentity, wrapNewKey } from '../../people/store.ts';
import type { Keys } from '../../platform/crypto/keys.ts';
import { planYear } from './plan.ts';
import type { Profile } from './profile.ts';
import { seeded } from './random.ts';

// National scale: a million cases and some six million services straight into PostgreSQL with COPY,
// shaped like the profile year after year. Rows are what the verbs would write (people with sealed
// identities under their own keys, cases, the support service on each team, services given), so the
// indicators and the case pages read them like any other; no timeline or audit entries are made.

const TABLES = {
  people:
    'people (id, organisation_id, sex, age_band, citizenship_pathway, disability, sealed_identity, blind_index, created_at, updated_at)',
  person_keys: 'person_keys (person_id, wrapped_key, created_at)',
  cases:
    'cases (id, reference, kind, state, person_id, origin_organisation_id, child, facts, created_at, updated_at, registered_on, registered_by, first_service_on)',
  case_team: 'case_team (case_id, organisation_id, role, joined_at)',
  services_given:
    'services_given (id, case_id, organisation_id, type, given_on, minutes, amount_eur, mode, created_at, person_id, sex, age_band, pathway, child, disability, anonymous, municipality, crime_type)',
} as const;

/** One value in COPY's text format. */
function field(value: unknown): string {
  if (value === null || value === undefined) return '\\N';
  if (Buffer.isBuffer(value)) return `\\\\x${value.toString('hex')}`;
  const text = typeof value === 'object' ? JSON.stringify(value) : String(value);
  return text.replace(/\\/g, '\\\\').replace(/\t/g, '\\t').replace(/\n/g, '\\n').replace(/\r/g, '\\r');
}
const line = (values: unknown[]) => `${values.map(field).join('\t')}\n`;

async function write(stream: Writable, text: string) {
  if (!stream.write(text)) await once(stream, 'drain');
}

const ageBandOf = (age: number) =>
  age < 14
    ? '0-13'
    : age < 18
      ? '14-17'
      : age < 25
        ? '18-24'
        : age < 35
          ? '25-34'
          : age < 45
            ? '35-44'
            : age < 55
              ? '45-54'
              : age < 65
                ? '55-64'
                : '65+';

export type BulkOptions = {
  url: string;
  keys: Keys;
  cases: number;
  /** The years the cases are spread over, the last one included. */
  years: [number, number];
  profile: Profile;
  supportServices: string[];
  onProgress: (done: number) => void;
};

/** Writes the cases year by year, one COPY per table per year, in one transaction each. */
export async function bulkGenerate(o: BulkOptions) {
  const client = new pg.Client({ connectionString: o.url });
  await client.connect();
  const years = o.years[1] - o.years[0] + 1;
  let reference = Number((await client.query("select nextval('case_reference_seq') as n")).rows[0].n);
  let done = 0;
  try {
    for (let y = 0; y < years; y++) {
      const year = o.years[0] + y;
      const count = Math.floor(o.cases / years) + (y < o.cases % years ? 1 : 0);
      const scale = count / o.profile.registered;
      const planned = planYear(
        {
          ...o.profile,
          year,
          registered: count,
          accepted: Math.round(o.profile.accepted * scale),
          children: Math.round(o.profile.children * scale),
          men: Math.round(o.profile.men * scale),
          women:
            Math.round(o.profile.accepted * scale) -
            Math.round(o.profile.children * scale) -
            Math.round(o.profile.men * scale),
          withDisability: Math.round(o.profile.withDisability * scale),
          anonymous: Math.round(o.profile.anonymous * scale),
          services: Math.round(o.profile.services * scale),
        },
        seeded(year),
      );
      const buffers: Record<keyof typeof TABLES, string[]> = {
        people: [],
        person_keys: [],
        cases: [],
        case_team: [],
        services_given: [],
      };
      for (const [i, person] of planned.entries()) {
        const personId = randomUUID();
        const caseId = randomUUID();
        const service = o.supportServices[i % o.supportServices.length]!;
        const at = `${person.metOn} 09:00:00+02`;
        const { dataKey, wrappedKey } = wrapNewKey(o.keys, personId);
        const sealed = person.anonymous
          ? { sealedIdentity: null, blindIndex: null }
          : sealIdentity(o.keys, personId, { givenName: `Person ${i}`, familyName: `Y${year}` }, dataKey);
        buffers.people.push(
          line([
            personId,
            service,
            person.sex,
            ageBandOf(person.age),
            'lithuanian',
            person.disability,
            sealed.sealedIdentity,
            sealed.blindIndex,
            at,
            at,
          ]),
        );
        buffers.person_keys.push(line([personId, wrappedKey, at]));
        buffers.cases.push(
          line([
            caseId,
            `ATR-${year}-${String(reference++).padStart(6, '0')}`,
            person.kind,
            person.kind === 'trafficking' ? 'assistance' : person.accepted ? 'services' : 'rights_informed',
            personId,
            service,
            person.child,
            {
              metAt: `${person.metOn}T09:00:00+02:00`,
              municipality: person.municipality,
              placeNote: null,
              firstContactKind: person.firstContactKind,
              exploitationForms: person.exploitationForms,
              otherCrime: person.otherCrime,
              indicators: [],
              age: person.age,
              citizenship: 'LT',
              languages: ['lt'],
              interpreterNeeded: false,
              urgentNeeds: [],
            },
            at,
            at,
            person.metOn,
            service,
            person.services[0]?.givenOn ?? null,
          ]),
        );
        buffers.case_team.push(line([caseId, service, 'support_service', `${person.metOn} 10:00:00+02`]));
        for (const s of person.services) {
          buffers.services_given.push(
            line([
              randomUUID(),
              caseId,
              service,
              s.type,
              s.givenOn,
              s.minutes ?? null,
              s.amountEur ?? null,
              s.mode,
              at,
              // The copies the database would make (migration 0014), given here so COPY need not look them up.
              personId,
              person.sex,
              ageBandOf(person.age),
              'lithuanian',
              person.child,
              person.disability,
              person.anonymous,
              person.municipality,
              person.kind === 'trafficking' ? 'trafficking' : person.otherCrime,
            ]),
          );
        }
      }
      // One connection, one COPY at a time, in the order the foreign keys need.
      await client.query('begin');
      for (const [name, columns] of Object.entries(TABLES) as [keyof typeof TABLES, string][]) {
        const stream: Writable = client.query(copyFrom(`copy ${columns} from stdin`));
        for (const text of buffers[name]) await write(stream, text);
        stream.end();
        await once(stream, 'finish');
      }
      await client.query('commit');
      done += count;
      o.onProgress(done);
    }
    await client.query(`select setval('case_reference_seq', ${reference})`);
    // Vacuumed as well as analysed: index-only scans need the visibility map a fresh COPY lacks.
    await client.query('vacuum analyze people, cases, case_team, services_given');
  } catch (error) {
    await client.query('rollback').catch(() => {});
    throw error;
  } finally {
    await client.end();
  }
}
