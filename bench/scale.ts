import { organisations } from '../src/access/tables.ts';
import { openDatabase } from '../src/app/database.ts';
import { prepare } from '../src/app/server.ts';
import { bulkGenerate } from '../src/statistics/generate/bulk.ts';
import { isVictimSupportService } from '../src/statistics/generate/domain.ts';
import { PROFILES } from '../src/statistics/generate/profile.ts';
import { freshPostgresDatabase, testConfig } from '../tests/support/harness.ts';

/**
 * The database statistics are timed on: BENCH_STATISTICS_URL when given (filled beforehand with
 * `npm run generate -- --cases 1000000`), else, with DATABASE_URL, a fresh one filled here with
 * BENCH_STATISTICS_CASES cases (100,000 by default); none without PostgreSQL.
 */
export async function statisticsDatabase(cleanups: (() => Promise<void>)[]) {
  const given = process.env.BENCH_STATISTICS_URL;
  if (given) {
    const database = await openDatabase({ kind: 'postgres', url: given });
    await database.migrate();
    return { db: database.db, filled: null, close: () => database.close() };
  }
  if (!process.env.DATABASE_URL) return null;
  const fresh = await freshPostgresDatabase();
  cleanups.push(fresh.drop);
  const started = await prepare(
    testConfig({ kind: 'postgres', url: fresh.url }, { loadDemo: false, logLevel: 'silent' }),
    {},
    () => {},
  );
  const { db } = started.services.database;
  const supportServices = (await db.select().from(organisations))
    .filter(isVictimSupportService)
    .map((o) => o.id);
  const t0 = performance.now();
  await bulkGenerate({
    url: fresh.url,
    keys: started.services.keys,
    cases: Number(process.env.BENCH_STATISTICS_CASES ?? 100_000),
    years: [2016, 2025],
    profile: PROFILES['2023']!,
    supportServices,
    onProgress: () => {},
  });
  return { db, filled: ((performance.now() - t0) / 1000).toFixed(0), close: () => started.close() };
}
