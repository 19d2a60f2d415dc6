import type { TFunction } from 'i18next';
import { GRANTABLE_BY_MANAGER } from '../../../../access/roles.ts';
import { localName, roleName } from '../../format.ts';
import { type Organisation, type OrganisationRef, ROLES } from '../../types.ts';

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
