import { type FormEvent, useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api.ts';
import { ErrorAlert, StatusMessage } from '../components/Alerts.tsx';
import { TextField } from '../components/Field.tsx';
import { ScreenHeading } from '../components/ScreenHeading.tsx';
import { useErrorText } from '../components/useErrorText.ts';
import { CreateUserForm } from '../components/users/CreateUserForm.tsx';
import { UserCard } from '../components/users/UserCard.tsx';
import type { OrganisationRef, UserView } from '../contract/access.ts';
import { localName } from '../format.ts';
import { activeMembership, useAuthenticatedSession } from '../session.ts';

export function Users() {
  const { t, i18n } = useTranslation();
  const session = useAuthenticatedSession();
  const membership = activeMembership(session);
  const actingRole = membership?.role;
  const { errorText } = useErrorText();
  const [query, setQuery] = useState('');
  const [users, setUsers] = useState<UserView[] | null>(null);
  const [organisations, setOrganisations] = useState<OrganisationRef[]>(
    membership ? [membership.organisation] : [],
  );
  const [error, setError] = useState<unknown>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [creating, setCreating] = useState(false);
  const [searching, setSearching] = useState(false);

  const search = useCallback(async (q: string) => {
    setSearching(true);
    setError(null);
    try {
      setUsers((await api.users(q)).items);
    } catch (caught) {
      setError(caught);
    } finally {
      setSearching(false);
    }
  }, []);

  useEffect(() => {
    void search('');
  }, [search]);

  // Administrators choose from every organisation; an organisation manager only from their own,
  // which is already known from the session.
  useEffect(() => {
    if (actingRole !== 'administrator') return;
    let cancelled = false;
    api
      .organisations()
      .then((result) => {
        if (!cancelled) setOrganisations(result.items);
      })
      .catch((caught: unknown) => {
        if (!cancelled) setError(caught);
      });
    return () => {
      cancelled = true;
    };
  }, [actingRole]);

  const submitSearch = (event: FormEvent<HTMLFormElement>): void => {
    event.preventDefault();
    setStatus(null);
    void search(query.trim());
  };

  const replaceUser = (user: UserView, message: string): void => {
    setUsers((current) => (current ?? []).map((u) => (u.id === user.id ? user : u)));
    setStatus(message);
  };

  const created = (user: UserView): void => {
    setUsers((current) => [user, ...(current ?? []).filter((u) => u.id !== user.id)]);
    setCreating(false);
    setStatus(t('users.created', { name: user.displayName }));
  };

  const title =
    actingRole === 'organisation_manager' && membership
      ? t('users.titleForOrganisation', {
          organisation: localName(membership.organisation.name, i18n.language),
        })
      : t('users.title');

  return (
    <div className="stack">
      <section className="panel">
        <ScreenHeading title={t('users.title')}>{title}</ScreenHeading>
        <search>
          <form className="search-form" onSubmit={submitSearch}>
            <TextField
              id="user-search"
              label={t('users.search')}
              hint={t('users.searchHint')}
              type="search"
              value={query}
              onValueChange={setQuery}
            />
            <button
              type="submit"
              className="button-primary"
              disabled={searching}
              data-testid="user-search-submit"
            >
              {t('users.searchSubmit')}
            </button>
          </form>
        </search>
      </section>

      <section className="panel" aria-labelledby="create-user-heading">
        <h2 id="create-user-heading">{t('users.create.title')}</h2>
        {creating ? (
          <>
            <CreateUserForm organisations={organisations} actingRole={actingRole} onCreated={created} />
            <button type="button" className="button-link" onClick={() => setCreating(false)}>
              {t('common.cancel')}
            </button>
          </>
        ) : (
          <button
            type="button"
            className="button-secondary"
            data-testid="user-create-open"
            onClick={() => setCreating(true)}
          >
            {t('users.create.open')}
          </button>
        )}
      </section>

      <section aria-labelledby="user-list-heading" aria-busy={searching}>
        <h2 id="user-list-heading">{t('users.listTitle')}</h2>
        {error ? <ErrorAlert>{errorText(error)}</ErrorAlert> : null}
        <StatusMessage>{status}</StatusMessage>
        {users === null && !error ? (
          <p className="loading" role="status">
            {t('common.loading')}
          </p>
        ) : null}
        {users !== null ? (
          <>
            <p className="muted" role="status">
              {t('users.count', { number: users.length })}
            </p>
            <div className="card-list">
              {users.map((user) => (
                <UserCard
                  key={user.id}
                  user={user}
                  organisations={organisations}
                  actingRole={actingRole}
                  onChanged={replaceUser}
                />
              ))}
            </div>
          </>
        ) : null}
      </section>
    </div>
  );
}
