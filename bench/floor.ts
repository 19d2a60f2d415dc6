// The database's own floor for npm run bench: the least an audited read of a sealed record costs,
// with no HTTP, session, policy or response on top.
import { randomUUID } from 'node:crypto';
import { eq, isNotNull } from 'drizzle-orm';
import type { Role } from '../src/access/model.ts';
import { memberships, users } from '../src/access/tables.ts';
import type { Config } from '../src/app/config.ts';
import { prepare } from '../src/app/server.ts';
import { recordAudit } from '../src/audit/record.ts';
import { people } from '../src/people/tables.ts';
import type { RequestContext } from '../src/platform/http/context.ts';
import { percentiles } from './percentiles.ts';

/**
 * The minimal audited read, by `clients` concurrent clients for `seconds`: in one transaction the
 * SELECT of one person's sealed identity row and the audit event appended by recordAudit (the
 * chain's head, then the insert), then COMMIT. The database is opened by prepare() with the config
 * the server gets, so the driver and the pool are the server's. It needs a named person (demo data).
 */
export async function minimalAuditedRead(config: Config, clients: number, seconds: number) {
  const started = await prepare(config, {}, () => {});
  try {
    const { db } = started.services.database;
    const [person] = await db
      .select({ id: people.id })
      .from(people)
      .where(isNotNull(people.sealedIdentity))
      .limit(1);
    const [member] = await db
      .select({ userId: users.id, email: users.email, membership: memberships })
      .from(memberships)
      .innerJoin(users, eq(users.id, memberships.userId))
      .where(eq(users.email, 'case.worker@atrama.test'))
      .limit(1);
    if (!person || !member) throw new Error('the floor reads a demo person as a demo case worker');
    const ctx: Omit<RequestContext, 'requestId'> = {
      db,
      readDb: db,
      keys: started.services.keys,
      config,
      userAgent: null,
      actor: {
        userId: member.userId,
        email: member.email,
        sessionId: randomUUID(),
        stage: 'active',
        membership: {
          id: member.membership.id,
          organisationId: member.membership.organisationId,
          role: member.membership.role as Role,
        },
      },
    };
    const read = () =>
      db.transaction(async (tx) => {
        const [row] = await tx
          .select({ id: people.id, sealedIdentity: people.sealedIdentity })
          .from(people)
          .where(eq(people.id, person.id))
          .limit(1);
        if (!row?.sealedIdentity) throw new Error('the sealed row is gone');
        // A fresh request id per read, as the server gives each request: reads spread over the chains.
        await recordAudit(
          tx,
          { ...ctx, db: tx, requestId: randomUUID() },
          // The event a person read writes.
          {
            action: 'person.read',
            recordType: 'person',
            recordId: row.id,
            outcome: 'success',
            detail: { identity: 'shown' },
          },
        );
      });

    const times: number[] = [];
    const start = performance.now();
    const until = start + seconds * 1000;
    await Promise.all(
      Array.from({ length: clients }, async () => {
        while (performance.now() < until) {
          const t = performance.now();
          await read();
          times.push(performance.now() - t);
        }
      }),
    );
    const elapsed = (performance.now() - start) / 1000;
    const { p50, p99, n } = percentiles(times);
    return { rps: n / elapsed, p50, p99 };
  } finally {
    await started.close();
  }
}
