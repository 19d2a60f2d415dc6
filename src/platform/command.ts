import type { Config } from './config.ts';
import { type Keys, loadKeys } from './crypto/keys.ts';

/** For commands that read sealed data (backup, restore): the installation's keys, never new ones. */
export function existingKeysOrExit(config: Config): Keys {
  try {
    return loadKeys(config, (message) => console.error(message), { create: false });
  } catch (error) {
    console.error((error as Error).message);
    process.exit(1);
  }
}
