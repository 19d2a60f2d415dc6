import { useTranslation } from 'react-i18next';
import type { AccessReviewEntry } from '../../contract/audit.ts';
import { formatDateTime, formatNumber, roleName } from '../../format.ts';
import { Link } from '../Link.tsx';
import { Cell, FlagBadge } from './AuditTable.tsx';

/**
 * One organisation's case reads in a month: a table on wider screens, one card per row on a phone
 * (the audit table's layout). Case references link to the case only for those who may open it.
 */
export function AccessReviewTable({
  id,
  caption,
  entries,
  linkCases,
}: {
  id: string;
  caption: string;
  entries: AccessReviewEntry[];
  linkCases: boolean;
}) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const label = {
    who: t('accessReview.table.who'),
    case: t('accessReview.table.case'),
    reads: t('accessReview.table.reads'),
    outsideTeam: t('accessReview.table.outsideTeam'),
    breakGlass: t('accessReview.table.breakGlass'),
    first: t('accessReview.table.first'),
    last: t('accessReview.table.last'),
  };
  const headers: [string, boolean][] = [
    [label.who, false],
    [label.case, false],
    [label.reads, true],
    [label.outsideTeam, true],
    [label.breakGlass, false],
    [label.first, false],
    [label.last, false],
  ];
  const captionId = `${id}-caption`;

  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region has to be focusable
    <section className="table-scroll audit-table-scroll" aria-labelledby={captionId} tabIndex={0}>
      {/* biome-ignore lint/a11y/noRedundantRoles: the card layout changes display, see Cell */}
      <table role="table" className="data-table audit-table" data-testid="access-review-table">
        {/* The organisation's name is the heading above; the caption names the table for screen readers. */}
        <caption id={captionId} className="visually-hidden">
          {caption}
        </caption>
        {/* biome-ignore lint/a11y/noRedundantRoles: the card layout changes display, see Cell */}
        <thead role="rowgroup">
          {/* biome-ignore lint/a11y/noRedundantRoles: the card layout changes display, see Cell */}
          <tr role="row">
            {headers.map(([header, numeric]) => (
              // biome-ignore lint/a11y/noRedundantRoles: the card layout changes display, see Cell
              <th key={header} scope="col" role="columnheader" className={numeric ? 'numeric' : undefined}>
                {header}
              </th>
            ))}
          </tr>
        </thead>
        {/* biome-ignore lint/a11y/noRedundantRoles: the card layout changes display, see Cell */}
        <tbody role="rowgroup">
          {entries.map((entry) => {
            const reference = entry.caseReference ?? entry.caseId;
            return (
              // biome-ignore lint/a11y/noRedundantRoles: the card layout changes display, see Cell
              <tr key={`${entry.actorEmail ?? ''}|${entry.role ?? ''}|${entry.caseId}`} role="row">
                {/* biome-ignore lint/a11y/noRedundantRoles: the card layout changes display, see Cell */}
                <th scope="row" role="rowheader" data-label={label.who}>
                  <div className="cell-value">
                    <span className="audit-actor">{entry.actorEmail ?? t('audit.table.noActor')}</span>
                    {entry.role ? <span className="cell-detail">{roleName(t, entry.role)}</span> : null}
                  </div>
                </th>
                <Cell label={label.case} className="nowrap">
                  {linkCases ? (
                    <Link to={`/cases/${entry.caseId}`}>{reference}</Link>
                  ) : (
                    <span>{reference}</span>
                  )}
                </Cell>
                <Cell label={label.reads} className="numeric">
                  {formatNumber(entry.reads, language)}
                </Cell>
                <Cell label={label.outsideTeam} className="numeric">
                  {entry.outsideTeam > 0 ? (
                    <span className="badge badge-warn">{formatNumber(entry.outsideTeam, language)}</span>
                  ) : (
                    formatNumber(0, language)
                  )}
                </Cell>
                <Cell label={label.breakGlass}>
                  {entry.breakGlass.length > 0 ? (
                    <ul className="plain-list access-review-openings">
                      {entry.breakGlass.map((opening) => (
                        <li key={opening.at}>
                          <FlagBadge flag="break_glass" />{' '}
                          <span className="nowrap">{formatDateTime(opening.at, language)}</span>
                          <span className="cell-detail audit-reason">
                            {t('audit.flag.reason', { reason: opening.reason })}
                          </span>
                        </li>
                      ))}
                    </ul>
                  ) : (
                    <>
                      <span className="muted" aria-hidden="true">
                        —
                      </span>
                      <span className="visually-hidden">{t('accessReview.table.noBreakGlass')}</span>
                    </>
                  )}
                </Cell>
                <Cell label={label.first}>{formatDateTime(entry.first, language)}</Cell>
                <Cell label={label.last}>{formatDateTime(entry.last, language)}</Cell>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
