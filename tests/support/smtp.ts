import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

// A real SMTP server in the test process: what Atrama sends is read back as a mail server received
// it. It can refuse recipients, or hang after the message is given, as real servers sometimes do.

export type Received = { from: string; to: string[]; subject: string; text: string; raw: string };

export type TestSmtp = {
  url: string;
  received: Received[];
  /** refuse: every recipient is refused; hang: the message's end is never answered. */
  mode: 'accept' | 'refuse' | 'hang';
  /** Resolves when a message's data has reached the server (whether or not it is answered). */
  nextData(): Promise<void>;
  close(): Promise<void>;
};

function parse(raw: string, from: string, to: string[]): Received {
  const [head = '', ...body] = raw.split(/\r?\n\r?\n/);
  const unfolded = head.replace(/\r?\n[ \t]+/g, ' ');
  const subjectLine = /^Subject: (.*)$/im.exec(unfolded)?.[1] ?? '';
  const decode = (value: string) =>
    value.replace(/=\?utf-8\?([BQ])\?([^?]*)\?=\s*/gi, (_all, how: string, text: string) =>
      how.toUpperCase() === 'B'
        ? Buffer.from(text, 'base64').toString('utf8')
        : Buffer.from(
            text
              .replace(/_/g, ' ')
              .replace(/=([0-9A-F]{2})/gi, (_m, hex: string) =>
                String.fromCharCode(Number.parseInt(hex, 16)),
              ),
            'latin1',
          ).toString('utf8'),
    );
  let text = body.join('\n\n');
  if (/Content-Transfer-Encoding: quoted-printable/i.test(unfolded)) {
    text = Buffer.from(
      text
        .replace(/=\r?\n/g, '')
        .replace(/=([0-9A-F]{2})/gi, (_m, hex: string) => String.fromCharCode(Number.parseInt(hex, 16))),
      'latin1',
    ).toString('utf8');
  } else if (/Content-Transfer-Encoding: base64/i.test(unfolded)) {
    text = Buffer.from(text.replace(/\s+/g, ''), 'base64').toString('utf8');
  }
  return { from, to, subject: decode(subjectLine), text, raw };
}

export async function startTestSmtp(): Promise<TestSmtp> {
  const waiting: (() => void)[] = [];
  const state: TestSmtp = {
    url: '',
    received: [],
    mode: 'accept',
    nextData: () => new Promise<void>((resolve) => waiting.push(resolve)),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    closeTimeout: 1000,
    logger: false,
    onRcptTo(_address, _session, callback) {
      if (state.mode === 'refuse') {
        const refused = new Error('Recipient refused') as Error & { responseCode: number };
        refused.responseCode = 550;
        callback(refused);
        return;
      }
      callback();
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        for (const wake of waiting.splice(0)) wake();
        if (state.mode === 'hang') return;
        state.received.push(
          parse(
            Buffer.concat(chunks).toString('utf8'),
            session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
            session.envelope.rcptTo.map((r) => r.address),
          ),
        );
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const { port } = server.server.address() as AddressInfo;
  state.url = `smtp://127.0.0.1:${port}`;
  return state;
}
