import type { Config } from '../platform/config.ts';
import { type Database, openDatabase as openWith } from '../platform/db.ts';
import * as schema from './schema.ts';

/** Open the database with every domain's tables and relations, for typed queries. */
export function openDatabase(target: Config['database'], notice?: (line: string) => void): Promise<Database> {
  return openWith(target, schema, notice);
}
