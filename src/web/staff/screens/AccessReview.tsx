import { type FormEvent, useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api.ts';
import { ErrorAlert } from '../components/Alerts.tsx';
import { AccessReviewTable } from '../components/audit/AccessReviewTable.tsx';
import { TextField } from '../components/Field.tsx';
import { ScreenHeading } from '../components/ScreenHeading.tsx';
import { useErrorText } from '../components/useErrorText.ts';
import type { AccessReview as AccessReviewData } from '../contract/audit.ts';
import { locale, localName } from '../format.ts';
import { activeMembership, areasFor, useAuthenticatedSession } from '../session.ts';
import { todayInVilnius } from '../time.ts';

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/** "2026-11" as "November 2026" in the interface language. */
export function monthName(month: string, language: string): string {
  const [year, index] = month.split('-').map(Number) as [number, number];
  return new Intl.DateTimeFormat(locale(language), {
    year: 'numeric',
    month: 'long',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(year, index - 1, 1)));
}

/** The review's content: one table per organisation, or the empty state. */
export function AccessReviewResults({ review, linkCases }: { review: AccessReviewData; linkCases: boolean }) {
  const { t, i18n } = useTranslation();
  const organisations = review.organisations.filter((o) => o.entries.length > 0);
  const month = monthName(review.month, i18n.language);
  if (organisations.length === 0)
    return (
      <p className="empty-state" data-testid="access-review-empty">
        {t('accessReview.empty', { month })}
      </p>
    );
  return (
    <div className="stack">
      {organisations.map(({ organisation, entries }, index) => {
        const name = localName(organisation.name, i18n.language);
        return (
          <section key={organisation.id} aria-labelledby={`access-review-org-${index}`}>
            <h3 id={`access-review-org-${index}`}>{name}</h3>
            <AccessReviewTable
              id={`access-review-${index}`}
              caption={t('accessReview.table.caption', { organisation: name, month })}
              entries={entries}
              linkCases={linkCases}
            />
          </section>
        );
      })}
    </div>
  );
}

export function AccessReview() {
  const { t } = useTranslation();
  const { errorText } = useErrorText();
  const session = useAuthenticatedSession();
  const role = activeMembership(session)?.role;
  const [month, setMonth] = useState(() => todayInVilnius().slice(0, 7));
  const [monthError, setMonthError] = useState<string | undefined>(undefined);
  const [review, setReview] = useState<AccessReviewData | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  const load = useCallback(async (value: string) => {
    setBusy(true);
    setError(null);
    try {
      setReview(await api.accessReview(value));
    } catch (caught) {
      setReview(null);
      setError(caught);
    } finally {
      setBusy(false);
    }
  }, []);

  // biome-ignore lint/correctness/useExhaustiveDependencies: the current month is loaded once on opening
  useEffect(() => {
    void load(month);
  }, [load]);

  const submit = (event: FormEvent<HTMLFormElement>): void => {
    event.preventDefault();
    if (!MONTH.test(month)) {
      setMonthError(t('accessReview.monthInvalid'));
      document.getElementById('access-review-month')?.focus();
      return;
    }
    setMonthError(undefined);
    void load(month);
  };

  const title = t('accessReview.title');
  return (
    <div className="stack">
      <section className="panel">
        <ScreenHeading title={title}>{title}</ScreenHeading>
        <p className="lead">{t('accessReview.intro')}</p>
        {role === 'organisation_manager' ? <p>{t('accessReview.ownOrganisation')}</p> : null}
      </section>

      <section className="panel" aria-labelledby="access-review-month-heading">
        <h2 id="access-review-month-heading">{t('accessReview.monthTitle')}</h2>
        <form
          className="inline-form access-review-form"
          onSubmit={submit}
          noValidate
          aria-labelledby="access-review-month-heading"
        >
          <TextField
            id="access-review-month"
            label={t('accessReview.month')}
            hint={t('accessReview.monthHint')}
            type="month"
            value={month}
            onValueChange={setMonth}
            error={monthError}
          />
          <button type="submit" className="button-primary" disabled={busy} data-testid="access-review-show">
            {t('accessReview.show')}
          </button>
        </form>
      </section>

      <section className="panel" aria-labelledby="access-review-results-heading" aria-busy={busy}>
        <h2 id="access-review-results-heading">{t('accessReview.resultsTitle')}</h2>
        {error ? <ErrorAlert>{errorText(error)}</ErrorAlert> : null}
        {busy ? (
          <p className="loading" role="status">
            {t('common.loading')}
          </p>
        ) : null}
        {review && !busy ? (
          <AccessReviewResults review={review} linkCases={areasFor(role).includes('cases')} />
        ) : null}
      </section>
    </div>
  );
}
