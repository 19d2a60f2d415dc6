// `npm run generate -- --profile 2023`: a realistic year through the app's own verbs (any database).
// `npm run generate -- --cases 1000000 [--years 2016-2025]`: national scale into PostgreSQL with COPY.
import { parseArgs } from 'node:util';
import { SingleBar } from 'cli-progress';
import { organisations } from '../../access/tables.ts';
import { bulkGenerate } from '../../statistics/generate/bulk.ts';
import { isVictimSupportService } from '../../statistics/generate/domain.ts';
import { PROFILES } from '../../statistics/generate/profile.ts';
import { generateYear } from '../../statistics/generate/year.ts';
import { loadConfig } from '../config.ts';
import { prepare } from '../server.ts';

const { values } = parseArgs({
  options: {
    profile: { type: 'string' },
    cases: { type: 'string' },
    years: { type: 'string', default: '2016-2025' },
    seed: { type: 'string' },
  },
});

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

const config = loadConfig();
if (config.env === 'production')
  fail('Generated records are for demonstration and testing databases, never production.');
if (!values.profile === !values.cases) fail('Give either --profile 2023 or --cases <number>.');
const profile =
  PROFILES[values.profile ?? '2023'] ??
  fail(`No profile ${values.profile}; known: ${Object.keys(PROFILES).join(', ')}.`);
// Outside a terminal (a CI log) the bar prints a line every few seconds instead of redrawing.
const bar = new SingleBar({
  format: ' {bar} {percentage}% | {value}/{total} | {eta_formatted} left',
  hideCursor: true,
  noTTYOutput: true,
  notTTYSchedule: 5_000,
});
const started = await prepare(config, {}, () => {});
const { services } = started;
const t0 = performance.now();
try {
  if (values.profile) {
    console.log(
      `Generating the ${profile.year} profile (${profile.registered} people) through the app's verbs…`,
    );
    bar.start(profile.registered, 0);
    await generateYear(services, profile, {
      ...(values.seed ? { seed: Number(values.seed) } : {}),
      onProgress: (done) => bar.update(done),
    });
  } else {
    if (config.database.kind !== 'postgres') fail('National scale needs PostgreSQL: set DATABASE_URL.');
    const cases = Number(values.cases);
    const years = values.years.split('-').map(Number) as [number, number];
    if (!Number.isInteger(cases) || cases < 1 || cases > 10_000_000)
      fail('--cases is a whole number from 1 to 10,000,000.');
    if (years.length !== 2 || !(years[0] <= years[1])) fail('--years is a span such as 2016-2025.');
    const all = await services.database.db.select().from(organisations);
    const supportServices = all.filter(isVictimSupportService).map((o) => o.id);
    console.log(`Generating ${cases.toLocaleString('en')} cases over ${years.join('–')} with COPY…`);
    bar.start(cases, 0);
    await bulkGenerate({
      url: config.database.url,
      keys: services.keys,
      cases,
      years,
      profile,
      supportServices,
      onProgress: (done) => bar.update(done),
    });
  }
  bar.stop();
  console.log(`Done in ${((performance.now() - t0) / 1000).toFixed(1)} s.`);
} catch (error) {
  bar.stop();
  console.error(`Generation failed: ${(error as Error).message}`);
  process.exitCode = 1;
} finally {
  await started.close();
}
