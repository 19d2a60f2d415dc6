import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { passwordResets, users } from '../../src/access/tables.ts';
import { smtpTransport } from '../../src/alerts/mailer.ts';
import { deliverDue } from '../../src/alerts/outbox.ts';
import { alerts, mailOutbox } from '../../src/alerts/tables.ts';
import { DEMO_PASSWORD } from '../../src/demo/staff.ts';
import { backends, clientFor, loginAs, startTestApp, type TestApp } from '../support/harness.ts';
import { startTestSmtp, type TestSmtp } from '../support/smtp.ts';

// "Forgot password?" and the account holder's own alerts, through the HTTP API and a real SMTP
// server: the same answer for any address, a single-use link valid 30 minutes kept only as a hash,
// every session ended, the second factor still asked; a lock, a new device and a new second factor
// told to the person whose account it is.

const EMAIL = 'coordinator@atrama.test';
const NEW_PASSWORD = 'Vilnius rain on a Tuesday 2026';

describe.each(backends())('a forgotten password on %s', (backend) => {
  let app: TestApp;
  let smtp: TestSmtp;
  const log = { info: () => {}, warn: () => {} };
  const send = () =>
    deliverDue(
      app.services.database.db,
      app.services.keys,
      smtpTransport({ smtpUrl: smtp.url, from: 'Atrama <atrama@test.invalid>', leaseMs: 60_000 }),
      { publicUrl: 'https://atrama.example.lt', leaseMs: 60_000, log },
    );
  const accountId = async (email: string) =>
    (await app.services.database.db.select().from(users).where(eq(users.email, email)))[0]!.id;
  const alertKinds = async (email: string) =>
    (
      await app.services.database.db
        .select({ kind: alerts.kind })
        .from(alerts)
        .where(eq(alerts.userId, await accountId(email)))
    ).map((a) => a.kind);

  beforeAll(async () => {
    app = await startTestApp(backend);
    smtp = await startTestSmtp();
    await send();
    smtp.received.length = 0;
  });
  afterAll(async () => {
    await app?.close();
    await smtp?.close();
  });

  it('answers alike for any address, e-mails a single-use link, ends every session and still asks for the second factor', async () => {
    const session = await loginAs(app, EMAIL);
    const anonymous = clientFor(app);
    const unknown = await anonymous.request('POST', '/api/auth/password/forgot', {
      email: 'nobody@atrama.test',
    });
    const known = await anonymous.request('POST', '/api/auth/password/forgot', {
      email: EMAIL.toUpperCase(),
    });
    expect([unknown.status, known.status]).toEqual([202, 202]);
    expect(unknown.body).toBe(known.body);

    await send();
    expect(smtp.received.map((m) => m.to)).toEqual([[EMAIL]]);
    const link = /https:\/\/atrama\.example\.lt\/staff\/reset-password\?token=([A-Za-z0-9_-]+)/.exec(
      smtp.received[0]!.text,
    );
    expect(link, smtp.received[0]!.text).not.toBeNull();
    const token = link![1]!;
    // The database keeps the token's hash and, once sent, nothing of the link.
    const { db } = app.services.database;
    const stored = await db.select().from(passwordResets);
    expect(JSON.stringify(stored)).not.toContain(token);
    const [outbox] = await db.select().from(mailOutbox).where(eq(mailOutbox.kind, 'password_reset'));
    expect(outbox).toMatchObject({ status: 'sent', sealedLink: null });

    const weak = await anonymous.request('POST', '/api/auth/password/reset', { token, newPassword: 'short' });
    expect(weak.status).toBe(400);
    const reset = await anonymous.request('POST', '/api/auth/password/reset', {
      token,
      newPassword: NEW_PASSWORD,
    });
    expect(reset.status, reset.body).toBe(204);
    // The session from before is over; the link works once.
    expect((await session.request('GET', '/api/auth/session')).status).toBe(401);
    const again = await anonymous.request('POST', '/api/auth/password/reset', {
      token,
      newPassword: `${NEW_PASSWORD}!`,
    });
    expect(again.status).toBe(401);
    // The new password logs in, to the second factor.
    const login = await anonymous.request('POST', '/api/auth/login', {
      email: EMAIL,
      password: NEW_PASSWORD,
    });
    expect(login.status, login.body).toBe(200);
    expect(login.json()).toMatchObject({ stage: 'totp_required' });
    expect(
      (await anonymous.request('POST', '/api/auth/login', { email: EMAIL, password: DEMO_PASSWORD })).status,
    ).toBe(401);
    expect(await alertKinds(EMAIL)).toContain('password_changed');
  });

  it('sends at most three links an hour to one account, and refuses a link past its 30 minutes', async () => {
    const email = 'return.officer@atrama.test';
    const anonymous = clientFor(app);
    smtp.received.length = 0;
    for (let n = 0; n < 5; n++) {
      expect((await anonymous.request('POST', '/api/auth/password/forgot', { email })).status).toBe(202);
    }
    await send();
    const mails = smtp.received.filter((m) => m.to.includes(email));
    // Lines due together for one address make one e-mail: three links in it, no more.
    expect(mails).toHaveLength(1);
    const tokens = [...mails[0]!.text.matchAll(/reset-password\?token=([A-Za-z0-9_-]+)/g)].map((m) => m[1]!);
    expect(new Set(tokens).size).toBe(3);
    const { db } = app.services.database;
    await db
      .update(passwordResets)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(and(eq(passwordResets.userId, await accountId(email))));
    const late = await anonymous.request('POST', '/api/auth/password/reset', {
      token: tokens[0],
      newPassword: NEW_PASSWORD,
    });
    expect(late.status).toBe(401);
    expect(late.json()).toMatchObject({ errors: [{ field: 'body.token', message: 'expired_link' }] });
  });

  it('tells the account holder of a lock, a login from a new device and a new second factor', async () => {
    const email = 'klaipeda.worker@atrama.test';
    const anonymous = clientFor(app);
    for (let n = 0; n < 6; n++) {
      await anonymous.request('POST', '/api/auth/login', { email, password: 'wrong password, surely' });
    }
    expect((await alertKinds(email)).filter((k) => k === 'account_locked')).toHaveLength(1);
    // A wrong address tells nobody.
    for (let n = 0; n < 6; n++) {
      await anonymous.request('POST', '/api/auth/login', { email: 'ghost@atrama.test', password: 'x' });
    }

    const police = 'police.officer@atrama.test';
    await loginAs(app, police);
    const before = (await alertKinds(police)).filter((k) => k === 'new_device_login').length;
    const elsewhere = await app.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: {
        host: 'localhost',
        origin: 'http://localhost',
        'content-type': 'application/json',
        'user-agent': 'Mozilla/5.0 (Android 14; Mobile) Firefox/133.0',
      },
      payload: JSON.stringify({ email: police, password: DEMO_PASSWORD }),
    });
    expect(elsewhere.statusCode).toBe(200);
    expect((await alertKinds(police)).filter((k) => k === 'new_device_login')).toHaveLength(before + 1);

    // Enrolling a second factor (the administrator must) is told to the administrator.
    await loginAs(app, 'admin@atrama.test');
    expect(await alertKinds('admin@atrama.test')).toContain('second_factor_changed');
  });
});
