import { count, eq } from 'drizzle-orm';
import { hashPassword } from '../access/auth.ts';
import { memberships, organisations, users } from '../access/tables.ts';
import { appendAudit } from '../audit/store.ts';
import { todayInVilnius } from '../cases/model.ts';
import { insertPerson } from '../people/store.ts';
import { sealJson } from '../platform/crypto/sealing.ts';
import type { Services } from '../platform/http/context.ts';
import { loadProgrammeDemo } from '../programme/demo.ts';
import { DEMO_PASSWORD, DEMO_STAFF, DEMO_TOTP_SECRET } from './staff.ts';

const SYSTEM = { userId: null, email: null, membershipId: null, organisationId: null, role: null };

/** Loads the demo staff and two demo people into a database that has no staff yet. */
export async function loadDemoIfEmpty(services: Services): Promise<boolean> {
  const { db } = services.database;
  const [existing] = await db.select({ n: count() }).from(users);
  if ((existing?.n ?? 0) > 0) return false;
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  await db.transaction(async (tx) => {
    const inserted = await tx.select({ id: organisations.id, slug: organisations.slug }).from(organisations);
    const orgId = new Map(inserted.map((o) => [o.slug, o.id]));
    for (const staff of DEMO_STAFF) {
      const [user] = await tx
        .insert(users)
        .values({ email: staff.email, displayName: staff.displayName, passwordHash })
        .returning({ id: users.id });
      if (staff.totp === 'enrolled') {
        await tx
          .update(users)
          .set({ totpSecretSealed: sealJson(services.keys.master, DEMO_TOTP_SECRET, `totp:${user!.id}`) })
          .where(eq(users.id, user!.id));
      }
      await tx.insert(memberships).values(
        staff.memberships.map((m) => {
          const organisationId = orgId.get(m.organisation);
          if (!organisationId) throw new Error(`demo staff names unknown organisation ${m.organisation}`);
          return { userId: user!.id, organisationId, role: m.role };
        }),
      );
    }
    const caritas = orgId.get('caritas-centre-against-human-trafficking-and-exploitation')!;
    await insertPerson(tx, services.keys, {
      organisationId: caritas,
      sex: 'female',
      ageBand: '25-34',
      citizenshipPathway: 'third_country',
      disability: false,
    });
    await insertPerson(tx, services.keys, {
      organisationId: caritas,
      sex: 'female',
      ageBand: '18-24',
      citizenshipPathway: 'lithuanian',
      disability: false,
      identity: {
        givenName: 'Marija',
        familyName: 'Pavyzdytė',
        birthDate: '2003-04-12',
        notes: 'Demo record.',
      },
    });
    await loadProgrammeDemo(tx, (slug) => orgId.get(slug)!, todayInVilnius());
    await appendAudit(tx, services.keys, SYSTEM, 'demo-load', {
      action: 'demo.load',
      outcome: 'success',
      detail: { staff: DEMO_STAFF.length },
    });
  });
  return true;
}
