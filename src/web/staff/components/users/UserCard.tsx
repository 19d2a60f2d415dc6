import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api.ts';
import type { Membership, OrganisationRef, Role, UserView } from '../../contract/access.ts';
import { formatDateTime, localName, roleName } from '../../format.ts';
import { ErrorAlert } from '../Alerts.tsx';
import { SelectField } from '../Field.tsx';
import { useErrorText } from '../useErrorText.ts';
import { organisationOptions, roleOf, roleOptions } from './options.ts';

interface UserCardProps {
  user: UserView;
  organisations: OrganisationRef[];
  actingRole: string | undefined;
  onChanged: (user: UserView, message: string) => void;
}

export function UserCard({ user, organisations, actingRole, onChanged }: UserCardProps) {
  const { t, i18n } = useTranslation();
  const { errorText } = useErrorText();
  const language = i18n.language;
  const orgOptions = organisationOptions(organisations, language);
  const roles = roleOptions(t, actingRole);
  const [organisationId, setOrganisationId] = useState(orgOptions[0]?.value ?? '');
  const [role, setRole] = useState<Role>(roles[0]?.value ?? 'case_worker');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  const run = async (action: () => Promise<void>): Promise<void> => {
    setBusy(true);
    setError(null);
    try {
      await action();
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };

  const membershipText = (membership: Membership): string =>
    t('users.membershipText', {
      organisation: localName(membership.organisation.name, language),
      role: roleName(t, membership.role),
    });

  const toggleActive = (): Promise<void> =>
    run(async () => {
      const updated = await api.updateUser(user.id, { active: !user.active });
      onChanged(
        updated,
        t(updated.active ? 'users.reactivated' : 'users.deactivated', { name: updated.displayName }),
      );
    });

  const removeMembership = (membership: Membership): Promise<void> =>
    run(async () => {
      await api.removeMembership(membership.id);
      onChanged(
        { ...user, memberships: user.memberships.filter((m) => m.id !== membership.id) },
        t('users.membershipRemoved', { name: user.displayName, membership: membershipText(membership) }),
      );
    });

  const chosenOrganisation = orgOptions.some((o) => o.value === organisationId)
    ? organisationId
    : (orgOptions[0]?.value ?? '');
  const addMembership = (event: FormEvent<HTMLFormElement>): Promise<void> => {
    event.preventDefault();
    return run(async () => {
      // The server answers with the user as they now are; a person holds a role in an organisation once.
      const updated = await api.addMembership(user.id, { organisationId: chosenOrganisation, role });
      const added = updated.memberships.find(
        (m) => m.organisation.id === chosenOrganisation && m.role === role,
      );
      onChanged(
        updated,
        t('users.membershipAdded', {
          name: updated.displayName,
          membership: added ? membershipText(added) : roleName(t, role),
        }),
      );
    });
  };

  const headingId = `user-${user.id}-name`;
  return (
    <article className="card user-card" aria-labelledby={headingId} data-testid={`user-${user.id}`}>
      <h3 id={headingId}>{user.displayName}</h3>
      <p className="muted">{user.email}</p>
      <p className="badges">
        <span className={user.active ? 'badge badge-ok' : 'badge badge-off'}>
          {user.active ? t('users.active') : t('users.inactive')}
        </span>
        <span className={user.totpEnrolled ? 'badge badge-ok' : 'badge badge-off'}>
          {user.totpEnrolled ? t('users.totpOn') : t('users.totpOff')}
        </span>
        {user.lockedUntil && Date.parse(user.lockedUntil) > Date.now() ? (
          <span className="badge badge-warn">
            {t('users.lockedUntil', { time: formatDateTime(user.lockedUntil, language) })}
          </span>
        ) : null}
      </p>

      <h4>{t('users.memberships')}</h4>
      {user.memberships.length === 0 ? (
        <p className="muted">{t('users.noMemberships')}</p>
      ) : (
        <ul className="plain-list membership-list">
          {user.memberships.map((membership) => (
            <li key={membership.id}>
              <span>{membershipText(membership)}</span>
              <button
                type="button"
                className="button-link"
                disabled={busy}
                data-testid={`membership-remove-${membership.id}`}
                aria-label={t('users.removeMembershipLabel', {
                  membership: membershipText(membership),
                  name: user.displayName,
                })}
                onClick={() => void removeMembership(membership)}
              >
                {t('users.removeMembership')}
              </button>
            </li>
          ))}
        </ul>
      )}

      <form
        className="inline-form"
        onSubmit={(event) => void addMembership(event)}
        aria-label={t('users.addMembershipFor', { name: user.displayName })}
      >
        <SelectField
          id={`add-membership-organisation-${user.id}`}
          label={t('users.organisation')}
          value={chosenOrganisation}
          onValueChange={setOrganisationId}
          options={orgOptions}
        />
        <SelectField
          id={`add-membership-role-${user.id}`}
          label={t('users.role')}
          value={role}
          onValueChange={(value) => setRole(roleOf(value) ?? role)}
          options={roles}
        />
        <button
          type="submit"
          className="button-secondary"
          disabled={busy || chosenOrganisation === ''}
          data-testid={`membership-add-${user.id}`}
        >
          {t('users.addMembership')}
        </button>
      </form>

      {error ? <ErrorAlert>{errorText(error)}</ErrorAlert> : null}

      <div className="actions">
        <button
          type="button"
          className={user.active ? 'button-danger' : 'button-secondary'}
          disabled={busy}
          data-testid={`user-active-${user.id}`}
          aria-describedby={headingId}
          onClick={() => void toggleActive()}
        >
          {user.active ? t('users.deactivate') : t('users.reactivate')}
        </button>
      </div>
    </article>
  );
}
