import { z } from 'zod';
import { NRM_FUNCTIONS, ROLES } from './roles.ts';

export const Role = z.enum(ROLES);
export type Role = z.infer<typeof Role>;

export const NrmFunction = z.enum(NRM_FUNCTIONS);
export type NrmFunction = z.infer<typeof NrmFunction>;

export const SessionStage = z.enum([
  'totp_required',
  'totp_enrolment_required',
  'membership_required',
  'active',
]);
export type SessionStage = z.infer<typeof SessionStage>;

export const Id = z.uuid();
export const IdParams = z.object({ id: Id });

const Email = z
  .string()
  .trim()
  .max(254)
  .pipe(z.email({ message: 'email: enter an e-mail address such as name@example.lt.' }))
  .transform((e) => e.toLowerCase());

export const LocalisedText = z.object({
  lt: z.string().trim().min(1).max(300),
  en: z.string().trim().min(1).max(300),
});

// Password content is checked by rules.checkPassword, so the messages can name the rule broken.
const PasswordInput = z.string().max(256);

export const LoginInput = z.object({ email: Email, password: PasswordInput });
export const TotpInput = z.object({ code: z.string().trim().min(6).max(32) });
/** Replacing a second factor already set up needs both; a first enrolment needs neither. */
export const TotpEnrolmentInput = z.strictObject({
  password: PasswordInput.optional(),
  code: TotpInput.shape.code.optional(),
});
export const ChooseMembershipInput = z.object({ membershipId: Id });
export const ChangePasswordInput = z.object({ currentPassword: PasswordInput, newPassword: PasswordInput });
/** "Forgot password?": the answer is the same whether or not an account has the address. */
export const ForgotPasswordInput = z.object({ email: Email });
/** The token from the e-mail's link, and the new password. */
export const ResetPasswordInput = z.object({
  token: z.string().trim().min(20).max(200),
  newPassword: PasswordInput,
});

const OrganisationRef = z.object({
  id: Id,
  slug: z.string(),
  name: z.object({ lt: z.string(), en: z.string() }),
});

export const MembershipView = z.object({ id: Id, role: Role, organisation: OrganisationRef });
export type MembershipView = z.infer<typeof MembershipView>;

export const SessionView = z.object({
  user: z.object({ id: Id, email: z.string(), displayName: z.string() }),
  stage: SessionStage,
  memberships: z.array(MembershipView),
  activeMembershipId: Id.nullable(),
  totpEnrolled: z.boolean(),
  idleExpiresAt: z.string(),
  absoluteExpiresAt: z.string(),
});
export type SessionView = z.infer<typeof SessionView>;

export const SessionList = z.object({
  items: z.array(
    z.object({
      id: Id,
      createdAt: z.string(),
      lastSeenAt: z.string(),
      userAgent: z.string().nullable(),
      current: z.boolean(),
    }),
  ),
});

export const TotpEnrolmentView = z.object({ secret: z.string(), otpauthUrl: z.string(), qrSvg: z.string() });
export const TotpConfirmation = z.object({ recoveryCodes: z.array(z.string()), session: SessionView });

export const OrganisationView = z.object({
  id: Id,
  slug: z.string(),
  name: z.object({ lt: z.string(), en: z.string() }),
  functions: z.array(NrmFunction),
  accredited: z.boolean(),
  requiresTwoFactor: z.boolean(),
  sourceSeeds: z.array(z.string()),
});
export type OrganisationView = z.infer<typeof OrganisationView>;
export const OrganisationList = z.object({ items: z.array(OrganisationView) });

export const CreateOrganisationInput = z.object({
  slug: z
    .string()
    .trim()
    .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'slug: use lower-case letters, digits and hyphens.')
    .max(80),
  name: LocalisedText,
  functions: z.array(NrmFunction).min(1).max(11),
  accredited: z.boolean().default(false),
  requiresTwoFactor: z.boolean().default(false),
});
export const UpdateOrganisationInput = CreateOrganisationInput.omit({ slug: true })
  .partial()
  .extend({
    /** Why functions, accreditation or the two-factor requirement change; kept in the audit trail. */
    reason: z.string().trim().min(3).max(500).optional(),
  });

export const UserView = z.object({
  id: Id,
  email: z.string(),
  displayName: z.string(),
  active: z.boolean(),
  totpEnrolled: z.boolean(),
  lockedUntil: z.string().nullable(),
  memberships: z.array(MembershipView),
});
export type UserView = z.infer<typeof UserView>;
export const UserList = z.object({ items: z.array(UserView) });
export const UserQuery = z.object({ q: z.string().trim().max(100).optional() });

export const CreateUserInput = z.object({
  email: Email,
  displayName: z.string().trim().min(1).max(120),
  password: PasswordInput,
  organisationId: Id,
  role: Role,
});
export const UpdateUserInput = z.object({
  displayName: z.string().trim().min(1).max(120).optional(),
  active: z.boolean().optional(),
});
export const CreateMembershipInput = z.object({ organisationId: Id, role: Role });
