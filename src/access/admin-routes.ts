import { route } from '../platform/http/route.ts';
import {
  addMembership,
  createOrganisation,
  createUser,
  listOrganisations,
  listUsers,
  removeMembership,
  updateOrganisation,
  updateUser,
} from './admin.ts';
import * as contract from './contract.ts';

const tag = 'Organisations and users';

export const adminRoutes = [
  route({
    ...contract.organisations,
    summary: 'Organisations of the referral mechanism and their NRM functions',
    tag,
    policy: { kind: 'action', action: 'organisation.list' },
    handler: async (ctx) => listOrganisations(ctx),
  }),
  route({
    ...contract.createOrganisation,
    summary: 'Add an organisation',
    tag,
    policy: { kind: 'action', action: 'organisation.create' },
    handler: async (ctx, { body }) => createOrganisation(ctx, body),
  }),
  route({
    ...contract.updateOrganisation,
    summary: 'Change an organisation’s names, functions or two-factor requirement',
    tag,
    policy: { kind: 'action', action: 'organisation.update' },
    handler: async (ctx, { params, body }) => updateOrganisation(ctx, params.id, body),
  }),
  route({
    ...contract.users,
    summary: 'Staff accounts (an organisation manager sees their own organisation’s)',
    tag,
    policy: { kind: 'action', action: 'user.list' },
    handler: async (ctx, { query }) => listUsers(ctx, query.q),
  }),
  route({
    ...contract.createUser,
    summary: 'Create a staff account with its first membership',
    tag,
    policy: { kind: 'action', action: 'user.create' },
    handler: async (ctx, { body }) => createUser(ctx, body),
  }),
  route({
    ...contract.updateUser,
    summary: 'Rename, deactivate or reactivate a staff account',
    tag,
    policy: { kind: 'action', action: 'user.update' },
    handler: async (ctx, { params, body }) => updateUser(ctx, params.id, body),
  }),
  route({
    ...contract.addMembership,
    summary: 'Give a staff account a role in an organisation',
    tag,
    policy: { kind: 'action', action: 'membership.create' },
    handler: async (ctx, { params, body }) => addMembership(ctx, params.id, body),
  }),
  route({
    ...contract.removeMembership,
    summary: 'Remove a role from a staff account',
    tag,
    policy: { kind: 'action', action: 'membership.delete' },
    handler: async (ctx, { params }) => removeMembership(ctx, params.id),
  }),
];
