import { sql } from 'drizzle-orm';
import type { Db } from '../src/platform/db.ts';
import { breakdownsOf } from '../src/statistics/indicators.ts';
import { INDICATORS, type StatisticsFilter } from '../src/statistics/model.ts';
import { publicStatistics } from '../src/statistics/public.ts';
import { breakdown, seedTable } from '../src/statistics/store.ts';

// Every indicator, whole and by each of its breakdowns, for one year, timed on the database given.

async function timed(run: () => Promise<unknown>, times = 3) {
  await run();
  const runs: number[] = [];
  for (let i = 0; i < times; i++) {
    const t0 = performance.now();
    await run();
    runs.push(performance.now() - t0);
  }
  return runs.sort((a, b) => a - b)[Math.floor(times / 2)]!;
}

export async function statisticsTimings(db: Db, year: number) {
  const rows = (await db.execute(
    sql`select (select count(*) from cases) as cases, (select count(*) from services_given) as services`,
  )) as unknown as { rows: { cases: string; services: string }[] };
  const f: StatisticsFilter = { from: `${year}-01-01`, to: `${year}-12-31` };
  const figures: { name: string; ms: number }[] = [
    { name: `seed-002 table ${year}`, ms: await timed(() => seedTable(db, f, null)) },
    { name: `public statistics ${year} (suppressed)`, ms: await timed(() => publicStatistics(db, f, 5)) },
  ];
  for (const indicator of INDICATORS) {
    figures.push({ name: indicator, ms: await timed(() => breakdown(db, indicator, undefined, f, null)) });
    for (const by of breakdownsOf(indicator)) {
      figures.push({
        name: `${indicator} by ${by}`,
        ms: await timed(() => breakdown(db, indicator, by, f, null)),
      });
    }
  }
  return { cases: Number(rows.rows[0]!.cases), services: Number(rows.rows[0]!.services), figures };
}
