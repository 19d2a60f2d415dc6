// Hostile inputs, and the requests that carry them to one route: in its path parameters, its query
// string and its body. Each request says what a correct answer is.
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { AnyRoute } from '../../src/platform/http/route.ts';

/** What a request may answer: a client error only, or also the route's success (a legitimate input). */
export type Expect = 'client_error' | 'client_error_or_success' | number;

export type HostileRequest = {
  label: string;
  method: AnyRoute['method'];
  url: string;
  headers: Record<string, string>;
  payload?: string | Buffer;
  expect: Expect;
  /** A path the client normalises away from the API (`/api/x/../../etc/passwd`): any 4xx page will do. */
  anyContentType?: boolean;
};

/** Strings an attacker types into any field. */
export const HOSTILE_STRINGS: Record<string, string> = {
  'SQL tautology': "' OR '1'='1' --",
  'SQL stacked query': '1; DROP TABLE cases; --',
  'SQL union': "' UNION SELECT password_hash, email FROM users --",
  'SQL sleep': "'; SELECT pg_sleep(30); --",
  'SQL dollar quote': '$$; DELETE FROM audit_events; $$',
  'script tag': '<script>alert(document.cookie)</script>',
  'attribute breakout': '"><img src=x onerror=alert(1)>',
  'javascript URL': 'javascript:alert(1)',
  // biome-ignore lint/suspicious/noTemplateCurlyInString: the placeholder is the attack, as typed.
  'template expression': '{{constructor.constructor("return process")()}} ${7*7}',
  'path traversal': '../../../../etc/passwd',
  'Windows path traversal': '..\\..\\..\\windows\\win.ini',
  'encoded traversal': '%2e%2e%2f%2e%2e%2fetc%2fpasswd',
  'NUL byte': 'abc\u0000def',
  'lone surrogate': 'a\ud800b',
  'right-to-left override': 'file\u202Etxt.exe',
  'CRLF header injection': 'x\r\nSet-Cookie: atrama_session=stolen',
  'format string': '%s%s%s%n%x',
  'prototype key': '__proto__',
  'constructor key': 'constructor',
  'huge integer': '9'.repeat(400),
  'negative number': '-1',
  'not a number': 'NaN',
  infinity: 'Infinity',
  'long text': 'x'.repeat(4000),
};

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** encodeURIComponent, except that a lone surrogate goes as the three bytes it would be in UTF-8. */
export function percentEncode(value: string): string {
  return value
    .split(LONE_SURROGATE)
    .map(encodeURIComponent)
    .reduce((encoded, part, i) => {
      if (i === 0) return part;
      const unit = value.match(LONE_SURROGATE)![i - 1]!.charCodeAt(0);
      const bytes = [0xe0 | (unit >> 12), 0x80 | ((unit >> 6) & 0x3f), 0x80 | (unit & 0x3f)];
      return `${encoded}${bytes.map((b) => `%${b.toString(16).toUpperCase()}`).join('')}${part}`;
    }, '');
}

/** Path segments: the strings above as a client encodes them, and what encoders would never send. */
const HOSTILE_SEGMENTS: Record<string, string> = {
  ...Object.fromEntries(
    Object.entries(HOSTILE_STRINGS)
      .filter(([name]) => name !== 'long text')
      .map(([name, value]) => [name, percentEncode(value)]),
  ),
  'encoded slashes': '..%2F..%2F..%2Fetc%2Fpasswd',
  'double-encoded traversal': '..%252F..%252Fetc%252Fpasswd',
  'overlong UTF-8 dots': '%C0%AE%C0%AE%C0%AF',
  'invalid UTF-8 bytes': '%FF%FE%FD',
  'encoded surrogate': '%ED%A0%80',
  'malformed percent': '%E0%A4%A',
  'bare percent': '%',
  'encoded NUL after an id': `${randomUUID()}%00`,
  'SQL after an id': `${randomUUID()}'%20OR%201=1--`,
  'long segment': 'a'.repeat(5000),
};

/** JSON bodies no route should take apart. */
function structuralBodies(): Record<
  string,
  { payload: string | Buffer; schemaOnly?: boolean; expect?: Expect }
> {
  const depth = 100_000; // 200 KB, under the body limit
  return {
    'body over the limit': { payload: JSON.stringify({ text: 'x'.repeat(300 * 1024) }), expect: 413 },
    'deeply nested arrays': { payload: `${'['.repeat(depth)}${']'.repeat(depth)}` },
    'deeply nested objects': { payload: `${'{"a":'.repeat(depth / 2)}1${'}'.repeat(depth / 2)}` },
    'nested fields 40 deep in a known place': {
      payload: JSON.stringify({ data: nest(40), identity: nest(40), text: nest(40) }),
      schemaOnly: true,
      // Unknown fields are dropped: a draft with nothing in it is a valid draft.
      expect: 'client_error_or_success',
    },
    'invalid UTF-8 bytes': {
      payload: Buffer.concat([
        Buffer.from('{"text":"'),
        Buffer.from([0xff, 0xfe, 0xc0, 0xaf, 0xed, 0xa0, 0x80]),
        Buffer.from('","reason":"x"}'),
      ]),
    },
    '__proto__ key': { payload: '{"__proto__":{"polluted":"yes"},"text":"x"}' },
    '__proto__ key inside': {
      payload: '{"data":{"__proto__":{"polluted":"yes"}},"identity":{"__proto__":{}}}',
    },
    'constructor.prototype keys': { payload: '{"constructor":{"prototype":{"polluted":"yes"}}}' },
    'escaped __proto__ key': { payload: '{"\\u005f_proto__":{"polluted":"yes"}}' },
    'NUL in a value': { payload: '{"text":"a\\u0000b","reason":"a\\u0000b","email":"a\\u0000@b.lt"}' },
    'NUL in a key': { payload: '{"te\\u0000xt":"a"}' },
    'huge numbers': {
      payload: '{"version":1e400,"age":99999999999999999999999999,"page":-1e308,"per_page":1e309}',
    },
    'truncated JSON': { payload: '{"text":"unfinished' },
    'JSON null': { payload: 'null', schemaOnly: true },
    'JSON array': { payload: '[1,2,3]', schemaOnly: true },
    'empty body': { payload: '' },
  };
}

function nest(depth: number): unknown {
  let value: unknown = 'deep';
  for (let i = 0; i < depth; i++) value = { a: value };
  return value;
}

/** Content types the API does not take, each with a body that would be valid JSON. */
const WRONG_CONTENT_TYPES = [
  'text/plain',
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=xyz',
  'application/xml',
  'application/json; charset=utf-16',
  'application/x-json',
];

/** The keys of a route's Zod object schema, to put hostile values where the route looks. */
export function keysOf(schema: z.ZodType | undefined): string[] {
  if (!schema) return [];
  let inner: z.ZodType = schema;
  // Unwrap refinements and pipes down to an object, if there is one.
  for (let i = 0; i < 5; i++) {
    if (inner instanceof z.ZodObject) return Object.keys(inner.shape);
    if (inner instanceof z.ZodPipe) inner = inner.in as z.ZodType;
    else if (inner instanceof z.ZodDiscriminatedUnion || inner instanceof z.ZodUnion) {
      return [...new Set((inner.options as z.ZodType[]).flatMap((option) => keysOf(option)))];
    } else break;
  }
  return [];
}

const paramNames = (url: string) => [...url.matchAll(/:(\w+)/g)].map((m) => m[1]!);
const withParams = (url: string, values: Record<string, string>) =>
  url.replace(/:(\w+)/g, (_, name: string) => values[name] ?? randomUUID());

const sendsBody = (method: AnyRoute['method']) => method !== 'GET';

/** Every hostile request for one route. `fillParams` gives real ids where the route has parameters. */
export function hostileRequests(def: AnyRoute, fillParams: Record<string, string> = {}): HostileRequest[] {
  const requests: HostileRequest[] = [];
  const json = { 'content-type': 'application/json' };
  const baseUrl = withParams(def.url, fillParams);
  const hasBodySchema = def.body !== undefined;
  const validBody = sendsBody(def.method) && hasBodySchema ? '{}' : undefined;
  const plain = (label: string, url: string, expect: Expect): HostileRequest => ({
    label,
    method: def.method,
    url,
    headers: validBody ? json : {},
    ...(validBody ? { payload: validBody } : {}),
    expect,
  });

  // Path parameters: every parameter is an id; nothing hostile is one.
  for (const name of paramNames(def.url)) {
    for (const [label, segment] of Object.entries(HOSTILE_SEGMENTS)) {
      requests.push(
        plain(
          `param ${name}: ${label}`,
          withParams(def.url, { ...fillParams, [name]: segment }),
          'client_error',
        ),
      );
    }
    requests.push({
      ...plain(
        `param ${name}: raw traversal`,
        withParams(def.url, { ...fillParams, [name]: '../../../../etc/passwd' }),
        'client_error',
      ),
      anyContentType: true,
    });
  }

  // Query strings: hostile values in the route's own fields (a search word may be anything), and
  // keys that would pollute an object built from the query.
  const queryKeys = keysOf(def.query);
  for (const key of queryKeys) {
    for (const [label, value] of Object.entries(HOSTILE_STRINGS)) {
      requests.push(
        plain(
          `query ${key}: ${label}`,
          `${baseUrl}?${key}=${percentEncode(value)}`,
          'client_error_or_success',
        ),
      );
    }
    requests.push(plain(`query ${key}: repeated`, `${baseUrl}?${key}=a&${key}=b`, 'client_error_or_success'));
    requests.push(
      plain(`query ${key}: invalid UTF-8`, `${baseUrl}?${key}=%FF%FE%C0%AF`, 'client_error_or_success'),
    );
    requests.push(
      plain(`query ${key}: malformed percent`, `${baseUrl}?${key}=%E0%A4%A`, 'client_error_or_success'),
    );
  }
  for (const [label, query] of Object.entries({
    '__proto__ key': '__proto__=polluted',
    '__proto__ bracket key': '__proto__[polluted]=yes',
    'constructor.prototype key': 'constructor[prototype][polluted]=yes&constructor.prototype.polluted=yes',
    'NUL key': '%00=1',
    'SQL in an unknown key': `${percentEncode("x' OR 1=1 --")}=1`,
    'many keys': Array.from({ length: 1000 }, (_, i) => `k${i}=${i}`).join('&'),
  })) {
    requests.push(plain(`query: ${label}`, `${baseUrl}?${query}`, 'client_error_or_success'));
  }

  if (!sendsBody(def.method)) return requests;

  // Bodies: broken structure, pollution keys, and hostile values in every field the route reads.
  for (const [label, body] of Object.entries(structuralBodies())) {
    if (body.schemaOnly && !hasBodySchema) continue;
    // A file route takes bodies up to its own, larger limit: 300 KB of JSON is not over it, only not a file.
    const overOwnLimit = !(def.fileBody && label === 'body over the limit');
    requests.push({
      label: `body: ${label}`,
      method: def.method,
      url: baseUrl,
      headers: json,
      payload: body.payload,
      expect:
        (overOwnLimit ? body.expect : 'client_error') ??
        (hasBodySchema ? 'client_error' : 'client_error_or_success'),
    });
  }
  const bodyKeys = keysOf(def.body);
  for (const [label, value] of Object.entries(HOSTILE_STRINGS)) {
    if (bodyKeys.length === 0) continue;
    requests.push({
      label: `body, every field: ${label}`,
      method: def.method,
      url: baseUrl,
      headers: json,
      payload: JSON.stringify(Object.fromEntries(bodyKeys.map((key) => [key, value]))),
      expect: 'client_error_or_success',
    });
  }
  for (const type of WRONG_CONTENT_TYPES) {
    requests.push({
      label: `content type ${type}`,
      method: def.method,
      url: baseUrl,
      headers: { 'content-type': type },
      payload: JSON.stringify(Object.fromEntries(bodyKeys.map((key) => [key, 'x']))),
      expect: hasBodySchema ? 'client_error' : 'client_error_or_success',
    });
  }
  return requests;
}
