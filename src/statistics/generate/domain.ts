import { randomBytes, randomUUID } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import { hashPassword } from '../../access/auth.ts';
import { memberships, organisations, users } from '../../access/tables.ts';
import {
  AssessmentInput,
  PlanAgreementInput,
  PlanItemInput,
  RightsInput,
  ServicesInput,
} from '../../assistance/model.ts';
import { addPlanItem, agreePlan } from '../../assistance/plan.ts';
import { assessNeeds, giveRights, recordServices } from '../../assistance/record.ts';
import { shiftDay } from '../../assistance/rules.ts';
import { saveDraft, submitDraft } from '../../cases/intake.ts';
import { CreateReferralInput, RespondReferralInput, SaveDraftInput } from '../../cases/model.ts';
import { createReferral, respondToReferral } from '../../cases/referrals.ts';
import { AllocationInput } from '../../funding/model.ts';
import { allocate } from '../../funding/verbs.ts';
import type { RequestContext, Services } from '../../platform/http/context.ts';
import { needOf, type PlannedPerson } from './plan.ts';
import type { Random } from './random.ts';

// Writes a planned year through the verbs the app itself uses (the same checks, seals, timelines and
// audit events): a first responder or the support service records each person, the service informs,
// assesses, plans with them and gives the services.

const GIVEN = [
  'Ona',
  'Rūta',
  'Greta',
  'Austėja',
  'Lina',
  'Jurgita',
  'Tomas',
  'Mantas',
  'Lukas',
  'Darius',
  'Olena',
  'Iryna',
];
const FAMILY = [
  'Kazlauskas',
  'Jankauskas',
  'Petrauskas',
  'Stankevičius',
  'Vasiliauskas',
  'Žukauskas',
  'Butkus',
  'Kovalenko',
  'Paulauskas',
  'Urbonas',
];

/** The support services victims of crime turn to (seed 002); IOM, a return provider, is not one of them. */
export const isVictimSupportService = (o: { functions: string[] }) =>
  o.functions.includes('support_service') && !o.functions.includes('return_provider');

type Actor = (
  role: 'case_worker' | 'first_responder' | 'organisation_manager',
  organisationId: string,
) => RequestContext;

/** A member of staff per organisation for the generated records; their accounts cannot log in. */
export async function generatorStaff(services: Services) {
  const { db } = services.database;
  const all = await db.select().from(organisations);
  const supportServices = all.filter(isVictimSupportService);
  const police =
    all.find((o) => o.slug === 'lithuanian-police') ?? all.find((o) => o.functions.includes('first_contact'));
  const funder = all.find((o) => o.functions.includes('funding_authority'));
  if (supportServices.length === 0 || !police || !funder) {
    throw new Error('No support services, first-contact organisation or funding ministry to generate for.');
  }
  const passwordHash = await hashPassword(randomBytes(24).toString('base64url'));
  const members = new Map<string, { userId: string; membershipId: string; email: string }>();
  for (const [org, role] of [
    ...supportServices.map((o) => [o, 'case_worker'] as const),
    [police, 'first_responder'] as const,
    [funder, 'organisation_manager'] as const,
  ]) {
    const email = `generated.${role}.${org.slug}@atrama.invalid`;
    const [existing] = await db.select().from(users).where(eq(users.email, email));
    const userId =
      existing?.id ??
      (
        await db
          .insert(users)
          .values({ email, displayName: 'Generated records', passwordHash, active: false })
          .returning()
      )[0]!.id;
    const [membership] = await db
      .insert(memberships)
      .values({ userId, organisationId: org.id, role })
      .onConflictDoNothing()
      .returning();
    const membershipId =
      membership?.id ??
      (
        (await db.execute(
          sql`select id from memberships where user_id = ${userId} and organisation_id = ${org.id} and role = ${role}`,
        )) as unknown as { rows: { id: string }[] }
      ).rows[0]!.id;
    members.set(`${role}:${org.id}`, { userId, membershipId, email });
  }
  const actor: Actor = (role, organisationId) => {
    const m = members.get(`${role}:${organisationId}`)!;
    return {
      db,
      readDb: db,
      keys: services.keys,
      config: services.config,
      requestId: randomUUID(),
      userAgent: 'atrama-generate',
      actor: {
        userId: m.userId,
        email: m.email,
        sessionId: 'generate',
        stage: 'active',
        membership: { id: m.membershipId, organisationId, role },
      },
    };
  };
  return { actor, supportServices: supportServices.map((o) => o.id), police: police.id, funder: funder.id };
}

/** The year's budget for accredited help, recorded by the funding ministry: one allocation per service. */
export async function allocateBudget(staff: Staff, year: number, budgetEur: number) {
  const share = Math.floor((budgetEur / staff.supportServices.length) * 100) / 100;
  const allocations = new Map<string, string>();
  for (const organisationId of staff.supportServices) {
    const funded = await allocate(
      staff.actor('organisation_manager', staff.funder),
      AllocationInput.parse({
        year,
        organisationId,
        programme: 'accredited_assistance',
        name: { lt: `Akredituota pagalba ${year}`, en: `Accredited assistance ${year}` },
        amountEur: share,
      }),
    );
    allocations.set(organisationId, funded.items.find((i) => i.organisation.id === organisationId)!.id);
  }
  return allocations;
}

type Staff = Awaited<ReturnType<typeof generatorStaff>>;

/** One planned person, written as staff would: returns the case and the day to date its records. */
export async function writePerson(
  staff: Staff,
  person: PlannedPerson,
  random: Random,
  allocations: Map<string, string>,
) {
  const service = random.pick(staff.supportServices);
  const worker = () => staff.actor('case_worker', service);
  const recorder = person.referred ? staff.actor('first_responder', staff.police) : worker();
  const draft = randomUUID();
  await saveDraft(
    recorder,
    draft,
    SaveDraftInput.parse({
      data: {
        kind: person.kind,
        metAt: `${person.metOn}T09:00:00+02:00`,
        municipality: person.municipality,
        firstContactKind: person.firstContactKind,
        ...(person.otherCrime
          ? { otherCrime: person.otherCrime }
          : { exploitationForms: person.exploitationForms }),
        sex: person.sex,
        age: person.age,
        citizenship: 'LT',
        disability: person.disability,
        ...(person.anonymous
          ? {}
          : {
              identity: {
                givenName: random.pick(GIVEN),
                familyName: random.pick(FAMILY),
                birthDate: `${Number(person.metOn.slice(0, 4)) - person.age}-${String(random.int(1, 12)).padStart(2, '0')}-${String(random.int(1, 28)).padStart(2, '0')}`,
              },
            }),
        consents: [{ scope: 'referral_to_support_service', method: 'spoken' }],
      },
    }),
  );
  const { caseId } = await submitDraft(recorder, draft);
  if (person.referred) {
    const referral = await createReferral(
      recorder,
      caseId,
      CreateReferralInput.parse({ toOrganisationId: service, purpose: 'assistance' }),
    );
    await respondToReferral(
      worker(),
      referral.id,
      RespondReferralInput.parse({ response: 'accept', version: referral.version }),
    );
  }
  await giveRights(
    worker(),
    caseId,
    RightsInput.parse({ givenOn: person.metOn, language: 'lt', form: 'spoken' }),
  );
  if (!person.accepted) return { caseId, metOn: person.metOn };
  const needs = [...new Set(person.services.map((s) => needOf(s.type)))];
  await assessNeeds(
    worker(),
    caseId,
    AssessmentInput.parse({
      assessedOn: person.metOn,
      needs: needs.map((domain) => ({ domain, urgency: random.pick(['low', 'medium', 'high']) })),
      risk: { level: person.risk, reasons: 'Generated record.' },
    }),
  );
  const measures = [...new Set(person.services.map((s) => s.type))].slice(0, 3);
  for (const measure of measures) {
    await addPlanItem(
      worker(),
      caseId,
      PlanItemInput.parse({
        need: needOf(measure),
        measure,
        organisationId: service,
        dueOn: shiftDay(person.metOn, 60),
      }),
    );
  }
  await agreePlan(
    worker(),
    caseId,
    PlanAgreementInput.parse({
      agreedOn: person.metOn,
      victimWords: 'Agreed.',
      reviewOn: shiftDay(person.metOn, 90),
    }),
  );
  for (let i = 0; i < person.services.length; i += 20) {
    // Given under the service's accredited-help allocation for the year.
    const batch = person.services
      .slice(i, i + 20)
      .map((x) => ({ ...x, allocationId: allocations.get(service) }));
    await recordServices(worker(), caseId, ServicesInput.parse({ services: batch }));
  }
  return { caseId, metOn: person.metOn };
}
