import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { asc } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkDataset } from '../../src/directory/import.ts';
import { readShippedDirectory, readShippedOrganisations } from '../../src/directory/load.ts';
import { directoryServices } from '../../src/directory/tables.ts';
import type { Config } from '../../src/platform/config.ts';
import { prepare } from '../../src/platform/server.ts';
import { testConfig } from '../support/harness.ts';

const run = promisify(execFile);
const slugs = new Set(readShippedOrganisations().map((o) => o.slug));

async function importFile(folder: string, file: string) {
  try {
    const { stdout } = await run('npx', ['tsx', 'src/directory/import-command.ts', file], {
      env: { ...process.env, DATABASE_URL: '', ATRAMA_DATA_DIR: folder },
    });
    return { code: 0, out: stdout };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, out: failed.stdout + failed.stderr };
  }
}

describe('directory import', () => {
  let folder: string;
  let config: Config;
  const serviceSlugs = async () => {
    const started = await prepare(config, {}, () => {});
    try {
      const rows = await started.services.database.db
        .select({ slug: directoryServices.slug })
        .from(directoryServices)
        .orderBy(asc(directoryServices.slug));
      return rows.map((r) => r.slug);
    } finally {
      await started.close();
    }
  };

  beforeAll(async () => {
    folder = mkdtempSync(path.join(tmpdir(), 'atrama-import-'));
    config = testConfig({ kind: 'pglite', dataDir: path.join(folder, 'db') });
  });
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

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
    const file = path.join(folder, 'broken.json');
    writeFileSync(file, JSON.stringify(broken));
    const result = await importFile(folder, file);
    expect(result.code).not.toBe(0);
    expect(result.out).toContain('nothing was imported');
    expect(result.out).toContain('no-such-organisation');
    expect(await serviceSlugs()).toEqual(before);
  });

  it('replaces the directory with a sound dataset in one go', async () => {
    const smaller = readShippedDirectory();
    const dropped = smaller.services.pop()!;
    const file = path.join(folder, 'smaller.json');
    writeFileSync(file, JSON.stringify(smaller));
    const result = await importFile(folder, file);
    expect(result.code, result.out).toBe(0);
    expect(result.out).toContain(`Imported ${smaller.services.length} services`);
    const after = await serviceSlugs();
    expect(after).not.toContain(dropped.slug);
    expect(after).toHaveLength(smaller.services.length);
  });
});
