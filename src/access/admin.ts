import { eq } from 'drizzle-orm';
import type { z } from 'zod';
import { recordAudit } from '../audit/record.ts';
import { AppError, conflict } from '../platform/errors.ts';
import { actingMembership } from '../platform/http/actor.ts';
import type { RequestContext } from '../platform/http/context.ts';
import { assertPasswordAcceptable, hashPassword } from './auth.ts';
import type {
  CreateMembershipInput,
  CreateOrganisationInput,
  CreateUserInput,
  UpdateOrganisationInput,
  UpdateUserInput,
} from './model.ts';
import { type Action, mayGrantRole } from './policy.ts';
import { authorised, mayActOn } from './record-guard.ts';
import { movesNationalContactPoint, type OrganisationPowers, powerChanges } from './rules.ts';
import {
  findUserByEmail,
  getMembership,
  getOrganisation,
  getUser,
  organisationIdsOfUser,
  organisationView,
  searchUsers,
  userView,
} from './store.ts';
import { memberships, organisations, users } from './tables.ts';

function assertMayGrant(
  ctx: RequestContext,
  organisationId: string,
  role: z.output<typeof CreateMembershipInput>['role'],
) {
  const m = actingMembership(ctx);
  if (!mayGrantRole(m.role, role)) {
    throw new AppError('forbidden', 'Your role cannot grant that role.', [
      { field: 'body.role', message: 'not_grantable' },
    ]);
  }
  if (!mayActOn(ctx, 'membership.create', [organisationId])) {
    throw new AppError('forbidden', 'You can add people only to your own organisation.', [
      { field: 'body.organisationId', message: 'not_your_organisation' },
    ]);
  }
}

const isUniqueViolation = (error: unknown) =>
  typeof error === 'object' &&
  error !== null &&
  'code' in error &&
  (error as { code: unknown }).code === '23505';

async function uniquely<T>(run: () => Promise<T>, message: string): Promise<T> {
  try {
    return await run();
  } catch (error) {
    const cause = (error as { cause?: unknown }).cause;
    if (isUniqueViolation(error) || isUniqueViolation(cause)) throw new AppError('conflict', message);
    throw error;
  }
}

export async function listOrganisations(ctx: RequestContext) {
  const rows = await ctx.db.select().from(organisations).orderBy(organisations.nameLt);
  return { items: rows.map(organisationView) };
}

export async function createOrganisation(
  ctx: RequestContext,
  input: z.output<typeof CreateOrganisationInput>,
) {
  if (movesNationalContactPoint([], input.functions)) throw nationalContactPointIsConfigured();
  const row = await uniquely(
    () =>
      ctx.db.transaction(async (tx) => {
        const [created] = await tx
          .insert(organisations)
          .values({
            slug: input.slug,
            nameLt: input.name.lt,
            nameEn: input.name.en,
            functions: input.functions,
            accredited: input.accredited,
            requiresTwoFactor: input.requiresTwoFactor,
          })
          .returning();
        await recordAudit(tx, ctx, {
          action: 'organisation.create',
          recordType: 'organisation',
          recordId: created!.id,
          outcome: 'success',
        });
        return created!;
      }),
    'An organisation with that short name already exists.',
  );
  return organisationView(row);
}

export async function updateOrganisation(
  ctx: RequestContext,
  id: string,
  input: z.output<typeof UpdateOrganisationInput>,
) {
  const existing = await getOrganisation(ctx.db, id);
  if (!existing) throw new AppError('not_found', 'The organisation was not found.');
  authorised(ctx, 'organisation.update', { type: 'organisation', id, owners: [id] });
  const powers = powerChanges(existing, input);
  if (powers.length > 0) assertMayChangePowers(ctx, existing, input, powers);
  const row = await ctx.db.transaction(async (tx) => {
    const [updated] = await tx
      .update(organisations)
      .set({
        ...(input.name ? { nameLt: input.name.lt, nameEn: input.name.en } : {}),
        ...(input.functions ? { functions: input.functions } : {}),
        ...(input.accredited !== undefined ? { accredited: input.accredited } : {}),
        ...(input.requiresTwoFactor !== undefined ? { requiresTwoFactor: input.requiresTwoFactor } : {}),
        updatedAt: new Date(),
      })
      .where(eq(organisations.id, id))
      .returning();
    await recordAudit(tx, ctx, {
      action: 'organisation.update',
      recordType: 'organisation',
      recordId: id,
      outcome: 'success',
      detail: {
        fields: Object.keys(input).filter((field) => field !== 'reason'),
        ...(powers.length > 0
          ? {
              powers,
              reason: input.reason,
              before: pick(existing, powers),
              after: pick(updated!, powers),
            }
          : {}),
      },
    });
    return updated!;
  });
  return organisationView(row);
}

const pick = (row: OrganisationPowers, fields: (keyof OrganisationPowers)[]) =>
  Object.fromEntries(fields.map((field) => [field, row[field]]));

/** An administrator changes what an organisation may do, for a reason; the national point of contact is configured. */
function assertMayChangePowers(
  ctx: RequestContext,
  existing: OrganisationPowers & { id: string },
  input: z.output<typeof UpdateOrganisationInput>,
  powers: (keyof OrganisationPowers)[],
) {
  if (!mayActOn(ctx, 'organisation.powers', [existing.id])) {
    throw new AppError(
      'forbidden',
      'Only an administrator changes what an organisation does in the mechanism, its accreditation and its two-factor requirement.',
      powers.map((field) => ({ field: `body.${field}`, message: 'administrator_only' })),
    );
  }
  if (!input.reason) {
    throw new AppError(
      'validation_failed',
      'Say why these are changed: the reason is kept in the audit trail.',
      [{ field: 'body.reason', message: 'required' }],
    );
  }
  if (movesNationalContactPoint(existing.functions, input.functions))
    throw nationalContactPointIsConfigured();
}

const nationalContactPointIsConfigured = () =>
  conflict(
    'The national point of contact is set in the configuration (ATRAMA_NATIONAL_CONTACT_POINT), not by editing an organisation.',
    'national_contact_point_configured',
  );

export async function listUsers(ctx: RequestContext, q: string | undefined) {
  const m = actingMembership(ctx);
  // An organisation manager sees the people of their own organisation only.
  const scope = m.role === 'administrator' ? null : m.organisationId;
  const items = await searchUsers(ctx.db, ctx.keys.blindIndex, q, scope);
  // Staff names and e-mails are personal data too: the read is recorded (the search words are not).
  await recordAudit(ctx.db, ctx, {
    action: 'user.list',
    outcome: 'success',
    detail: { count: items.length },
  });
  return { items };
}

export async function createUser(ctx: RequestContext, input: z.output<typeof CreateUserInput>) {
  if (!(await getOrganisation(ctx.db, input.organisationId))) {
    throw new AppError('validation_failed', 'That organisation does not exist.', [
      { field: 'body.organisationId', message: 'unknown_organisation' },
    ]);
  }
  assertMayGrant(ctx, input.organisationId, input.role);
  assertPasswordAcceptable(input.password, input.email, 'body.password');
  if (await findUserByEmail(ctx.db, input.email))
    throw new AppError('conflict', 'A user with that e-mail already exists.');
  const passwordHash = await hashPassword(input.password);
  const row = await uniquely(
    () =>
      ctx.db.transaction(async (tx) => {
        const [created] = await tx
          .insert(users)
          .values({ email: input.email, displayName: input.displayName, passwordHash })
          .returning();
        const [membership] = await tx
          .insert(memberships)
          .values({ userId: created!.id, organisationId: input.organisationId, role: input.role })
          .returning();
        await recordAudit(tx, ctx, {
          action: 'user.create',
          recordType: 'user',
          recordId: created!.id,
          outcome: 'success',
        });
        await recordAudit(tx, ctx, {
          action: 'membership.create',
          recordType: 'membership',
          recordId: membership!.id,
          outcome: 'success',
          detail: { userId: created!.id, organisationId: input.organisationId, role: input.role },
        });
        return created!;
      }),
    'A user with that e-mail already exists.',
  );
  return userView(ctx.db, ctx.keys.blindIndex, row);
}

async function loadUserFor(ctx: RequestContext, action: Action, id: string) {
  const user = await getUser(ctx.db, id);
  if (!user) throw new AppError('not_found', 'The user was not found.');
  authorised(ctx, action, {
    type: 'user',
    id,
    owners: await organisationIdsOfUser(ctx.db, id),
    own: 'every',
  });
  return user;
}

export async function updateUser(ctx: RequestContext, id: string, input: z.output<typeof UpdateUserInput>) {
  await loadUserFor(ctx, 'user.update', id);
  if (id === ctx.actor?.userId && input.active === false) {
    throw new AppError('conflict', 'You cannot deactivate your own account.');
  }
  const row = await ctx.db.transaction(async (tx) => {
    const [updated] = await tx
      .update(users)
      .set({ ...input, updatedAt: new Date() })
      .where(eq(users.id, id))
      .returning();
    await recordAudit(tx, ctx, {
      action: 'user.update',
      recordType: 'user',
      recordId: id,
      outcome: 'success',
      detail: { fields: Object.keys(input) },
    });
    return updated!;
  });
  return userView(ctx.db, ctx.keys.blindIndex, row);
}

export async function addMembership(
  ctx: RequestContext,
  userId: string,
  input: z.output<typeof CreateMembershipInput>,
) {
  const user = await getUser(ctx.db, userId);
  if (!user) throw new AppError('not_found', 'The user was not found.');
  if (!(await getOrganisation(ctx.db, input.organisationId))) {
    throw new AppError('validation_failed', 'That organisation does not exist.', [
      { field: 'body.organisationId', message: 'unknown_organisation' },
    ]);
  }
  assertMayGrant(ctx, input.organisationId, input.role);
  await uniquely(
    () =>
      ctx.db.transaction(async (tx) => {
        const [membership] = await tx
          .insert(memberships)
          .values({ userId, ...input })
          .returning();
        await recordAudit(tx, ctx, {
          action: 'membership.create',
          recordType: 'membership',
          recordId: membership!.id,
          outcome: 'success',
          detail: { userId, organisationId: input.organisationId, role: input.role },
        });
      }),
    'That person already has this role in this organisation.',
  );
  return userView(ctx.db, ctx.keys.blindIndex, user);
}

export async function removeMembership(ctx: RequestContext, id: string) {
  const membership = await getMembership(ctx.db, id);
  if (!membership) throw new AppError('not_found', 'The membership was not found.');
  authorised(ctx, 'membership.delete', { type: 'membership', id, owners: [membership.organisationId] });
  if (id === ctx.actor?.membership?.id)
    throw new AppError('conflict', 'You cannot remove the membership you are acting in.');
  await ctx.db.transaction(async (tx) => {
    await tx.delete(memberships).where(eq(memberships.id, id));
    await recordAudit(tx, ctx, {
      action: 'membership.delete',
      recordType: 'membership',
      recordId: id,
      outcome: 'success',
      detail: { userId: membership.userId, organisationId: membership.organisationId, role: membership.role },
    });
  });
}
