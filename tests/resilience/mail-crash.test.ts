// The outbox survives a crash: the real server commits an e-mail, starts sending it to a mail server
// that never answers, and is killed with SIGKILL. Restarted on the same data with a mail server that
// answers, it sends the e-mail, and only once. On PGlite (a data folder) and on PostgreSQL.
import { afterAll, describe, expect, it } from 'vitest';
import { startTestSmtp, type TestSmtp } from '../support/smtp.ts';
import {
  freePort,
  freshTarget,
  type ServerProcess,
  startProcess,
  type Target,
  targetNames,
} from './support.ts';

const SERVER = 'src/app/main.ts';
const EMAIL = 'return.officer@atrama.test';

const resetMails = (smtp: TestSmtp) =>
  smtp.received.filter((m) => m.to.includes(EMAIL) && m.text.includes('reset-password?token='));

async function until(check: () => boolean, timeoutMs: number) {
  const end = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > end) return false;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return true;
}

describe.each(targetNames())('e-mail across a crash on %s', (name) => {
  let target: Target | null = null;
  let smtp: TestSmtp | null = null;
  let server: ServerProcess | null = null;
  afterAll(async () => {
    await server?.kill('SIGKILL');
    await smtp?.close();
    await target?.cleanup();
  });

  it('sends what was committed before the kill once the server is back, and only once', {
    timeout: 180_000,
  }, async () => {
    target = await freshTarget(name);
    smtp = await startTestSmtp();
    smtp.mode = 'hang';
    const env = {
      ...target.env,
      PORT: String(await freePort()),
      ATRAMA_WORKERS: '1',
      ATRAMA_SMTP_URL: smtp.url,
      ATRAMA_MAIL_FROM: 'Atrama <atrama@test.invalid>',
      // A send cut short by the crash may be taken up by the next server after 3 s.
      ATRAMA_MAIL_LEASE_SECONDS: '3',
    };
    server = await startProcess(SERVER, env);
    const hanging = smtp.nextData();
    const asked = await fetch(`${server.base}/api/auth/password/forgot`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: server.base },
      body: JSON.stringify({ email: EMAIL }),
    });
    expect(asked.status).toBe(202);
    // The sender is in the middle of a send the mail server will never answer: kill the server now.
    await hanging;
    await server.kill('SIGKILL');
    expect(resetMails(smtp)).toEqual([]);

    smtp.mode = 'accept';
    server = await startProcess(SERVER, env);
    expect(await until(() => resetMails(smtp!).length > 0, 60_000), server.output()).toBe(true);
    // Two more rounds of the sender and the lease's end: nothing goes twice.
    await new Promise((resolve) => setTimeout(resolve, 12_000));
    const sent = resetMails(smtp);
    expect(sent).toHaveLength(1);
    // One link, written in both languages' lines.
    expect(
      new Set([...sent[0]!.text.matchAll(/reset-password\?token=([\w-]+)/g)].map((m) => m[1])).size,
    ).toBe(1);
    await server.kill('SIGTERM');
    server = null;
  });
});
