import { sql } from 'drizzle-orm';
import type { Db } from '../platform/db.ts';
import { AppError } from '../platform/errors.ts';
import { AnonymityK, anonymise, smallestClass } from './anonymity.ts';
import { HTCDS_COLUMNS, HTCDS_HIERARCHIES, HTCDS_QUASI_IDENTIFIERS, htcdsRowOf } from './htcds.ts';
import type { StatisticsFilter } from './model.ts';

// The case-level open-data file in the manner of the Counter Trafficking Data Collaborative: one row
// per trafficking case, in HTCDS 2.0 columns, generalised and thinned until every combination of
// quasi-identifiers describes at least k cases. No name, date of birth, exact date or free text is
// ever read for it.

type Source = {
  year: string;
  sex: 'female' | 'male' | 'other' | 'unknown';
  age_band: string;
  pathway: string;
  municipality: string | null;
  forms: string[] | null;
  indicators: string[] | null;
  outcome: string | null;
};

/** k from the request, else the configured one; k below 2 is refused with the reason. */
export function kOf(asked: number | undefined, configured: number) {
  const parsed = AnonymityK.safeParse(asked ?? configured);
  if (!parsed.success) {
    throw new AppError('validation_failed', `query.k: ${parsed.error.issues[0]!.message}`, [
      { field: 'query.k', message: parsed.error.issues[0]!.message },
    ]);
  }
  return parsed.data;
}

export async function openData(db: Db, f: StatisticsFilter, k: number) {
  const rows = (
    (await db.execute(sql`
      select to_char(c.created_at at time zone 'Europe/Vilnius', 'YYYY') as year, p.sex, p.age_band,
        p.citizenship_pathway as pathway, c.facts->>'municipality' as municipality,
        array(select jsonb_array_elements_text(coalesce(c.facts->'exploitationForms', '[]'::jsonb))) as forms,
        array(select jsonb_array_elements_text(coalesce(c.facts->'indicators', '[]'::jsonb))) as indicators,
        c.identification->>'outcome' as outcome
      from cases c join people p on p.id = c.person_id
      where c.kind = 'trafficking'
        and (c.created_at at time zone 'Europe/Vilnius')::date between ${f.from}::date and ${f.to}::date`)) as unknown as {
      rows: Source[];
    }
  ).rows;
  const records = rows.flatMap((r) => {
    const row = htcdsRowOf({
      yearOfRegistration: r.year,
      sex: r.sex,
      ageBand: r.age_band,
      citizenshipPathway: r.pathway,
      municipality: r.municipality ?? '',
      exploitationForms: r.forms ?? [],
      indicators: r.indicators ?? [],
      identified: r.outcome === 'identified',
      kind: 'trafficking',
    });
    return row ? [row] : [];
  });
  const result = anonymise(records, {
    quasiIdentifiers: HTCDS_QUASI_IDENTIFIERS,
    hierarchies: HTCDS_HIERARCHIES,
    k,
  });
  return {
    columns: [...HTCDS_COLUMNS],
    rows: result.rows,
    report: {
      ...result.report,
      period: { from: f.from, to: f.to },
      quasiIdentifiers: [...HTCDS_QUASI_IDENTIFIERS],
      smallestClass: smallestClass(result.rows, HTCDS_QUASI_IDENTIFIERS),
    },
  };
}
