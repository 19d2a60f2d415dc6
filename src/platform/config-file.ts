import { readFileSync } from 'node:fs';
import type { z } from 'zod';

/** A JSON configuration file checked against its schema; a clear error names the file and each field. */
export function readConfigFile<S extends z.ZodType>(
  schema: S,
  file: string | URL,
  what: string,
): z.output<S> {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`Cannot read ${what} from ${String(file)}: ${(error as Error).message}`);
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid ${what} in ${String(file)}:\n${lines.join('\n')}`);
  }
  return parsed.data;
}
