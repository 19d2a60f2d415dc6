import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { AUDIT_OUTCOMES, type AuditEntry, type AuditFlag } from '../../contract/audit.ts';
import { auditActionName, auditRecordTypeName, formatDateTime, localName, roleName } from '../../format.ts';

/**
 * Request ids (UUIDs) are shown by their first characters; the whole id is in the title and for
 * screen readers. Ids short enough to read, such as the demo loader's, are shown whole.
 */
const REQUEST_ID_SHOWN = 8;
const REQUEST_ID_SHORT_ENOUGH = 12;

function outcomeClass(outcome: string): string {
  if (outcome === 'success') return 'badge badge-ok';
  if (outcome === 'denied') return 'badge badge-warn';
  return 'badge badge-error';
}

/**
 * A body cell. On a narrow screen the stylesheet lays each row out as a card and shows data-label
 * before the value, so the value is wrapped in one element to sit beside it.
 *
 * The explicit table roles are deliberate: some browsers drop a table's semantics once CSS changes
 * its display, which the card layout does, and the roles keep it a table for screen readers.
 */
export function Cell({
  label,
  className,
  children,
}: {
  label: string;
  className?: string;
  children: ReactNode;
}) {
  return (
    // biome-ignore lint/a11y/noRedundantRoles: kept for the card layout, see above
    <td role="cell" data-label={label} className={className}>
      <div className="cell-value">{children}</div>
    </td>
  );
}

/** A flag in words, not colour alone: break-glass access or a read off the case team. */
export function FlagBadge({ flag }: { flag: AuditFlag }) {
  const { t } = useTranslation();
  return (
    <span className={flag === 'break_glass' ? 'badge badge-error' : 'badge badge-warn'}>
      {t(`audit.flag.${flag}`)}
    </span>
  );
}

function RequestId({ id }: { id: string }) {
  if (id.length <= REQUEST_ID_SHORT_ENOUGH) return <code className="small">{id}</code>;
  return (
    <code className="small" title={id}>
      <span aria-hidden="true">{id.slice(0, REQUEST_ID_SHOWN)}</span>
      <span className="visually-hidden">{id}</span>
    </code>
  );
}

export function AuditTable({ items }: { items: AuditEntry[] }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const outcomeText = (outcome: string): string =>
    (AUDIT_OUTCOMES as readonly string[]).includes(outcome) ? t(`audit.outcome.${outcome}`) : outcome;
  const label = {
    seq: t('audit.table.seq'),
    at: t('audit.table.at'),
    actor: t('audit.table.actor'),
    action: t('audit.table.action'),
    record: t('audit.table.record'),
    outcome: t('audit.table.outcome'),
    requestId: t('audit.table.requestId'),
  };
  const headers = [
    label.seq,
    label.at,
    label.actor,
    label.action,
    label.record,
    label.outcome,
    label.requestId,
  ];

  return (
    // On a wide screen the table may still be wider than its panel: the region scrolls, and
    // keyboard users must be able to focus it to scroll it.
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region has to be focusable
    <section className="table-scroll audit-table-scroll" aria-labelledby="audit-caption" tabIndex={0}>
      {/* biome-ignore lint/a11y/noRedundantRoles: the card layout changes display, see Cell */}
      <table role="table" className="data-table audit-table" data-testid="audit-table">
        <caption id="audit-caption">{t('audit.table.caption')}</caption>
        {/* biome-ignore lint/a11y/noRedundantRoles: the card layout changes display, see Cell */}
        <thead role="rowgroup">
          {/* biome-ignore lint/a11y/noRedundantRoles: the card layout changes display, see Cell */}
          <tr role="row">
            {headers.map((header) => (
              // biome-ignore lint/a11y/noRedundantRoles: the card layout changes display, see Cell
              <th key={header} scope="col" role="columnheader">
                {header}
              </th>
            ))}
          </tr>
        </thead>
        {/* biome-ignore lint/a11y/noRedundantRoles: the card layout changes display, see Cell */}
        <tbody role="rowgroup">
          {items.map((entry) => {
            const actionName = auditActionName(t, entry.action);
            return (
              // biome-ignore lint/a11y/noRedundantRoles: the card layout changes display, see Cell
              <tr key={entry.seq} role="row">
                {/* biome-ignore lint/a11y/noRedundantRoles: the card layout changes display, see Cell */}
                <th scope="row" role="rowheader" className="numeric" data-label={label.seq}>
                  <div className="cell-value">{entry.seq}</div>
                </th>
                <Cell label={label.at} className="nowrap">
                  {formatDateTime(entry.at, language)}
                </Cell>
                <Cell label={label.actor}>
                  {entry.actorEmail ? (
                    <span className="audit-actor">{entry.actorEmail}</span>
                  ) : (
                    <span className="muted">{t('audit.table.noActor')}</span>
                  )}
                  {entry.role ? <span className="cell-detail">{roleName(t, entry.role)}</span> : null}
                  {entry.organisationName ? (
                    <span className="cell-detail">{localName(entry.organisationName, language)}</span>
                  ) : null}
                </Cell>
                <Cell label={label.action} className="audit-action-cell">
                  {actionName ? (
                    <>
                      <span>{actionName}</span>
                      <code className="code-detail">{entry.action}</code>
                    </>
                  ) : (
                    <code>{entry.action}</code>
                  )}
                </Cell>
                <Cell label={label.record} className="audit-record-cell">
                  {entry.recordType || entry.recordId ? (
                    <>
                      {entry.recordType ? <span>{auditRecordTypeName(t, entry.recordType)}</span> : null}
                      {entry.recordId ? <code className="code-detail">{entry.recordId}</code> : null}
                    </>
                  ) : (
                    <>
                      <span className="muted" aria-hidden="true">
                        —
                      </span>
                      <span className="visually-hidden">{t('audit.table.noRecord')}</span>
                    </>
                  )}
                </Cell>
                <Cell label={label.outcome}>
                  <span className={outcomeClass(entry.outcome)}>{outcomeText(entry.outcome)}</span>
                  {entry.flag ? (
                    <span className="audit-flag" data-testid="audit-flag">
                      <FlagBadge flag={entry.flag} />
                      {entry.reason ? (
                        <span className="cell-detail audit-reason">
                          {t('audit.flag.reason', { reason: entry.reason })}
                        </span>
                      ) : null}
                    </span>
                  ) : null}
                </Cell>
                <Cell label={label.requestId} className="nowrap">
                  <RequestId id={entry.requestId} />
                </Cell>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
