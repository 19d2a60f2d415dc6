/**
 * The configuration every part reads, parsed from the environment once at start (src/app/config.ts).
 * A domain with settings of its own adds them here from its settings file (declaration merging), so
 * the platform names no domain.
 */
export interface Config {
  env: 'development' | 'production' | 'test';
  port: number;
  host: string;
  database:
    | {
        kind: 'postgres';
        url: string;
        /** A streaming replica for reads that may lag a little, used while its lag is within the bound. */
        replica?: { url: string; maxLagSeconds: number } | null;
      }
    | { kind: 'pglite'; dataDir: string };
  keyDir: string;
  masterKey?: string;
  blindIndexKey?: string;
  publicUrl?: string;
  /** The short name of the one organisation that is the national point of contact (seed 000). */
  nationalContactPoint?: string;
  /** Addresses and CIDR ranges of the reverse proxies whose forwarded headers are believed; empty: none. */
  trustProxy: string[];
  /** Who may read /metrics: client addresses or CIDR ranges, or a bearer token; neither, nobody. */
  metrics: { allow: string[]; token: string | null };
  /** Server processes sharing the port: 1 is one process doing everything; more is a primary and that many workers. */
  workers: number;
  loadDemo: boolean;
  /** A TrueType font with Lithuanian and Cyrillic letters for PDF exports (default: DejaVu Sans). */
  pdfFont?: string;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'silent';
  /** Where the signed checkpoints of the audit chains are appended: outside the database, like the keys. */
  auditCheckpointFile: string;
  /** Where `npm run backup` writes, and where the metrics look for the newest backup. */
  backupDir: string;
}
