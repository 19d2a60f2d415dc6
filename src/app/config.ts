import { availableParallelism } from 'node:os';
import path from 'node:path';
import { z } from 'zod';
import { DEFAULT_PERIODS_FILE, readPeriods } from '../cases/periods.ts';
import type { Config } from '../platform/config.ts';
import { DEFAULT_RETENTION_FILE, readRetention } from '../retention/model.ts';
import { DEFAULT_STATISTICS_FILE, readStatisticsSettings } from '../statistics/settings.ts';

export type { Config };

const ProxyAddress = z.union([z.ipv4(), z.ipv6(), z.cidrv4(), z.cidrv6()]);

/**
 * ATRAMA_TRUST_PROXY: the reverse proxies, by address or CIDR range separated by commas, whose
 * X-Forwarded-For and X-Forwarded-Proto are believed. A /0 range would believe a header any client
 * can write, so it is refused like a malformed entry.
 */
export const TrustedProxies = z.string().transform((value, ctx) => {
  const entries = value.split(',').map((entry) => entry.trim());
  for (const entry of entries) {
    if (!ProxyAddress.safeParse(entry).success) {
      ctx.addIssue({ code: 'custom', message: `"${entry}" is not an IP address or CIDR range` });
    } else if (entry.endsWith('/0')) {
      ctx.addIssue({ code: 'custom', message: `"${entry}" trusts every address; list the proxies` });
    }
  }
  return entries;
});

/**
 * ATRAMA_METRICS_ALLOW: the client addresses, by address or CIDR range separated by commas, that may
 * read /metrics without the token.
 */
export const MetricsAllow = z.string().transform((value, ctx) => {
  const entries = value.split(',').map((entry) => entry.trim());
  for (const entry of entries) {
    if (!ProxyAddress.safeParse(entry).success) {
      ctx.addIssue({ code: 'custom', message: `"${entry}" is not an IP address or CIDR range` });
    }
  }
  return entries;
});

/** The most server processes ATRAMA_WORKERS may ask for, and the most its default takes. */
export const MAX_WORKERS = 64;

/** ATRAMA_WORKERS: how many server processes share the port; a whole number, written as digits. */
export const Workers = z
  .string()
  .trim()
  .regex(/^\d+$/, `must be a whole number from 1 to ${MAX_WORKERS}`)
  .transform(Number)
  .pipe(
    z
      .number()
      .min(1, `must be from 1 to ${MAX_WORKERS}`)
      .max(MAX_WORKERS, `must be from 1 to ${MAX_WORKERS}`),
  );

/** Lithuania's national point of contact for trafficking referrals is the Ministry of the Interior. */
export const DEFAULT_NATIONAL_CONTACT_POINT = 'ministry-of-the-interior';

// One parse of the environment at start; everything else receives a Config.
const EnvSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('127.0.0.1'),
  DATABASE_URL: z.string().url().optional(),
  DATABASE_READ_URL: z.string().url().optional(),
  ATRAMA_REPLICA_MAX_LAG_S: z.coerce
    .number()
    .int('must be a whole number of seconds')
    .min(1, 'must be from 1 to 86400 seconds')
    .max(86_400, 'must be from 1 to 86400 seconds')
    .default(30),
  ATRAMA_METRICS_ALLOW: MetricsAllow.optional(),
  ATRAMA_METRICS_TOKEN: z
    .string()
    .min(32, 'must be at least 32 characters (openssl rand -hex 32 makes one)')
    .optional(),
  ATRAMA_DATA_DIR: z.string().default('./data'),
  ATRAMA_KEY_DIR: z.string().default('./keys'),
  ATRAMA_AUDIT_CHECKPOINT_FILE: z.string().optional(),
  ATRAMA_BACKUP_DIR: z.string().default('backups'),
  ATRAMA_MASTER_KEY: z.string().optional(),
  ATRAMA_BLIND_INDEX_KEY: z.string().optional(),
  ATRAMA_PUBLIC_URL: z.string().url().optional(),
  ATRAMA_DEMO: z.enum(['auto', 'on', 'off']).default('auto'),
  ATRAMA_PERIODS_FILE: z.string().optional(),
  ATRAMA_PDF_FONT: z.string().optional(),
  ATRAMA_RETENTION_FILE: z.string().optional(),
  ATRAMA_STATISTICS_FILE: z.string().optional(),
  ATRAMA_NATIONAL_CONTACT_POINT: z.string().trim().min(1).default(DEFAULT_NATIONAL_CONTACT_POINT),
  ATRAMA_TRUST_PROXY: TrustedProxies.optional(),
  ATRAMA_WORKERS: Workers.optional(),
  ATRAMA_SMTP_URL: z
    .string()
    .trim()
    .regex(/^smtps?:\/\/[^\s]+$/i, 'must be smtp://user:password@host:port or smtps://…')
    .optional(),
  ATRAMA_MAIL_FROM: z.string().trim().min(3).max(200).optional(),
  ATRAMA_MAIL_LEASE_SECONDS: z.coerce.number().int().min(1).max(3600).default(300),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'silent']).default('info'),
});

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  // An empty variable means "not set", as a shell user would expect.
  const given = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== ''));
  const parsed = EnvSchema.safeParse(given);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  // The embedded database is a folder one process opens; several processes need a server to share.
  if (!e.DATABASE_URL && e.ATRAMA_WORKERS !== undefined && e.ATRAMA_WORKERS > 1) {
    throw new Error(
      `Invalid configuration:\n  ATRAMA_WORKERS: ${e.ATRAMA_WORKERS} processes cannot share the embedded ` +
        'database, which one process opens; set DATABASE_URL to a PostgreSQL server, or ATRAMA_WORKERS=1',
    );
  }
  // A replica copies a PostgreSQL server; the embedded database has none.
  if (e.DATABASE_READ_URL && !e.DATABASE_URL) {
    throw new Error(
      'Invalid configuration:\n  DATABASE_READ_URL: a read replica needs its primary in DATABASE_URL (PostgreSQL)',
    );
  }
  const production = e.NODE_ENV === 'production';
  if (production && e.ATRAMA_SMTP_URL && (!e.ATRAMA_MAIL_FROM || !e.ATRAMA_PUBLIC_URL)) {
    throw new Error(
      'Invalid configuration:\n  ATRAMA_SMTP_URL is set: set ATRAMA_MAIL_FROM (the sender, "Atrama <atrama@example.lt>") and ATRAMA_PUBLIC_URL (the address staff open, for the links in e-mails) too',
    );
  }
  return {
    env: e.NODE_ENV,
    port: e.PORT,
    host: e.HOST,
    database: e.DATABASE_URL
      ? {
          kind: 'postgres',
          url: e.DATABASE_URL,
          replica: e.DATABASE_READ_URL
            ? { url: e.DATABASE_READ_URL, maxLagSeconds: e.ATRAMA_REPLICA_MAX_LAG_S }
            : null,
        }
      : { kind: 'pglite', dataDir: path.resolve(e.ATRAMA_DATA_DIR, 'db') },
    keyDir: path.resolve(e.ATRAMA_KEY_DIR),
    masterKey: e.ATRAMA_MASTER_KEY,
    blindIndexKey: e.ATRAMA_BLIND_INDEX_KEY,
    publicUrl: e.ATRAMA_PUBLIC_URL,
    nationalContactPoint: e.ATRAMA_NATIONAL_CONTACT_POINT,
    trustProxy: e.ATRAMA_TRUST_PROXY ?? [],
    metrics: { allow: e.ATRAMA_METRICS_ALLOW ?? [], token: e.ATRAMA_METRICS_TOKEN ?? null },
    workers: e.ATRAMA_WORKERS ?? (e.DATABASE_URL ? Math.min(availableParallelism(), MAX_WORKERS) : 1),
    // Demo data loads into an empty embedded database (or any empty one when asked), and never
    // in production, whatever else is set.
    loadDemo: !production && (e.ATRAMA_DEMO === 'on' || (e.ATRAMA_DEMO === 'auto' && !e.DATABASE_URL)),
    logLevel: e.LOG_LEVEL,
    pdfFont: e.ATRAMA_PDF_FONT ? path.resolve(e.ATRAMA_PDF_FONT) : undefined,
    periods: readPeriods(e.ATRAMA_PERIODS_FILE ? path.resolve(e.ATRAMA_PERIODS_FILE) : DEFAULT_PERIODS_FILE),
    retention: readRetention(
      e.ATRAMA_RETENTION_FILE ? path.resolve(e.ATRAMA_RETENTION_FILE) : DEFAULT_RETENTION_FILE,
    ),
    statistics: readStatisticsSettings(
      e.ATRAMA_STATISTICS_FILE ? path.resolve(e.ATRAMA_STATISTICS_FILE) : DEFAULT_STATISTICS_FILE,
    ),
    auditCheckpointFile: path.resolve(
      e.ATRAMA_AUDIT_CHECKPOINT_FILE ?? path.join(e.ATRAMA_KEY_DIR, 'audit-checkpoints.jsonl'),
    ),
    backupDir: path.resolve(e.ATRAMA_BACKUP_DIR),
    mail: {
      smtpUrl: e.ATRAMA_SMTP_URL ?? null,
      from: e.ATRAMA_MAIL_FROM ?? 'Atrama <atrama@localhost>',
      leaseMs: e.ATRAMA_MAIL_LEASE_SECONDS * 1000,
    },
  };
}
