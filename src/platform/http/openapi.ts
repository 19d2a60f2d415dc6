import { z } from 'zod';
import type { AnyRoute } from './route.ts';

type JsonSchema = Record<string, unknown> & { properties?: Record<string, unknown>; required?: string[] };

const toSchema = (schema: z.ZodType, io: 'input' | 'output') =>
  z.toJSONSchema(schema, { target: 'draft-2020-12', io, unrepresentable: 'any' }) as JsonSchema;

function withoutDialect(schema: JsonSchema): JsonSchema {
  const { $schema: _dialect, ...rest } = schema;
  return rest;
}

function parameters(schema: z.ZodType | undefined, where: 'path' | 'query') {
  if (!schema) return [];
  const json = toSchema(schema, 'input');
  return Object.entries(json.properties ?? {}).map(([name, property]) => ({
    name,
    in: where,
    required: where === 'path' || (json.required ?? []).includes(name),
    schema: property,
  }));
}

const PROBLEM = {
  description: 'Problem details (RFC 9457)',
  content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } },
};

/** OpenAPI 3.1 generated from the same Zod schemas the routes validate with. */
export function buildOpenApi(routes: readonly AnyRoute[], extra: Record<string, Record<string, unknown>>) {
  const paths: Record<string, Record<string, unknown>> = { ...extra };
  for (const def of routes) {
    const path = def.url.replace(/:([A-Za-z]+)/g, '{$1}');
    const status = String(def.status ?? (def.response ? 200 : 204));
    paths[path] ??= {};
    paths[path]![def.method.toLowerCase()] = {
      summary: def.summary,
      tags: [def.tag],
      'x-atrama-policy': def.policy,
      ...(def.policy.kind === 'public' ? { security: [] } : {}),
      parameters: [...parameters(def.params, 'path'), ...parameters(def.query, 'query')],
      ...(def.body
        ? {
            requestBody: {
              required: true,
              content: def.fileBody
                ? {
                    'application/octet-stream': {
                      schema: { type: 'string', format: 'binary', maxLength: def.fileBody.maxBytes },
                    },
                  }
                : { 'application/json': { schema: withoutDialect(toSchema(def.body, 'input')) } },
            },
          }
        : {}),
      responses: {
        [status]: def.response
          ? {
              description: 'Success',
              content: { 'application/json': { schema: withoutDialect(toSchema(def.response, 'output')) } },
            }
          : { description: 'Done, no content' },
        default: PROBLEM,
      },
    };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Atrama API',
      version: '0.1.0',
      description:
        'Staff API of Atrama, the national referral mechanism for victims of trafficking in human beings and of other crimes.',
    },
    components: {
      securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'atrama_session' } },
      schemas: {
        Problem: {
          type: 'object',
          required: ['type', 'title', 'status', 'detail', 'code'],
          properties: {
            type: { type: 'string' },
            title: { type: 'string' },
            status: { type: 'integer' },
            detail: { type: 'string' },
            code: { type: 'string' },
            errors: {
              type: 'array',
              items: {
                type: 'object',
                properties: { field: { type: 'string' }, message: { type: 'string' } },
              },
            },
          },
        },
      },
    },
    security: [{ session: [] }],
    paths,
  };
}

const escapeHtml = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );

/** Browsable API docs, rendered on the server: no script, so the strict CSP holds. */
export function renderDocs(document: ReturnType<typeof buildOpenApi>): string {
  const sections = Object.entries(document.paths).flatMap(([path, operations]) =>
    Object.entries(operations).map(([method, op]) => {
      const operation = op as {
        summary?: string;
        tags?: string[];
        'x-atrama-policy'?: unknown;
        requestBody?: unknown;
        responses?: unknown;
      };
      const policy = JSON.stringify(operation['x-atrama-policy'] ?? { kind: 'public' });
      const details = [
        operation.requestBody
          ? `<h4>Request body</h4><pre>${escapeHtml(JSON.stringify(operation.requestBody, null, 2))}</pre>`
          : '',
        `<h4>Responses</h4><pre>${escapeHtml(JSON.stringify(operation.responses ?? {}, null, 2))}</pre>`,
      ].join('');
      return `<details><summary><code class="m ${method}">${method.toUpperCase()}</code> <code>${escapeHtml(path)}</code> — ${escapeHtml(operation.summary ?? '')} <small>${escapeHtml(policy)}</small></summary>${details}</details>`;
    }),
  );
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Atrama API</title><link rel="stylesheet" href="/docs/docs.css"></head><body><main><h1>${escapeHtml(document.info.title)} ${escapeHtml(document.info.version)}</h1><p>${escapeHtml(document.info.description)}</p><p>Machine-readable: <a href="/openapi.json">/openapi.json</a> (OpenAPI ${document.openapi}). Errors are <code>application/problem+json</code>.</p>${sections.join('\n')}</main></body></html>`;
}

export const DOCS_CSS = `body{font:16px/1.5 system-ui,sans-serif;margin:0;color:#1b1f24;background:#f6f7f9}main{max-width:60rem;margin:0 auto;padding:1rem}details{background:#fff;border:1px solid #d0d5dc;border-radius:6px;margin:.4rem 0;padding:.5rem .8rem}summary{cursor:pointer}pre{overflow:auto;background:#f0f2f5;padding:.6rem;font-size:.85rem}.m{display:inline-block;min-width:4.2rem;font-weight:700}.get{color:#05603a}.post{color:#1849a9}.patch{color:#93370d}.delete{color:#b42318}small{color:#555}:focus-visible{outline:3px solid #1849a9;outline-offset:2px}`;
