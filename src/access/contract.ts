import { contract } from '../platform/http/contract.ts';
import {
  ChangePasswordInput,
  ChooseMembershipInput,
  CreateMembershipInput,
  CreateOrganisationInput,
  CreateUserInput,
  ForgotPasswordInput,
  IdParams,
  LoginInput,
  OrganisationList,
  OrganisationView,
  ResetPasswordInput,
  SessionList,
  SessionView,
  TotpConfirmation,
  TotpEnrolmentInput,
  TotpEnrolmentView,
  TotpInput,
  UpdateOrganisationInput,
  UpdateUserInput,
  UserList,
  UserQuery,
  UserView,
} from './model.ts';

// The routes of accounts, sessions, organisations and users, as the staff app calls them.
// Each route spreads its contract into its definition; the staff app reads them as types only
// (src/web/staff/contract/routes.ts), so neither can change a path, a body or an answer alone.

export const login = contract({
  method: 'POST',
  url: '/api/auth/login',
  body: LoginInput,
  response: SessionView,
});

export const session = contract({
  method: 'GET',
  url: '/api/auth/session',
  response: SessionView,
});

export const verifyTotp = contract({
  method: 'POST',
  url: '/api/auth/totp',
  body: TotpInput,
  response: SessionView,
});

export const startTotpEnrolment = contract({
  method: 'POST',
  url: '/api/auth/totp/enrolment',
  body: TotpEnrolmentInput,
  response: TotpEnrolmentView,
});

export const confirmTotpEnrolment = contract({
  method: 'POST',
  url: '/api/auth/totp/enrolment/confirm',
  body: TotpInput,
  response: TotpConfirmation,
});

export const chooseMembership = contract({
  method: 'POST',
  url: '/api/auth/membership',
  body: ChooseMembershipInput,
  response: SessionView,
});

export const logout = contract({
  method: 'POST',
  url: '/api/auth/logout',
  response: null,
});

export const logoutEverywhere = contract({
  method: 'POST',
  url: '/api/auth/logout-everywhere',
  response: null,
});

export const changePassword = contract({
  method: 'POST',
  url: '/api/auth/password',
  body: ChangePasswordInput,
  response: null,
});

export const forgotPassword = contract({
  method: 'POST',
  url: '/api/auth/password/forgot',
  body: ForgotPasswordInput,
  response: null,
  status: 202,
});

export const resetPassword = contract({
  method: 'POST',
  url: '/api/auth/password/reset',
  body: ResetPasswordInput,
  response: null,
});

export const sessions = contract({
  method: 'GET',
  url: '/api/auth/sessions',
  response: SessionList,
});

export const endSession = contract({
  method: 'DELETE',
  url: '/api/auth/sessions/:id',
  params: IdParams,
  response: null,
});

export const organisations = contract({
  method: 'GET',
  url: '/api/organisations',
  response: OrganisationList,
});

export const createOrganisation = contract({
  method: 'POST',
  url: '/api/organisations',
  body: CreateOrganisationInput,
  response: OrganisationView,
  status: 201,
});

export const updateOrganisation = contract({
  method: 'PATCH',
  url: '/api/organisations/:id',
  params: IdParams,
  body: UpdateOrganisationInput,
  response: OrganisationView,
});

export const users = contract({
  method: 'GET',
  url: '/api/users',
  query: UserQuery,
  response: UserList,
});

export const createUser = contract({
  method: 'POST',
  url: '/api/users',
  body: CreateUserInput,
  response: UserView,
  status: 201,
});

export const updateUser = contract({
  method: 'PATCH',
  url: '/api/users/:id',
  params: IdParams,
  body: UpdateUserInput,
  response: UserView,
});

export const addMembership = contract({
  method: 'POST',
  url: '/api/users/:id/memberships',
  params: IdParams,
  body: CreateMembershipInput,
  response: UserView,
  status: 201,
});

export const removeMembership = contract({
  method: 'DELETE',
  url: '/api/memberships/:id',
  params: IdParams,
  response: null,
});
