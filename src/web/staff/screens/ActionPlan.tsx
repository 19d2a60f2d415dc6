import '../components/programme/programme.css';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api.ts';
import { ErrorAlert } from '../components/Alerts.tsx';
import { Link } from '../components/Link.tsx';
import { programmeApi } from '../components/programme/api.ts';
import { MeasureForm } from '../components/programme/MeasureForm.tsx';
import { StateBadge } from '../components/programme/StateBadge.tsx';
import { ScreenHeading } from '../components/ScreenHeading.tsx';
import { useErrorText } from '../components/useErrorText.ts';
import { useLoaded } from '../components/useLoaded.ts';
import { formatDate, localName } from '../format.ts';
import { codeName } from '../labels.ts';
import { navigate } from '../router.ts';
import { activeMembership, useAuthenticatedSession } from '../session.ts';

/**
 * The national action plan (seed 004): every measure with its responsible body and deadline, late ones
 * marked and first; the national coordinator adds measures. A manager sees those their organisation
 * is responsible or co-responsible for.
 */
export function ActionPlan() {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const { errorText } = useErrorText();
  const membership = activeMembership(useAuthenticatedSession());
  const coordinator = membership?.role === 'national_coordinator';
  const measures = useLoaded(programmeApi.measures);
  const organisations = useLoaded(api.organisations).data?.items ?? [];
  const [adding, setAdding] = useState(false);
  const items = [...(measures.data?.items ?? [])].sort(
    (a, b) => Number(b.state === 'late') - Number(a.state === 'late') || a.code.localeCompare(b.code),
  );
  const title = t('programme.plan.screen');
  return (
    <div className="stack">
      <section className="panel">
        <ScreenHeading title={title}>{title}</ScreenHeading>
        <p className="lead">{t(coordinator ? 'programme.plan.introCoordinator' : 'programme.plan.intro')}</p>
        {measures.data ? (
          <ul className="measure-states" data-testid="measures-by-state">
            {measures.data.byState.map(({ state, count }) => (
              <li key={state} className="tag" data-state={state}>
                {codeName(t, 'measureState', state)}: <strong>{count}</strong>
              </li>
            ))}
          </ul>
        ) : null}
      </section>
      <section className="panel" aria-labelledby="measures-heading">
        <h2 id="measures-heading">{t('programme.plan.measures')}</h2>
        <ErrorAlert>{measures.error ? errorText(measures.error) : null}</ErrorAlert>
        {measures.data === null ? (
          measures.error ? null : (
            <p className="loading">{t('common.loading')}</p>
          )
        ) : items.length === 0 ? (
          <p className="muted">{t('programme.plan.none')}</p>
        ) : (
          <ul className="plain-list divided-list" data-testid="measures-list">
            {items.map((m) => (
              <li
                key={m.id}
                className={m.state === 'late' ? 'measure-late' : undefined}
                data-testid="measure"
              >
                <Link to={`/plan/${m.id}`}>
                  <strong>
                    {m.code} {localName(m.title, language)}
                  </strong>
                </Link>
                <span className="cell-detail">
                  {localName(m.responsible.name, language)} ·{' '}
                  {t('programme.plan.until', { date: formatDate(m.deadline, language) })}
                </span>
                <StateBadge measure={m} />
              </li>
            ))}
          </ul>
        )}
      </section>
      {coordinator ? (
        <section className="panel" aria-labelledby="measure-add-heading">
          <h2 id="measure-add-heading">{t('programme.plan.add')}</h2>
          {adding ? (
            <MeasureForm organisations={organisations} onCreated={(m) => navigate(`/plan/${m.id}`)} />
          ) : (
            <button
              type="button"
              className="button-secondary"
              onClick={() => setAdding(true)}
              data-testid="measure-add"
            >
              {t('programme.plan.add')}
            </button>
          )}
        </section>
      ) : null}
    </div>
  );
}
