import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { currentTotp } from '../../src/access/totp.ts';
import { DEMO_PASSWORD, DEMO_TOTP_SECRET } from '../../src/demo/staff.ts';
import { backends, clientFor, loginAs, startTestApp, type TestApp } from '../support/harness.ts';

type Session = { stage: string; memberships: { id: string }[]; activeMembershipId: string | null };

describe.each(backends())('accounts and sessions on %s', (backend) => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp(backend);
  });
  afterAll(() => app?.close());

  const passwordLogin = async (email: string, password = DEMO_PASSWORD) => {
    const response = await clientFor(app).request('POST', '/api/auth/login', { email, password });
    const cookie = response.status === 200 ? String(response.headers['set-cookie']).split(';')[0]! : '';
    return {
      response,
      client: clientFor(app, cookie, email),
      setCookie: String(response.headers['set-cookie'] ?? ''),
    };
  };

  it('sets an httpOnly, SameSite=Strict session cookie and asks a two-membership user to choose', async () => {
    const { response, client, setCookie } = await passwordLogin('case.worker@atrama.test');
    expect(response.status).toBe(200);
    expect(setCookie).toMatch(/HttpOnly/);
    expect(setCookie).toMatch(/SameSite=Strict/);
    const session = response.json() as Session;
    expect(session.stage).toBe('membership_required');
    expect((await client.request('GET', '/api/people')).status).toBe(403);
    const chosen = await client.request('POST', '/api/auth/membership', {
      membershipId: session.memberships[1]!.id,
    });
    expect((chosen.json() as Session).activeMembershipId).toBe(session.memberships[1]!.id);
    expect((await client.request('GET', '/api/people')).status).toBe(200);
  });

  it('says the same for an unknown e-mail and a wrong password', async () => {
    const unknown = await passwordLogin('nobody@atrama.test');
    const wrong = await passwordLogin('police.officer@atrama.test', 'not the password at all');
    expect(unknown.response.status).toBe(401);
    expect(wrong.response.status).toBe(401);
    expect((unknown.response.json() as { detail: string }).detail).toBe(
      (wrong.response.json() as { detail: string }).detail,
    );
  });

  it('locks an account after five wrong passwords and says until when', async () => {
    for (let i = 0; i < 4; i++) {
      expect((await passwordLogin('investigator@atrama.test', 'wrong password number')).response.status).toBe(
        401,
      );
    }
    const fifth = await passwordLogin('investigator@atrama.test', 'wrong password number');
    expect(fifth.response.status).toBe(423);
    const problem = fifth.response.json() as { code: string; lockedUntil: string; detail: string };
    expect(problem.code).toBe('account_locked');
    expect(new Date(problem.lockedUntil).getTime()).toBeGreaterThan(Date.now() + 14 * 60_000);
    // Even the right password waits for the lock to pass.
    expect((await passwordLogin('investigator@atrama.test')).response.status).toBe(423);
  });

  it('requires the second factor for a coordinator and refuses a replayed code', async () => {
    const { response, client } = await passwordLogin('coordinator@atrama.test');
    expect((response.json() as Session).stage).toBe('totp_required');
    expect((await client.request('GET', '/api/people')).status).toBe(403);
    expect((await client.request('POST', '/api/auth/totp', { code: '123456' })).status).toBe(401);
    const code = currentTotp(DEMO_TOTP_SECRET, 'coordinator@atrama.test');
    const passed = await client.request('POST', '/api/auth/totp', { code });
    expect((passed.json() as Session).stage).toBe('active');
    expect((await client.request('GET', '/api/people')).status).toBe(200);
    const again = await passwordLogin('coordinator@atrama.test');
    expect((await again.client.request('POST', '/api/auth/totp', { code })).status).toBe(401);
  });

  it('makes an administrator enrol, then accepts a recovery code once', async () => {
    const { response, client } = await passwordLogin('admin@atrama.test');
    expect((response.json() as Session).stage).toBe('totp_enrolment_required');
    expect((await client.request('GET', '/api/users')).status).toBe(403);
    const started = (await client.request('POST', '/api/auth/totp/enrolment', {})).json() as {
      secret: string;
      otpauthUrl: string;
      qrSvg: string;
    };
    expect(started.otpauthUrl).toMatch(/^otpauth:\/\/totp\/Atrama:/);
    expect(started.qrSvg).toContain('<svg');
    const wrong = await client.request('POST', '/api/auth/totp/enrolment/confirm', { code: '000000' });
    expect(wrong.status).toBe(400);
    const confirmed = await client.request('POST', '/api/auth/totp/enrolment/confirm', {
      code: currentTotp(started.secret, 'admin@atrama.test'),
    });
    const { recoveryCodes, session } = confirmed.json() as { recoveryCodes: string[]; session: Session };
    expect(recoveryCodes).toHaveLength(10);
    expect(session.stage).toBe('active');
    expect((await client.request('GET', '/api/users')).status).toBe(200);

    const next = await passwordLogin('admin@atrama.test');
    expect((next.response.json() as Session).stage).toBe('totp_required');
    expect((await next.client.request('POST', '/api/auth/totp', { code: recoveryCodes[0] })).status).toBe(
      200,
    );
    const reuse = await passwordLogin('admin@atrama.test');
    expect((await reuse.client.request('POST', '/api/auth/totp', { code: recoveryCodes[0] })).status).toBe(
      401,
    );
  });

  it('lists own sessions, ends one, and logs out everywhere', async () => {
    const first = await loginAs(app, 'klaipeda.worker@atrama.test');
    const second = await loginAs(app, 'klaipeda.worker@atrama.test');
    const list = (await first.request('GET', '/api/auth/sessions')).json() as {
      items: { id: string; current: boolean }[];
    };
    expect(list.items.length).toBeGreaterThanOrEqual(2);
    expect(list.items.filter((s) => s.current)).toHaveLength(1);
    const other = list.items.find((s) => !s.current)!;
    expect((await first.request('DELETE', `/api/auth/sessions/${other.id}`)).status).toBe(204);
    expect((await second.request('GET', '/api/auth/session')).status).toBe(401);
    const third = await loginAs(app, 'klaipeda.worker@atrama.test');
    expect((await first.request('POST', '/api/auth/logout-everywhere', {})).status).toBe(204);
    expect((await first.request('GET', '/api/auth/session')).status).toBe(401);
    expect((await third.request('GET', '/api/auth/session')).status).toBe(401);
  });

  it('ends a session idle for 30 minutes', async () => {
    const client = await loginAs(app, 'police.officer@atrama.test');
    expect((await client.request('GET', '/api/auth/session')).status).toBe(200);
    await app.services.database.db.execute(
      sql`update sessions set last_seen_at = now() - interval '31 minutes' where ended_at is null and user_id = (select id from users where email = 'police.officer@atrama.test')`,
    );
    expect((await client.request('GET', '/api/auth/session')).status).toBe(401);
  });

  it('ends a session 12 hours after it began, however active', async () => {
    const client = await loginAs(app, 'return.officer@atrama.test');
    await app.services.database.db.execute(
      sql`update sessions set absolute_expires_at = now() - interval '1 second' where user_id = (select id from users where email = 'return.officer@atrama.test')`,
    );
    expect((await client.request('GET', '/api/auth/session')).status).toBe(401);
  });

  it('refuses a state-changing request from another origin, or with none', async () => {
    const client = await loginAs(app, 'statistician@atrama.test');
    const foreign = await app.app.inject({
      method: 'POST',
      url: '/api/auth/logout',
      headers: {
        host: 'localhost',
        origin: 'https://evil.example',
        cookie: client.cookie,
        'content-type': 'application/json',
      },
      payload: '{}',
    });
    expect(foreign.statusCode).toBe(403);
    expect(foreign.json()).toMatchObject({ code: 'origin_rejected' });
    const none = await app.app.inject({
      method: 'POST',
      url: '/api/auth/logout',
      headers: { host: 'localhost', cookie: client.cookie },
    });
    expect(none.statusCode).toBe(403);
    expect((await client.request('GET', '/api/auth/session')).status).toBe(200);
  });

  it('checks a new password for length, commonness and the e-mail, then ends other sessions', async () => {
    const client = await loginAs(app, 'compensation@atrama.test');
    const other = await loginAs(app, 'compensation@atrama.test');
    const change = (newPassword: string) =>
      client.request('POST', '/api/auth/password', { currentPassword: DEMO_PASSWORD, newPassword });
    const short = await change('short one');
    expect(short.status).toBe(400);
    expect(JSON.stringify(short.json())).toContain('too_short');
    expect(JSON.stringify((await change('Password2026!!')).json())).toContain('too_common');
    expect(JSON.stringify((await change('compensation-is-my-job')).json())).toContain('contains_email');
    expect((await change('vilnius rain on a tuesday')).status).toBe(204);
    expect((await other.request('GET', '/api/auth/session')).status).toBe(401);
    expect((await client.request('GET', '/api/auth/session')).status).toBe(200);
    const relogin = await clientFor(app).request('POST', '/api/auth/login', {
      email: 'compensation@atrama.test',
      password: 'vilnius rain on a tuesday',
    });
    expect(relogin.status).toBe(200);
  });

  it('answers health, readiness and the OpenAPI document', async () => {
    const anonymous = clientFor(app);
    expect((await anonymous.request('GET', '/healthz')).status).toBe(200);
    expect((await anonymous.request('GET', '/readyz')).status).toBe(200);
    const doc = (await anonymous.request('GET', '/openapi.json')).json() as {
      openapi: string;
      paths: Record<string, object>;
    };
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining(['/api/people/{id}', '/api/auth/login', '/healthz']),
    );
    const docs = await anonymous.request('GET', '/docs');
    expect(docs.status).toBe(200);
    expect(docs.body).toContain('/api/people/{id}');
  });
});
