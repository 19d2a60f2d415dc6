import type { FastifyInstance } from 'fastify';
import { assignNationalContactPoint } from '../cases/organisations.ts';
import { loadDemoIfEmpty } from '../demo/load.ts';
import { loadShippedDirectoryIfEmpty } from '../directory/load.ts';
import { type Config, DEFAULT_NATIONAL_CONTACT_POINT } from './config.ts';
import { checkKeysMatchDatabase } from './crypto/key-check.ts';
import { loadKeys } from './crypto/keys.ts';
import { openDatabase } from './db.ts';
import { type AppOptions, buildApp } from './http/app.ts';
import type { Services } from './http/context.ts';

export type Started = {
  app: FastifyInstance;
  services: Services;
  demoLoaded: boolean;
  close(): Promise<void>;
};

/** Open the database, migrate, load demo data where allowed, and build the app (not yet listening). */
export async function prepare(
  config: Config,
  options: AppOptions = {},
  warn = console.warn,
): Promise<Started> {
  const keys = loadKeys(config, warn);
  const database = await openDatabase(config.database);
  try {
    await database.migrate();
    await checkKeysMatchDatabase(database.db, keys);
    // The organisations and the directory of help are public facts: they load everywhere.
    await loadShippedDirectoryIfEmpty(database.db);
    await assignNationalContactPoint(
      database.db,
      config.nationalContactPoint ?? DEFAULT_NATIONAL_CONTACT_POINT,
    );
    const services: Services = { database, keys, config };
    const demoLoaded = config.loadDemo ? await loadDemoIfEmpty(services) : false;
    const app = await buildApp(services, options);
    return {
      app,
      services,
      demoLoaded,
      close: async () => {
        await app.close();
        await database.close();
      },
    };
  } catch (error) {
    await database.close();
    throw error;
  }
}
