import { hkdfSync } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Config } from '../config.ts';
import { newKey } from './sealing.ts';

export type Keys = { master: Buffer; blindIndex: Buffer };

export const KEY_FILE_NAME = 'atrama-keys.json';

/** A key for one purpose, derived from the master key: a key leaked from one use reveals neither the master key nor the others. */
export function deriveKey(master: Buffer, purpose: string): Buffer {
  return Buffer.from(hkdfSync('sha256', master, Buffer.alloc(0), purpose, 32));
}

function decode(name: string, value: string): Buffer {
  const key = Buffer.from(value, 'base64');
  if (key.length !== 32)
    throw new Error(`${name} must be 32 bytes, base64-encoded (openssl rand -base64 32)`);
  return key;
}

/**
 * The master key never lives in the database. In production it must come from the environment;
 * on the embedded default a key file is created beside (not inside) the data folder on first start.
 */
export function loadKeys(
  config: Config,
  warn: (message: string) => void,
  options: { create: boolean } = { create: true },
): Keys {
  if (config.masterKey || config.blindIndexKey) {
    if (!config.masterKey || !config.blindIndexKey) {
      throw new Error('Set both ATRAMA_MASTER_KEY and ATRAMA_BLIND_INDEX_KEY, or neither.');
    }
    return {
      master: decode('ATRAMA_MASTER_KEY', config.masterKey),
      blindIndex: decode('ATRAMA_BLIND_INDEX_KEY', config.blindIndexKey),
    };
  }
  if (config.env === 'production') {
    throw new Error('ATRAMA_MASTER_KEY and ATRAMA_BLIND_INDEX_KEY are required when NODE_ENV=production.');
  }
  const file = path.join(config.keyDir, KEY_FILE_NAME);
  if (existsSync(file)) {
    const stored = JSON.parse(readFileSync(file, 'utf8')) as { master: string; blindIndex: string };
    return { master: decode('master', stored.master), blindIndex: decode('blindIndex', stored.blindIndex) };
  }
  if (!options.create) {
    throw new Error(
      `No keys: put this installation's key file at ${file}, or set ATRAMA_MASTER_KEY and ATRAMA_BLIND_INDEX_KEY.`,
    );
  }
  const keys = { master: newKey(), blindIndex: newKey() };
  mkdirSync(config.keyDir, { recursive: true, mode: 0o700 });
  writeFileSync(
    file,
    JSON.stringify({
      master: keys.master.toString('base64'),
      blindIndex: keys.blindIndex.toString('base64'),
    }),
    { mode: 0o600, flag: 'wx' },
  );
  warn(
    `Created new encryption keys in ${file}. Back this file up now and keep it apart from database backups: ` +
      'without it, sealed personal data cannot be read.',
  );
  return keys;
}
