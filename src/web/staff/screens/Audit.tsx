import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api.ts';
import { ErrorAlert } from '../components/Alerts.tsx';
import { AuditFilters, type AuditFilterValues, EMPTY_FILTERS } from '../components/audit/AuditFilters.tsx';
import { AuditTable } from '../components/audit/AuditTable.tsx';
import { VerifyChain } from '../components/audit/VerifyChain.tsx';
import { ScreenHeading } from '../components/ScreenHeading.tsx';
import { useErrorText } from '../components/useErrorText.ts';
import type { AuditEntry } from '../contract/audit.ts';

function toQuery(
  values: AuditFilterValues,
  before: number | null,
): Record<string, string | number | undefined> {
  return {
    action: values.action.trim(),
    actorEmail: values.actorEmail.trim(),
    recordId: values.recordId.trim(),
    outcome: values.outcome,
    // Calendar dates (YYYY-MM-DD), as the date inputs give them; the server takes whole days.
    from: values.from,
    to: values.to,
    flagged: values.flagged ? 'true' : undefined,
    before: before ?? undefined,
  };
}

export function Audit() {
  const { t } = useTranslation();
  const { errorText } = useErrorText();
  const [filters, setFilters] = useState<AuditFilterValues>(EMPTY_FILTERS);
  const [items, setItems] = useState<AuditEntry[] | null>(null);
  const [nextBefore, setNextBefore] = useState<number | null>(null);
  const [error, setError] = useState<unknown>(null);
  // What the last load brought, translated when shown so that a language switch does not reload.
  const [loaded, setLoaded] = useState<{ more: boolean; number: number } | null>(null);
  const [busy, setBusy] = useState(false);

  const load = useCallback(async (values: AuditFilterValues, before: number | null) => {
    setBusy(true);
    setError(null);
    setLoaded(null);
    try {
      const page = await api.audit(toQuery(values, before));
      setItems((current) => (before === null ? page.items : [...(current ?? []), ...page.items]));
      setNextBefore(page.nextBefore);
      setLoaded({ more: before !== null, number: page.items.length });
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  }, []);

  useEffect(() => {
    void load(EMPTY_FILTERS, null);
  }, [load]);

  const apply = (values: AuditFilterValues): void => {
    setFilters(values);
    void load(values, null);
  };

  const title = t('audit.title');
  return (
    <div className="stack">
      <section className="panel">
        <ScreenHeading title={title}>{title}</ScreenHeading>
        <p className="lead">{t('audit.intro')}</p>
      </section>

      <section className="panel" aria-labelledby="audit-verify-heading">
        <h2 id="audit-verify-heading">{t('audit.verify.title')}</h2>
        <VerifyChain />
      </section>

      <section className="panel" aria-labelledby="audit-filters-heading">
        <h2 id="audit-filters-heading">{t('audit.filters.title')}</h2>
        <AuditFilters busy={busy} onApply={apply} />
      </section>

      <section className="panel" aria-labelledby="audit-entries-heading" aria-busy={busy}>
        <h2 id="audit-entries-heading">{t('audit.entriesTitle')}</h2>
        {error ? <ErrorAlert>{errorText(error)}</ErrorAlert> : null}
        <p className="muted" role="status">
          {loaded ? t(loaded.more ? 'audit.loadedMore' : 'audit.loaded', { number: loaded.number }) : null}
        </p>
        {items === null && !error ? (
          <p className="loading" role="status">
            {t('common.loading')}
          </p>
        ) : null}
        {items !== null && items.length === 0 ? <p className="empty-state">{t('audit.empty')}</p> : null}
        {items !== null && items.length > 0 ? <AuditTable items={items} /> : null}
        {nextBefore !== null ? (
          <button
            type="button"
            className="button-secondary"
            disabled={busy}
            data-testid="audit-load-more"
            onClick={() => void load(filters, nextBefore)}
          >
            {t('audit.loadMore')}
          </button>
        ) : null}
      </section>
    </div>
  );
}
