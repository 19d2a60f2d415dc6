import type { RouteOptions } from 'fastify';
import { describe, expect, it } from 'vitest';
import { buildApp } from '../../src/app/http.ts';
import { startTestApp } from '../support/harness.ts';

describe('every route declares its access policy', () => {
  it('walks every registered route', async () => {
    const base = await startTestApp('pglite');
    const seen: RouteOptions[] = [];
    const app = await buildApp(base.services, { onRoute: (r) => seen.push(r) });
    try {
      expect(seen.length).toBeGreaterThan(25);
      const missing = seen.filter((r) => !r.config?.policy).map((r) => `${r.method} ${r.url}`);
      expect(missing).toEqual([]);
      const kinds = new Set(seen.map((r) => r.config?.policy?.kind));
      expect([...kinds].sort()).toEqual(['action', 'public', 'session']);
    } finally {
      await app.close();
      await base.close();
    }
  });

  it('refuses to register a route without one', async () => {
    const base = await startTestApp('pglite');
    try {
      expect(() => base.app.get('/api/forgotten', async () => ({ leaked: true }))).toThrow(
        /declares no access policy/,
      );
    } finally {
      await base.close();
    }
  });
});
