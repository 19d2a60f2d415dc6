import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api.ts';
import { ErrorAlert, StatusMessage } from '../components/Alerts.tsx';
import { OrganisationCard } from '../components/organisations/OrganisationCard.tsx';
import { OrganisationForm, type OrganisationInput } from '../components/organisations/OrganisationForm.tsx';
import { ScreenHeading } from '../components/ScreenHeading.tsx';
import { useErrorText } from '../components/useErrorText.ts';
import type { Organisation } from '../contract/access.ts';
import { localName } from '../format.ts';

export function Organisations() {
  const { t, i18n } = useTranslation();
  const { errorText } = useErrorText();
  const [organisations, setOrganisations] = useState<Organisation[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [creating, setCreating] = useState(false);
  const [editingId, setEditingId] = useState<string | null>(null);

  const load = useCallback(async () => {
    try {
      setOrganisations((await api.organisations()).items);
    } catch (caught) {
      setError(caught);
    }
  }, []);

  useEffect(() => {
    void load();
  }, [load]);

  const create = async (input: OrganisationInput): Promise<void> => {
    const organisation = await api.createOrganisation(input);
    setOrganisations((current) => [...(current ?? []), organisation]);
    setCreating(false);
    setStatus(t('organisations.created', { name: localName(organisation.name, i18n.language) }));
  };

  const update = async (id: string, input: OrganisationInput): Promise<void> => {
    const organisation = await api.updateOrganisation(id, {
      name: input.name,
      functions: input.functions,
      accredited: input.accredited,
      requiresTwoFactor: input.requiresTwoFactor,
      reason: input.reason,
    });
    setOrganisations((current) => (current ?? []).map((o) => (o.id === id ? organisation : o)));
    setEditingId(null);
    setStatus(t('organisations.saved', { name: localName(organisation.name, i18n.language) }));
  };

  const sorted = [...(organisations ?? [])].sort((a, b) =>
    localName(a.name, i18n.language).localeCompare(localName(b.name, i18n.language), i18n.language),
  );

  const title = t('organisations.title');
  return (
    <div className="stack">
      <section className="panel">
        <ScreenHeading title={title}>{title}</ScreenHeading>
        <p className="lead">{t('organisations.intro')}</p>
      </section>

      <section className="panel" aria-labelledby="create-organisation-heading">
        <h2 id="create-organisation-heading">{t('organisations.createTitle')}</h2>
        {creating ? (
          <OrganisationForm onSubmit={create} onCancel={() => setCreating(false)} />
        ) : (
          <button
            type="button"
            className="button-secondary"
            data-testid="organisation-create-open"
            onClick={() => {
              setStatus(null);
              setCreating(true);
            }}
          >
            {t('organisations.createOpen')}
          </button>
        )}
      </section>

      <section aria-labelledby="organisation-list-heading">
        <h2 id="organisation-list-heading">{t('organisations.listTitle')}</h2>
        {error ? <ErrorAlert>{errorText(error)}</ErrorAlert> : null}
        <StatusMessage>{status}</StatusMessage>
        {organisations === null && !error ? (
          <p className="loading" role="status">
            {t('common.loading')}
          </p>
        ) : null}
        <div className="card-list">
          {sorted.map((organisation) =>
            editingId === organisation.id ? (
              <article
                key={organisation.id}
                className="card"
                aria-labelledby={`org-${organisation.id}-edit-heading`}
              >
                <h3 id={`org-${organisation.id}-edit-heading`}>
                  {t('organisations.editTitle', { name: localName(organisation.name, i18n.language) })}
                </h3>
                <OrganisationForm
                  organisation={organisation}
                  onSubmit={(input) => update(organisation.id, input)}
                  onCancel={() => setEditingId(null)}
                />
              </article>
            ) : (
              <OrganisationCard
                key={organisation.id}
                organisation={organisation}
                onEdit={() => {
                  setStatus(null);
                  setEditingId(organisation.id);
                }}
              />
            ),
          )}
        </div>
      </section>
    </div>
  );
}
