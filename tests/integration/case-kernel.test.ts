import { randomUUID } from 'node:crypto';
import { and, count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../src/access/model.ts';
import { memberships, users } from '../../src/access/tables.ts';
import { auditEvents } from '../../src/audit/tables.ts';
import { changeCase } from '../../src/cases/change.ts';
import { sealText } from '../../src/cases/sealed.ts';
import { insertNote } from '../../src/cases/store.ts';
import { caseEvents, caseNotes, cases } from '../../src/cases/tables.ts';
import { people } from '../../src/people/tables.ts';
import { AppError, DeniedError } from '../../src/platform/errors.ts';
import type { RequestContext } from '../../src/platform/http/context.ts';
import { backends, loginAs, startTestApp, type TestApp } from '../support/harness.ts';

// The case kernel on a real database: who may change a case, when nothing may change, and that the
// change, its timeline event and its audit event commit together or not at all.

describe.each(backends())('the case kernel on %s', (backend) => {
  let app: TestApp;
  let caseId: string;
  let personId: string;

  /** A request context acting as the account's first membership, as the HTTP layer would build it. */
  async function actingAs(email: string): Promise<RequestContext> {
    const { db } = app.services.database;
    const [m] = await db
      .select({ id: memberships.id, organisationId: memberships.organisationId, role: memberships.role })
      .from(memberships)
      .innerJoin(users, eq(users.id, memberships.userId))
      .where(eq(users.email, email))
      .limit(1);
    const [user] = await db.select({ id: users.id }).from(users).where(eq(users.email, email));
    return {
      db,
      readDb: db,
      keys: app.services.keys,
      config: app.services.config,
      requestId: randomUUID(),
      userAgent: null,
      actor: {
        userId: user!.id,
        email,
        sessionId: randomUUID(),
        stage: 'active',
        membership: { id: m!.id, organisationId: m!.organisationId, role: m!.role as Role },
      },
    };
  }

  const caseRow = async () => {
    const [row] = await app.services.database.db.select().from(cases).where(eq(cases.id, caseId));
    return row!;
  };
  const written = async () => {
    const { db } = app.services.database;
    const [notes] = await db.select({ n: count() }).from(caseNotes).where(eq(caseNotes.caseId, caseId));
    const [events] = await db
      .select({ n: count() })
      .from(caseEvents)
      .where(and(eq(caseEvents.caseId, caseId), eq(caseEvents.type, 'note_added')));
    const [audits] = await db
      .select({ n: count() })
      .from(auditEvents)
      .where(and(eq(auditEvents.recordId, caseId), eq(auditEvents.action, 'case.note.add')));
    return { notes: notes!.n, events: events!.n, audits: audits!.n, version: (await caseRow()).version };
  };

  /** A note written by the verb, with its timeline and audit entries, as addNote does. */
  const noteSpec = (version: number | 'current' | undefined, applied: string[]) => ({
    action: 'case.update' as const,
    version,
    apply: async (c: Parameters<Parameters<typeof changeCase>[2]['apply']>[0]) => {
      applied.push('applied');
      await insertNote(c.ctx.db, {
        caseId: c.row.id,
        organisationId: c.organisationId,
        authorUserId: c.userId,
        visibility: 'team',
        sealedText: sealText((await c.personKey())!, 'case-note', c.row.id, 'Asked for an interpreter.'),
      });
      c.event('note_added', { visibility: 'team' });
      c.audit({ action: 'case.note.add', detail: { visibility: 'team' } });
    },
  });

  beforeAll(async () => {
    app = await startTestApp(backend);
    const guard = await loginAs(app, 'border.guard@atrama.test');
    const draft = randomUUID();
    await guard.request('PUT', `/api/intake-drafts/${draft}`, {
      data: {
        kind: 'trafficking',
        metAt: new Date(Date.now() - 3_600_000).toISOString(),
        municipality: 'Vilnius',
        firstContactKind: 'border_guard',
        exploitationForms: ['ForcedLabour'],
        indicators: ['WithholdsDocuments'],
        sex: 'male',
        age: 34,
        consents: [{ scope: 'referral_to_national_contact_point', method: 'spoken' }],
      },
    });
    const submitted = await guard.request('POST', `/api/intake-drafts/${draft}/submit`);
    expect(submitted.status, submitted.body).toBe(201);
    caseId = (submitted.json() as { caseId: string }).caseId;
    personId = (await caseRow()).personId;
  }, 120_000);

  afterAll(async () => {
    await app?.close();
  });

  it('changes the case, with its timeline event and audit event, and moves the version on once', async () => {
    const before = await written();
    const ctx = await actingAs('border.guard@atrama.test');
    const applied: string[] = [];
    const answer = await changeCase(ctx, caseId, noteSpec(before.version, applied), async (done) => ({
      version: done.row.version,
    }));
    expect(applied).toEqual(['applied']);
    expect(answer.version).toBe(before.version + 1);
    expect(await written()).toEqual({
      notes: before.notes + 1,
      events: before.events + 1,
      audits: before.audits + 1,
      version: before.version + 1,
    });
  });

  it('keeps nothing when the change fails after writing: note, timeline, audit and version go together', async () => {
    const before = await written();
    const ctx = await actingAs('border.guard@atrama.test');
    await expect(
      changeCase(ctx, caseId, noteSpec(before.version, []), async () => {
        throw new Error('the answer could not be built');
      }),
    ).rejects.toThrow('the answer could not be built');
    expect(await written()).toEqual(before);
  });

  it('lets notes written at the same moment all land, each moving the version on', async () => {
    const before = await written();
    const ctx = await actingAs('border.guard@atrama.test');
    await Promise.all(
      Array.from({ length: 5 }, () =>
        changeCase({ ...ctx, requestId: randomUUID() }, caseId, noteSpec('current', []), async () => null),
      ),
    );
    expect(await written()).toEqual({
      notes: before.notes + 5,
      events: before.events + 5,
      audits: before.audits + 5,
      version: before.version + 5,
    });
  });

  it('refuses an actor off the team as "not found", before the verb runs', async () => {
    const before = await written();
    const ctx = await actingAs('klaipeda.worker@atrama.test');
    const applied: string[] = [];
    const refused = changeCase(ctx, caseId, noteSpec(before.version, applied), async () => null);
    await expect(refused).rejects.toBeInstanceOf(DeniedError);
    await expect(refused).rejects.toMatchObject({ code: 'not_found' });
    expect(applied).toEqual([]);
    expect(await written()).toEqual(before);
  });

  it('refuses a stale version with 409, before the verb runs', async () => {
    const before = await written();
    const ctx = await actingAs('border.guard@atrama.test');
    const applied: string[] = [];
    const stale = changeCase(ctx, caseId, noteSpec(before.version - 1, applied), async () => null);
    await expect(stale).rejects.toBeInstanceOf(AppError);
    await expect(stale).rejects.toMatchObject({ code: 'conflict' });
    expect(applied).toEqual([]);
    expect(await written()).toEqual(before);
  });

  it('refuses every change while the person’s data is restricted, with the code "restricted"', async () => {
    const { db } = app.services.database;
    await db.update(people).set({ restrictedAt: new Date() }).where(eq(people.id, personId));
    try {
      const before = await written();
      const ctx = await actingAs('border.guard@atrama.test');
      const applied: string[] = [];
      const restricted = changeCase(ctx, caseId, noteSpec('current', applied), async () => null);
      await expect(restricted).rejects.toMatchObject({ code: 'conflict', extra: { refusal: 'restricted' } });
      expect(applied).toEqual([]);
      expect(await written()).toEqual(before);
    } finally {
      await db.update(people).set({ restrictedAt: null }).where(eq(people.id, personId));
    }
  });

  it('moves the state only by the workflow, and a refused step leaves the case as it was', async () => {
    const before = await caseRow();
    const ctx = await actingAs('border.guard@atrama.test');
    const refusal = changeCase(
      ctx,
      caseId,
      {
        action: 'case.update',
        version: before.version,
        apply: async (c) => {
          // A first responder cannot record the identification decision.
          await c.move('record_identified', { reason: 'Seen enough.', required: true });
        },
      },
      async () => null,
    );
    await expect(refusal).rejects.toMatchObject({ code: 'conflict' });
    const after = await caseRow();
    expect({ state: after.state, version: after.version }).toEqual({
      state: before.state,
      version: before.version,
    });
  });
});
