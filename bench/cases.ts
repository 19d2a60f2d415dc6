// Case figures for npm run bench: the duplicate check against 100,000 people, measured in-process on
// the server side, and the data a case page needs for the HTTP load test.
import { randomUUID } from 'node:crypto';
import { type SQL, sql } from 'drizzle-orm';
import { matchKeysOf } from '../src/cases/duplicates.ts';
import { casesMatching, setMatchKeys } from '../src/cases/store.ts';
import type { Db } from '../src/platform/db.ts';
import { percentiles } from './percentiles.ts';

const NAMES: [string, string, string][] = [
  ['Юлія Коваленко', 'Yuliia Kovalenko', '1994-03-02'],
  ['Олександр Шевченко', 'Oleksandr Ševčenko', '1988-11-20'],
  ['Aziz Karimov', 'Азиз Каримов', '1991-05-04'],
  ['Šarūnė Jonaitytė', 'Sarune Jonaityte', '2001-01-15'],
];

/** Both drivers answer raw SQL with `rows`. */
const ids = async (db: Db, query: SQL) =>
  ((await db.execute(query)) as unknown as { rows: { id: string }[] }).rows;

/**
 * `count` people with cases and matching keys, written in bulk by the database (keys of random
 * material), plus the named people above through the same code the intake uses.
 */
export async function seedPeople(db: Db, blindIndexKey: Buffer, count: number) {
  const [org] = await ids(db, sql`select id from organisations order by slug limit 1`);
  await db.execute(sql`
    with p as (
      insert into people (organisation_id, sex, age_band, citizenship_pathway)
      select ${org!.id}, 'female', '25-34', 'third_country' from generate_series(1, ${count - NAMES.length})
      returning id
    ), k as (
      insert into person_match_keys (person_id, key)
      select id, encode(sha256(convert_to(id::text, 'UTF8')), 'hex') from p
    )
    insert into cases (reference, kind, state, person_id, origin_organisation_id, child, facts)
    select 'BENCH-' || id, 'trafficking', 'presumed', id, ${org!.id}, false, '{}'::jsonb from p`);
  for (const [name] of NAMES) {
    const [person] = await ids(
      db,
      sql`insert into people (organisation_id, sex, age_band, citizenship_pathway) values (${org!.id}, 'female', '25-34', 'third_country') returning id`,
    );
    await db.execute(
      sql`insert into cases (reference, kind, state, person_id, origin_organisation_id, child, facts) values (${`BENCH-${person!.id}`}, 'trafficking', 'presumed', ${person!.id}, ${org!.id}, false, '{}'::jsonb)`,
    );
    const [given, family] = name.split(' ') as [string, string];
    const birth = NAMES.find(([n]) => n === name)![2];
    await setMatchKeys(
      db,
      person!.id,
      matchKeysOf(blindIndexKey, { givenName: given, familyName: family, birthDate: birth }),
    );
  }
  await db.execute(sql`analyze people, cases, person_match_keys`);
}

/** The duplicate check as intake runs it: keys from the name, then the lookup; half the names exist. */
export async function duplicateCheckLatency(db: Db, blindIndexKey: Buffer, rounds: number) {
  const times: number[] = [];
  let found = 0;
  for (let i = 0; i < rounds; i++) {
    const [, variant, birth] = NAMES[i % NAMES.length]!;
    const [given, family] = (i % 2 === 0 ? variant : `Nobody${i} Unknown`).split(' ') as [string, string];
    const started = performance.now();
    const keys = matchKeysOf(blindIndexKey, { givenName: given, familyName: family, birthDate: birth });
    const matches = await casesMatching(db, keys, randomUUID());
    times.push(performance.now() - started);
    if (matches.length > 0) found++;
  }
  return { ...percentiles(times), found };
}
