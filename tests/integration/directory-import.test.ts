import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { asc, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Config } from '../../src/app/config.ts';
import { prepare, type Started } from '../../src/app/server.ts';
import { checkDataset } from '../../src/directory/import.ts';
import { readShippedDirectory, readShippedOrganisations } from '../../src/directory/load.ts';
import { LANGUAGES } from '../../src/directory/model.ts';
import {
  directoryLocations,
  directoryServiceLocations,
  directoryServices,
  directoryWords,
} from '../../src/directory/tables.ts';
import type { Db } from '../../src/platform/db.ts';
import { type Backend, backends, freshPostgresDatabase, testConfig } from '../support/harness.ts';

const run = promisify(execFile);
const slugs = new Set(readShippedOrganisations().map((o) => o.slug));

/** A database of its own for the commands (run as separate processes) and for the app. */
async function commandDatabase(backend: Backend) {
  const folder = mkdtempSync(path.join(tmpdir(), 'atrama-import-'));
  const server = backend === 'postgres' ? await freshPostgresDatabase() : null;
  const config: Config = testConfig(
    server ? { kind: 'postgres', url: server.url } : { kind: 'pglite', dataDir: path.join(folder, 'db') },
    { loadDemo: false, logLevel: 'silent' },
  );
  const env = server ? { DATABASE_URL: server.url } : { DATABASE_URL: '', ATRAMA_DATA_DIR: folder };
  return {
    folder,
    /** Run a directory command; the embedded database is a folder only one process may open. */
    async command(name: 'import' | 'export', args: string[]) {
      try {
        const { stdout, stderr } = await run(
          'npx',
          ['tsx', `src/app/commands/directory-${name}.ts`, ...args],
          {
            env: { ...process.env, ...env },
          },
        );
        return { code: 0, out: stdout, err: stderr };
      } catch (error) {
        const failed = error as { code: number; stdout: string; stderr: string };
        return { code: failed.code, out: failed.stdout, err: failed.stderr };
      }
    },
    /** The app on the database, closed again before the next command. */
    async withApp<T>(use: (started: Started, db: Db) => Promise<T>): Promise<T> {
      const started = await prepare(config, {}, () => {});
      try {
        return await use(started, started.services.database.db);
      } finally {
        await started.close();
      }
    },
    async close() {
      rmSync(folder, { recursive: true, force: true });
      await server?.drop();
    },
  };
}

describe.each(backends())('reviewed directory import on %s', (backend) => {
  let target: Awaited<ReturnType<typeof commandDatabase>>;
  const serviceSlugs = () =>
    target.withApp(async (_started, db) =>
      (
        await db
          .select({ slug: directoryServices.slug })
          .from(directoryServices)
          .orderBy(asc(directoryServices.slug))
      ).map((r) => r.slug),
    );

  beforeAll(async () => {
    target = await commandDatabase(backend);
  });
  afterAll(() => target?.close());

  it('accepts the shipped dataset as it is', () => {
    expect(checkDataset(readShippedDirectory(), slugs).problems).toEqual([]);
  });

  it('reports every broken record with its field and reason, and imports nothing', async () => {
    const before = await serviceSlugs();
    const broken = structuredClone(readShippedDirectory()) as unknown as {
      services: Record<string, unknown>[];
      needs: unknown[];
    };
    (broken.services[0]!.name as { lt: string }).lt = '';
    broken.services[1]!.organisation = 'no-such-organisation';
    broken.services[2]!.slug = broken.services[3]!.slug;
    broken.services[4]!.needs = ['time_travel'];
    broken.services[5]!.phones = 'call us';
    const { problems } = checkDataset(broken, slugs);
    const lines = problems.map((p) => `${p.record} › ${p.field}`);
    expect(lines).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^services\[0\].* › name\.lt$/),
        expect.stringMatching(/^services\[1\].* › organisation$/),
        expect.stringMatching(/^services\[3\].* › slug$/),
        expect.stringMatching(/^services\[4\].* › needs\.0$/),
        expect.stringMatching(/^services\[5\].* › phones$/),
      ]),
    );
    const file = path.join(target.folder, 'broken.json');
    writeFileSync(file, JSON.stringify(broken));
    const result = await target.command('import', [file]);
    expect(result.code).not.toBe(0);
    expect(result.err).toContain('nothing was imported');
    expect(result.err).toContain('no-such-organisation');
    expect(await serviceSlugs()).toEqual(before);
  });

  it('replaces the directory with a sound dataset in one go', async () => {
    const smaller = readShippedDirectory();
    const dropped = smaller.services.pop()!;
    const file = path.join(target.folder, 'smaller.json');
    writeFileSync(file, JSON.stringify(smaller));
    const result = await target.command('import', [file]);
    expect(result.code, result.err).toBe(0);
    expect(result.out).toContain(`Imported ${smaller.services.length} services`);
    const after = await serviceSlugs();
    expect(after).not.toContain(dropped.slug);
    expect(after).toHaveLength(smaller.services.length);
  });
});

// Each of these runs the real commands, several Node processes each: slow on a busy machine.
const CLI_TIMEOUT = 240_000;

type HsdsFile = {
  services: ({ id: string; description: string; phones: { number: string }[] } & Record<string, unknown>)[];
};

describe.each(backends())('HSDS directory import on %s', (backend) => {
  let target: Awaited<ReturnType<typeof commandDatabase>>;
  const file = (lang: string) => path.join(target.folder, `export-${lang}.json`);
  const readExport = (lang: string) => JSON.parse(readFileSync(file(lang), 'utf8')) as HsdsFile;
  const snapshot = () =>
    target.withApp(async (_started, db) => ({
      services: await db.select().from(directoryServices).orderBy(asc(directoryServices.id)),
      locations: await db.select().from(directoryLocations).orderBy(asc(directoryLocations.id)),
      links: await db.select().from(directoryServiceLocations).orderBy(asc(directoryServiceLocations.id)),
      words: await db.select().from(directoryWords).orderBy(asc(directoryWords.word)),
    }));
  /** Every service row as PostgreSQL prints it: any change at all, a check time included, shows. */
  const servicesAsText = () =>
    target.withApp(async (_started, db) => {
      const result = await db.execute(sql`select s::text as row from directory_services s order by s.id`);
      return (result as unknown as { rows: { row: string }[] }).rows.map((r) => r.row);
    });

  beforeAll(async () => {
    target = await commandDatabase(backend);
  });
  afterAll(() => target?.close());

  it(
    'reads its own export of every language back without changing any service',
    async () => {
      const before = await snapshot();
      expect(before.services.length).toBeGreaterThan(10);
      for (const lang of LANGUAGES) {
        const exported = await target.command('export', ['--lang', lang, '--out', file(lang)]);
        expect(exported.code, exported.err).toBe(0);
      }
      const result = await target.command('import', LANGUAGES.map(file));
      expect(result.code, result.err).toBe(0);
      expect(result.out).toContain(
        `Imported ${before.services.length} services: 0 updated, 0 added, ${before.services.length} unchanged`,
      );
      expect(result.out).toContain('0 texts fell back to English');
      const after = await snapshot();
      const content = ({ lastCheckedAt: _checked, ...row }: (typeof before.services)[number]) => row;
      expect(after.services.map(content)).toEqual(before.services.map(content));
      // An import is a check of every service in it.
      for (const [i, row] of after.services.entries()) {
        expect(row.lastCheckedAt.getTime()).toBeGreaterThan(before.services[i]!.lastCheckedAt.getTime());
      }
      expect([after.locations, after.links, after.words]).toEqual([
        before.locations,
        before.links,
        before.words,
      ]);
    },
    CLI_TIMEOUT,
  );

  it(
    'imports a changed phone and English description, and keeps the service’s confidential location',
    async () => {
      const [shelter] = await target.withApp((_started, db) =>
        db
          .select({ serviceId: directoryServiceLocations.serviceId, locationId: directoryLocations.id })
          .from(directoryServiceLocations)
          .innerJoin(directoryLocations, eq(directoryLocations.id, directoryServiceLocations.locationId))
          .where(eq(directoryLocations.confidential, true)),
      );
      expect(shelter).toBeDefined();
      const changed: string[] = [];
      for (const lang of LANGUAGES) {
        const dataset = readExport(lang);
        const service = dataset.services.find((s) => s.id === shelter!.serviceId)!;
        service.phones[0]!.number = '+370 600 12345';
        if (lang === 'en') service.description = 'A safe place to stay; call the line to be met.';
        const edited = path.join(target.folder, `edited-${lang}.json`);
        writeFileSync(edited, JSON.stringify(dataset));
        changed.push(edited);
      }
      const result = await target.command('import', changed);
      expect(result.code, result.err).toBe(0);
      expect(result.out).toContain('1 updated, 0 added');
      const lithuanian = readExport('lt').services.find((s) => s.id === shelter!.serviceId)!.description;
      await target.withApp(async (started, db) => {
        const read = async (lang: string) =>
          (
            await started.app.inject({
              method: 'GET',
              url: `/hsds/services/${shelter!.serviceId}?lang=${lang}`,
            })
          ).json() as { description: string; phones: { number: string }[] };
        const english = await read('en');
        expect(english.description).toBe('A safe place to stay; call the line to be met.');
        expect(english.phones.map((p) => p.number)).toEqual(['+370 600 12345']);
        expect((await read('lt')).description).toBe(lithuanian);
        const links = await db
          .select()
          .from(directoryServiceLocations)
          .where(eq(directoryServiceLocations.locationId, shelter!.locationId));
        expect(links.map((l) => l.serviceId)).toEqual([shelter!.serviceId]);
      });
    },
    CLI_TIMEOUT,
  );

  it(
    'unlinks a place dropped from a service, and removes the place once no service uses it',
    async () => {
      type Linked = { service_at_locations: { location_id: string }[] };
      const busiest = (readExport('en').services as unknown as (Linked & { id: string })[]).reduce((a, b) =>
        b.service_at_locations.length > a.service_at_locations.length ? b : a,
      );
      const place = busiest.service_at_locations[0]!.location_id;
      const edited = LANGUAGES.map((lang) => {
        const dataset = readExport(lang);
        const service = dataset.services.find((s) => s.id === busiest.id) as unknown as Linked;
        service.service_at_locations = service.service_at_locations.filter((l) => l.location_id !== place);
        const out = path.join(target.folder, `unlinked-${lang}.json`);
        writeFileSync(out, JSON.stringify(dataset));
        return out;
      });
      const result = await target.command('import', edited);
      expect(result.code, result.err).toBe(0);
      await target.withApp(async (_started, db) => {
        const links = await db
          .select()
          .from(directoryServiceLocations)
          .where(eq(directoryServiceLocations.serviceId, busiest.id));
        expect(links).toHaveLength(busiest.service_at_locations.length - 1);
        expect(await db.select().from(directoryLocations).where(eq(directoryLocations.id, place))).toEqual(
          [],
        );
      });
    },
    CLI_TIMEOUT,
  );

  it(
    'rejects a broken dataset with a report per record and changes nothing',
    async () => {
      const before = await servicesAsText();
      const broken = ['lt', 'en'].map((lang) => {
        const dataset = readExport(lang);
        const [nameless, orphan, untagged, late] = dataset.services as Record<string, unknown>[];
        if (lang === 'en') delete nameless!.name;
        orphan!.organization_id = '00000000-0000-4000-8000-00000000000a';
        (untagged!.attributes as { taxonomy_term_id: string }[])[0]!.taxonomy_term_id =
          '00000000-0000-4000-8000-00000000000b';
        late!.schedules = [
          {
            id: '00000000-0000-4000-8000-00000000000c',
            freq: 'WEEKLY',
            byday: 'MO',
            opens_at: '24:30',
            closes_at: '18:00',
          },
        ];
        const edited = path.join(target.folder, `broken-${lang}.json`);
        writeFileSync(edited, JSON.stringify(dataset));
        return { edited, ids: [nameless!.id, orphan!.id, untagged!.id, late!.id] as string[] };
      });
      const result = await target.command(
        'import',
        broken.map((b) => b.edited),
      );
      expect(result.code).toBe(1);
      expect(result.err).toContain('nothing was imported');
      const [nameless, orphan, untagged, late] = broken[1]!.ids;
      for (const pattern of [
        `services[0] (id ${nameless}) › name: is required`,
        `services[1] (id ${orphan}, "`,
        '› organization_id: no organisation 00000000-0000-4000-8000-00000000000a',
        `services[2] (id ${untagged}, "`,
        '› attributes.0.taxonomy_term_id: 00000000-0000-4000-8000-00000000000b is neither',
        `services[3] (id ${late}, "`,
        '› schedules.0.opens_at: must be a time',
      ]) {
        expect(result.err).toContain(pattern);
      }
      expect(await servicesAsText()).toEqual(before);
    },
    CLI_TIMEOUT,
  );
});
