// The shapes of src/access/model.ts as the app sends and reads them, taken from its Zod schemas
// (types only: nothing of the server reaches the bundle). The closed lists come from roles.ts, which
// has no imports so that the bundle can use it as it is.
import type { z } from 'zod';
import type * as model from '../../../access/model.ts';

export { NRM_FUNCTIONS, ROLES } from '../../../access/roles.ts';

export type Role = z.output<typeof model.Role>;
export type NrmFunction = z.output<typeof model.NrmFunction>;
export type SessionStage = z.output<typeof model.SessionStage>;

export type SessionView = z.output<typeof model.SessionView>;
export type Membership = z.output<typeof model.MembershipView>;
export type OrganisationRef = Membership['organisation'];
/** A name in both languages of the interface. */
export type LocalisedName = OrganisationRef['name'];
export type TotpEnrolment = z.output<typeof model.TotpEnrolmentView>;
export type EnrolmentConfirmation = z.output<typeof model.TotpConfirmation>;
export type SessionList = z.output<typeof model.SessionList>;
export type SessionListItem = SessionList['items'][number];

export type Organisation = z.output<typeof model.OrganisationView>;
export type OrganisationList = z.output<typeof model.OrganisationList>;
export type UserView = z.output<typeof model.UserView>;
export type UserList = z.output<typeof model.UserList>;

export type TotpEnrolmentInput = z.input<typeof model.TotpEnrolmentInput>;
export type CreateOrganisationInput = z.input<typeof model.CreateOrganisationInput>;
export type UpdateOrganisationInput = z.input<typeof model.UpdateOrganisationInput>;
export type CreateUserInput = z.input<typeof model.CreateUserInput>;
export type UpdateUserInput = z.input<typeof model.UpdateUserInput>;
export type CreateMembershipInput = z.input<typeof model.CreateMembershipInput>;
