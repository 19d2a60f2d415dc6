import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { API_ROUTES } from '../../src/app/http.ts';
import { MESSAGE_CODE, messageOf, ZOD_MESSAGE_CODES } from '../../src/platform/errors.ts';

// Every message the server can put under a field reaches the staff app as a code it translates, in
// Lithuanian and in English: the messages written into the routes' schemas (found by walking them),
// those the verbs write beside a field, and Zod's own issues (named by their code).

const ROOT = path.resolve(import.meta.dirname, '../..');
const catalogue = (language: string) =>
  JSON.parse(readFileSync(path.join(ROOT, `src/web/staff/i18n/${language}.json`), 'utf8'))
    .validation as Record<string, string>;
const CATALOGUES = { lt: catalogue('lt'), en: catalogue('en') };

type Node = {
  _zod?: { def: Record<string, unknown> & { checks?: Node[]; error?: (issue: unknown) => unknown } };
};

/** The messages written into a schema: its checks' and refinements' messages, and its own. */
function schemaMessages(schema: unknown, found = new Set<string>(), seen = new Set<unknown>()): Set<string> {
  const node = schema as Node;
  if (!node?._zod || seen.has(node)) return found;
  seen.add(node);
  const { def } = node._zod;
  const say = (error: unknown) => {
    if (typeof error !== 'function') return;
    const message = error({ code: 'custom', input: undefined });
    if (typeof message === 'string') found.add(message);
    else if (message && typeof (message as { message?: unknown }).message === 'string')
      found.add((message as { message: string }).message);
  };
  say(def.error);
  for (const check of def.checks ?? []) say(check._zod?.def.error);
  const children: unknown[] = [];
  if (def.shape && typeof def.shape === 'object') children.push(...Object.values(def.shape));
  for (const key of ['innerType', 'in', 'out', 'element', 'left', 'right', 'keyType', 'valueType', 'rest'])
    if (def[key]) children.push(def[key]);
  for (const key of ['options', 'items'])
    if (Array.isArray(def[key])) children.push(...(def[key] as unknown[]));
  if (typeof def.getter === 'function') children.push((def.getter as () => unknown)());
  for (const child of children) schemaMessages(child, found, seen);
  return found;
}

function sources(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) return entry.name === 'web' ? [] : sources(full);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [full] : [];
  });
}

/** Messages the verbs write beside a field, and those schemas add from inside a transform. */
function writtenMessages(): Map<string, string> {
  const found = new Map<string, string>();
  const patterns = [
    /\{\s*field:[^{}]*?message:\s*(['"])((?:(?!\1).)+)\1/gs,
    /addIssue\(\{[^{}]*?message:\s*(['"])((?:(?!\1).)+)\1/gs,
  ];
  for (const file of sources(path.join(ROOT, 'src'))) {
    // The operator's configuration and the HSDS import report speak to operators, not through the API.
    if (file.endsWith(path.join('app', 'config.ts')) || /directory[\\/]hsds-/.test(file)) continue;
    const text = readFileSync(file, 'utf8');
    for (const pattern of patterns)
      for (const match of text.matchAll(pattern)) found.set(match[2]!, path.relative(ROOT, file));
  }
  return found;
}

const codeOf = (message: string) => MESSAGE_CODE.exec(message)?.[1];
const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

/** Every domain's schemas, also those a verb parses with itself (the whole intake record at submit). */
const schemaModules = sources(path.join(ROOT, 'src')).filter((file) =>
  /[\\/](model|contract)\.ts$/.test(file),
);

describe('the messages the server sends under a field', async () => {
  const inSchemas = new Map<string, string>();
  for (const route of API_ROUTES)
    for (const part of ['body', 'query', 'params'] as const)
      for (const message of schemaMessages(route[part]))
        inSchemas.set(message, `${route.method} ${route.url}`);
  for (const file of schemaModules) {
    const exported = (await import(file)) as Record<string, unknown>;
    for (const [name, value] of Object.entries(exported))
      for (const message of schemaMessages(value))
        if (!inSchemas.has(message)) inSchemas.set(message, `${path.relative(ROOT, file)} ${name}`);
  }
  const written = writtenMessages();

  it('are found: the walk reaches the schemas and the verbs', () => {
    expect(inSchemas.size).toBeGreaterThan(10);
    expect(written.size).toBeGreaterThan(5);
  });

  it('each begins with a code that the staff app says in Lithuanian and English', () => {
    const untranslated: string[] = [];
    for (const [message, where] of [...inSchemas, ...written]) {
      const code = codeOf(message);
      if (!code || !CATALOGUES.lt[code] || !CATALOGUES.en[code]) untranslated.push(`${where}: ${message}`);
    }
    expect(untranslated).toEqual([]);
  });

  it("and Zod's own issues are named by codes the app says in both languages, with the same placeholders", () => {
    for (const code of ZOD_MESSAGE_CODES) {
      expect(CATALOGUES.lt[code], code).toBeTruthy();
      expect(CATALOGUES.en[code], code).toBeTruthy();
    }
    for (const code of Object.keys(CATALOGUES.en)) {
      expect(placeholders(CATALOGUES.lt[code] ?? ''), code).toEqual(placeholders(CATALOGUES.en[code]!));
    }
  });

  it.each([
    ['a missing value', z.object({ a: z.string() }), {}, 'required'],
    ['an empty text', z.object({ a: z.string().min(1) }), { a: '' }, 'required'],
    ['a text too long', z.object({ a: z.string().max(80) }), { a: 'x'.repeat(81) }, 'too_big: at most 80'],
    ['a number too small', z.object({ a: z.number().min(1) }), { a: 0 }, 'too_small: at least 1'],
    ['a list too short', z.object({ a: z.array(z.string()).min(2) }), { a: ['x'] }, 'too_small: at least 2'],
    ['a wrong type', z.object({ a: z.string() }), { a: 1 }, 'invalid_type: '],
    ['a wrong choice', z.object({ a: z.enum(['x']) }), { a: 'y' }, 'invalid_value: '],
    ['a bad date', z.object({ a: z.iso.date() }), { a: '2026-13-01' }, 'invalid_format: '],
    ['an unknown key', z.strictObject({}), { a: 1 }, 'unrecognized_keys: '],
    [
      'our own code',
      z.object({ a: z.string().refine(() => false, 'in_future: x') }),
      { a: '' },
      'in_future: x',
    ],
  ])('%s is named by its code', (_name, schema, input, expected) => {
    const issue = schema.safeParse(input).error!.issues[0]!;
    expect(messageOf(issue).startsWith(expected), messageOf(issue)).toBe(true);
  });
});
