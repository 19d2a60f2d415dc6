import nodemailer from 'nodemailer';
import type { Transport } from './outbox.ts';

// The institution's mail server, through nodemailer: `smtp://user:pass@host:587` (STARTTLS when the
// server offers it) or `smtps://user:pass@host:465`. The timeouts keep a server that hangs from
// holding a send longer than the outbox's lease.

export type MailSettings = {
  /** ATRAMA_SMTP_URL; without it e-mail waits in the outbox for an administrator to see. */
  smtpUrl: string | null;
  /** ATRAMA_MAIL_FROM: the sender's address, "Atrama <atrama@example.lt>". */
  from: string;
  /**
   * ATRAMA_MAIL_LEASE_SECONDS: how long a sender holds the e-mail it is sending before another
   * server may send it (after a crash mid-send); longer than the transport's timeouts allow a send.
   */
  leaseMs: number;
};

declare module '../platform/config.ts' {
  interface Config {
    mail: MailSettings;
  }
}

export function smtpTransport(settings: MailSettings & { smtpUrl: string }): Transport & { close(): void } {
  const transporter = nodemailer.createTransport({
    url: settings.smtpUrl,
    connectionTimeout: 15_000,
    greetingTimeout: 15_000,
    socketTimeout: 60_000,
  });
  return {
    async send(to, subject, text) {
      await transporter.sendMail({ from: settings.from, to, subject, text });
    },
    close: () => transporter.close(),
  };
}
