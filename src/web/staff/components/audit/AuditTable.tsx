import { useTranslation } from 'react-i18next';
import { formatDateTime, localName, roleName } from '../../format.ts';
import { AUDIT_OUTCOMES, type AuditEntry } from '../../types.ts';

function outcomeClass(outcome: string): string {
  if (outcome === 'success') return 'badge badge-ok';
  if (outcome === 'denied') return 'badge badge-warn';
  return 'badge badge-error';
}

export function AuditTable({ items }: { items: AuditEntry[] }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const outcomeText = (outcome: string): string =>
    (AUDIT_OUTCOMES as readonly string[]).includes(outcome) ? t(`audit.outcome.${outcome}`) : outcome;

  return (
    // The table may be wider than a phone screen: the region scrolls, and keyboard users must be
    // able to focus it to scroll it.
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region has to be focusable
    <section className="table-scroll" aria-labelledby="audit-caption" tabIndex={0}>
      <table className="data-table" data-testid="audit-table">
        <caption id="audit-caption">{t('audit.table.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('audit.table.seq')}</th>
            <th scope="col">{t('audit.table.at')}</th>
            <th scope="col">{t('audit.table.actor')}</th>
            <th scope="col">{t('audit.table.action')}</th>
            <th scope="col">{t('audit.table.record')}</th>
            <th scope="col">{t('audit.table.outcome')}</th>
            <th scope="col">{t('audit.table.requestId')}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((entry) => (
            <tr key={entry.seq}>
              <th scope="row" className="numeric">
                {entry.seq}
              </th>
              <td className="nowrap">{formatDateTime(entry.at, language)}</td>
              <td>
                {entry.actorEmail ?? <span className="muted">{t('audit.table.noActor')}</span>}
                {entry.role ? <span className="cell-detail">{roleName(t, entry.role)}</span> : null}
                {entry.organisationName ? (
                  <span className="cell-detail">{localName(entry.organisationName, language)}</span>
                ) : null}
              </td>
              <td>
                <code>{entry.action}</code>
              </td>
              <td>
                {entry.recordType || entry.recordId ? (
                  <>
                    {entry.recordType ? <span>{entry.recordType}</span> : null}
                    {entry.recordId ? <code className="cell-detail">{entry.recordId}</code> : null}
                  </>
                ) : (
                  <span className="muted">{t('audit.table.noRecord')}</span>
                )}
              </td>
              <td>
                <span className={outcomeClass(entry.outcome)}>{outcomeText(entry.outcome)}</span>
              </td>
              <td>
                <code className="small">{entry.requestId}</code>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
