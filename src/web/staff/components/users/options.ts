import type { TFunction } from 'i18next';
import { GRANTABLE_BY_MANAGER } from '../../../../access/roles.ts';
import { type Organisation, type OrganisationRef, ROLES, type Role } from '../../contract/access.ts';
import { localName, roleName } from '../../format.ts';

export function roleOptions(t: TFunction, actingRole: string | undefined): { value: Role; label: string }[] {
  const roles = actingRole === 'administrator' ? ROLES : GRANTABLE_BY_MANAGER;
  return roles.map((role) => ({ value: role, label: roleName(t, role) }));
}

/** The role a select's value names, or null for a value that names none. */
export function roleOf(value: string): Role | null {
  return ROLES.find((role) => role === value) ?? null;
}

export function organisationOptions(
  organisations: (Organisation | OrganisationRef)[],
  language: string,
): { value: string; label: string }[] {
  return organisations
    .map((organisation) => ({ value: organisation.id, label: localName(organisation.name, language) }))
    .sort((a, b) => a.label.localeCompare(b.label, language));
}
