import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backends, type Client, loginAs, startTestApp, type TestApp } from '../support/harness.ts';

type User = {
  id: string;
  email: string;
  active: boolean;
  memberships: { id: string; organisation: { slug: string } }[];
};
const CARITAS = 'caritas-centre-against-human-trafficking-and-exploitation';

describe.each(backends())('managing staff on %s', (backend) => {
  let app: TestApp;
  let admin: Client;
  let manager: Client;
  let caritasId: string;
  const userByEmail = async (email: string) =>
    ((await admin.request('GET', '/api/users')).json() as { items: User[] }).items.find(
      (u) => u.email === email,
    )!;

  beforeAll(async () => {
    app = await startTestApp(backend);
    admin = await loginAs(app, 'admin@atrama.test');
    manager = await loginAs(app, 'manager@atrama.test');
    const orgs = (await admin.request('GET', '/api/organisations')).json() as {
      items: { id: string; slug: string }[];
    };
    caritasId = orgs.items.find((o) => o.slug === CARITAS)!.id;
  });
  afterAll(() => app?.close());

  it('lets a manager create, rename and deactivate a worker of their own organisation', async () => {
    const created = await manager.request('POST', '/api/users', {
      email: 'nauja.darbuotoja@atrama.test',
      displayName: 'Nauja Darbuotoja',
      password: 'a long enough passphrase',
      organisationId: caritasId,
      role: 'case_worker',
    });
    expect(created.status).toBe(201);
    const { id } = created.json() as User;
    expect((await manager.request('PATCH', `/api/users/${id}`, { active: false })).status).toBe(200);
    const listed = (await manager.request('GET', '/api/users')).json() as { items: User[] };
    expect(listed.items.every((u) => u.memberships.some((m) => m.organisation.slug === CARITAS))).toBe(true);
  });

  it('refuses a manager a role only an administrator grants, and another organisation', async () => {
    const worker = await userByEmail('nauja.darbuotoja@atrama.test');
    const admin_role = await manager.request('POST', `/api/users/${worker.id}/memberships`, {
      organisationId: caritasId,
      role: 'administrator',
    });
    expect(admin_role.status).toBe(403);
    const orgs = (await admin.request('GET', '/api/organisations')).json() as {
      items: { id: string; slug: string }[];
    };
    const police = orgs.items.find((o) => o.slug === 'lithuanian-police')!.id;
    const elsewhere = await manager.request('POST', `/api/users/${worker.id}/memberships`, {
      organisationId: police,
      role: 'case_worker',
    });
    expect(elsewhere.status).toBe(403);
  });

  it('does not let a manager deactivate someone who also works in another organisation', async () => {
    const coordinator = await userByEmail('coordinator@atrama.test');
    // The coordinator also volunteers at Caritas: sharing one organisation is not enough.
    const added = await admin.request('POST', `/api/users/${coordinator.id}/memberships`, {
      organisationId: caritasId,
      role: 'case_worker',
    });
    expect(added.status).toBe(201);
    expect((await manager.request('PATCH', `/api/users/${coordinator.id}`, { active: false })).status).toBe(
      404,
    );
    expect((await userByEmail('coordinator@atrama.test')).active).toBe(true);
  });

  it('asks a session to choose again when the membership it acted in is removed', async () => {
    const worker = await loginAs(app, 'klaipeda.worker@atrama.test');
    expect((await worker.request('GET', '/api/people')).status).toBe(200);
    const user = await userByEmail('klaipeda.worker@atrama.test');
    expect((await admin.request('DELETE', `/api/memberships/${user.memberships[0]!.id}`)).status).toBe(204);
    const refused = await worker.request('GET', '/api/people');
    expect(refused.status).toBe(403);
    expect(refused.json()).toMatchObject({ code: 'membership_required' });
    expect(((await worker.request('GET', '/api/auth/session')).json() as { stage: string }).stage).toBe(
      'membership_required',
    );
  });

  it('answers a duplicate e-mail with 409 and a weak password with the rule it breaks', async () => {
    const base = { displayName: 'Kažkas', organisationId: caritasId, role: 'case_worker' };
    const duplicate = await admin.request('POST', '/api/users', {
      ...base,
      email: 'Case.Worker@atrama.test',
      password: 'a long enough passphrase',
    });
    expect(duplicate.status).toBe(409);
    const weak = await admin.request('POST', '/api/users', {
      ...base,
      email: 'weak@atrama.test',
      password: 'password1234',
    });
    expect(weak.status).toBe(400);
    expect(JSON.stringify(weak.json())).toContain('too_common');
  });
});
