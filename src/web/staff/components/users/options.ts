import type { TFunction } from 'i18next';
import { localName, roleName } from '../../format.ts';
import { type Organisation, type OrganisationRef, ROLES, type Role } from '../../types.ts';

/**
 * Roles an organisation manager may grant. The server has the final say; this keeps the form from
 * offering roles that it would refuse (national and oversight roles are granted by administrators).
 */
const GRANTABLE_BY_MANAGER: readonly Role[] = [
  'first_responder',
  'case_worker',
  'organisation_manager',
  'return_officer',
  'investigator',
  'compensation_officer',
  'statistician',
];

export function roleOptions(
  t: TFunction,
  actingRole: string | undefined,
): { value: string; label: string }[] {
  const roles = actingRole === 'administrator' ? ROLES : GRANTABLE_BY_MANAGER;
  return roles.map((role) => ({ value: role, label: roleName(t, role) }));
}

export function organisationOptions(
  organisations: (Organisation | OrganisationRef)[],
  language: string,
): { value: string; label: string }[] {
  return organisations
    .map((organisation) => ({ value: organisation.id, label: localName(organisation.name, language) }))
    .sort((a, b) => a.label.localeCompare(b.label, language));
}
