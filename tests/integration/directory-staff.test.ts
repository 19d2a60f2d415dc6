import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backends, type Client, clientFor, loginAs, startTestApp, type TestApp } from '../support/harness.ts';

type Item = {
  id: string;
  name: string;
  organisation: { name: string };
  url: string | null;
  canEdit: boolean;
  stale: boolean;
  phones: { number: string; label: string | null }[];
  schedule: unknown;
};

describe.each(backends())('directory for staff on %s', (backend) => {
  let app: TestApp;
  let manager: Client;
  let guard: Client;
  let admin: Client;
  const search = async (client: Client, q: string) =>
    (
      (await client.request('GET', `/api/directory/services?lang=en&q=${encodeURIComponent(q)}`)).json() as {
        items: Item[];
      }
    ).items;

  beforeAll(async () => {
    app = await startTestApp(backend);
    manager = await loginAs(app, 'manager@atrama.test');
    guard = await loginAs(app, 'border.guard@atrama.test');
    admin = await loginAs(app, 'admin@atrama.test');
  });
  afterAll(() => app?.close());

  it('lets every member of staff search, and says who may edit what', async () => {
    const found = await search(guard, 'karitas');
    expect(found.some((s) => s.organisation.name.startsWith("Caritas' Centre"))).toBe(true);
    expect(found.every((s) => !s.canEdit)).toBe(true);
    const mine = await search(manager, 'karitas');
    const caritas = mine.find((s) => s.organisation.name.startsWith("Caritas' Centre"))!;
    expect(caritas.canEdit).toBe(true);
    expect(mine.find((s) => s.organisation.name.startsWith('Caritas of the Vilnius'))?.canEdit).toBe(false);
    expect((await clientFor(app).request('GET', '/api/directory/services')).status).toBe(401);
  });

  it('lets a manager change their own service, keeps reviewed labels, and audits it', async () => {
    const caritas = (await search(manager, 'karitas')).find((s) =>
      s.organisation.name.startsWith("Caritas' Centre"),
    )!;
    const kept = caritas.phones[0]!.number;
    const changed = await manager.request('PATCH', `/api/directory/services/${caritas.id}`, {
      url: 'https://www.anti-trafficking.lt/',
      phones: [
        { number: kept, label: null },
        { number: '+370 600 00000', label: null },
      ],
      schedule: { kind: 'weekly', days: ['MO', 'TU', 'WE', 'TH', 'FR'], opens: '09:00', closes: '17:00' },
    });
    expect(changed.status, changed.body).toBe(200);
    const after = changed.json() as Item;
    expect(after.url).toBe('https://www.anti-trafficking.lt/');
    expect(after.phones[0]!.label).not.toBeNull();
    expect(after.phones[1]).toEqual({ number: '+370 600 00000', label: null });
    const auditor = await loginAs(app, 'auditor@atrama.test');
    const trail = (await auditor.request('GET', `/api/audit?recordId=${caritas.id}`)).json() as {
      items: { action: string }[];
    };
    expect(trail.items.map((e) => e.action)).toContain('directory.service.update');
    // The public HSDS answer shows the change.
    const hsds = (await clientFor(app).request('GET', `/hsds/services/${caritas.id}`)).json() as {
      url: string;
    };
    expect(hsds.url).toBe('https://www.anti-trafficking.lt/');
  });

  it('refuses another organisation’s service as absent, and bad values with the field', async () => {
    const other = (await search(manager, 'vilnius archdiocese')).find((s) =>
      s.organisation.name.startsWith('Caritas of the Vilnius'),
    )!;
    expect(
      (await manager.request('PATCH', `/api/directory/services/${other.id}`, { url: null })).status,
    ).toBe(404);
    expect((await guard.request('PATCH', `/api/directory/services/${other.id}`, { url: null })).status).toBe(
      403,
    );
    expect((await admin.request('POST', `/api/directory/services/${other.id}/checked`, {})).status).toBe(200);
    const bad = await admin.request('PATCH', `/api/directory/services/${other.id}`, {
      phones: [{ number: 'call me', label: null }],
      url: 'javascript:alert(1)',
    });
    expect(bad.status).toBe(400);
    const fields = (bad.json() as { errors: { field: string }[] }).errors.map((e) => e.field);
    expect(fields).toEqual(expect.arrayContaining(['body.phones.0.number', 'body.url']));
  });
});
