import type { FastifyInstance } from 'fastify';
import { accountsReceivingMail } from '../alerts/store.ts';
import { assignNationalContactPoint } from '../cases/organisations.ts';
import { loadDemoIfEmpty } from '../demo/load.ts';
import { loadShippedDirectoryIfEmpty } from '../directory/load.ts';
import { checkKeysMatchDatabase } from '../platform/crypto/key-check.ts';
import { loadKeys } from '../platform/crypto/keys.ts';
import type { Services } from '../platform/http/context.ts';
import { type Config, DEFAULT_NATIONAL_CONTACT_POINT } from './config.ts';
import { openDatabase } from './database.ts';
import { type AppOptions, buildApp } from './http.ts';
import { scrapeThroughPrimary } from './metrics.ts';

export type Started = {
  app: FastifyInstance;
  services: Services;
  demoLoaded: boolean;
  close(): Promise<void>;
};

export type SetUp = { services: Services; demoLoaded: boolean };

/**
 * The work done once per start, before anything is served: open the database, migrate, check the
 * keys, load the directory, name the national point of contact and load demo data where allowed.
 * The database stays open in the services answered.
 */
export async function setUp(config: Config, warn = console.warn): Promise<SetUp> {
  const keys = loadKeys(config, warn);
  const database = await openDatabase(config.database, warn);
  try {
    await database.migrate();
    await checkKeysMatchDatabase(database.db, keys);
    // The organisations and the directory of help are public facts: they load everywhere.
    await loadShippedDirectoryIfEmpty(database.db);
    await assignNationalContactPoint(
      database.db,
      config.nationalContactPoint ?? DEFAULT_NATIONAL_CONTACT_POINT,
    );
    if (config.env === 'production' && !config.mail.smtpUrl) {
      const accounts = await accountsReceivingMail(database.db);
      if (accounts > 0) {
        throw new Error(
          `${accounts} account(s) receive alerts by e-mail, and no mail server is set: set ATRAMA_SMTP_URL (smtp:// or smtps://) and ATRAMA_MAIL_FROM.`,
        );
      }
    }
    const services: Services = { database, keys, config };
    const demoLoaded = config.loadDemo ? await loadDemoIfEmpty(services) : false;
    return { services, demoLoaded };
  } catch (error) {
    await database.close();
    throw error;
  }
}

/** The app on a database that has been set up (not yet listening); closing it closes the database. */
export async function startedOn({ services, demoLoaded }: SetUp, options: AppOptions = {}): Promise<Started> {
  try {
    const app = await buildApp(services, options);
    return {
      app,
      services,
      demoLoaded,
      close: async () => {
        await app.close();
        await services.database.close();
      },
    };
  } catch (error) {
    await services.database.close();
    throw error;
  }
}

/** Open the database, migrate, load demo data where allowed, and build the app (not yet listening). */
export async function prepare(
  config: Config,
  options: AppOptions = {},
  warn = console.warn,
): Promise<Started> {
  return startedOn(await setUp(config, warn), options);
}

/**
 * The app of one server process among several, on the database the primary process has set up:
 * nothing is migrated or loaded again, and the keys are the ones it found or created.
 */
export async function prepareWorker(config: Config, options: AppOptions = {}): Promise<Started> {
  const keys = loadKeys(config, () => {}, { create: false });
  // The primary measures the same replica and says what it finds, once for all the processes.
  const database = await openDatabase(config.database, () => {});
  return startedOn(
    { services: { database, keys, config }, demoLoaded: false },
    { scraper: scrapeThroughPrimary, ...options },
  );
}
