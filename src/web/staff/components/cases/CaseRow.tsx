import { useTranslation } from 'react-i18next';
import type { CaseSummary } from '../../contract/cases.ts';
import { localName } from '../../format.ts';
import { Link } from '../Link.tsx';
import { CaseBadges, personLine } from './CaseBadges.tsx';
import { DeadlineText } from './DeadlineText.tsx';

/** One case in a list: its reference, where it stands, who it is about (no identity), what is due. */
export function CaseRow({ summary }: { summary: CaseSummary }) {
  const { t, i18n } = useTranslation();
  return (
    <li
      className={summary.nextDeadline?.overdue ? 'case-row case-row-overdue' : 'case-row'}
      data-testid={`case-row-${summary.reference}`}
    >
      <div className="case-row-main">
        <Link to={`/cases/${summary.id}`} className="case-reference">
          {summary.reference}
        </Link>
        <CaseBadges summary={summary} />
      </div>
      <p className="case-row-person">{personLine(t, summary)}</p>
      <p className="case-row-origin muted">
        {t('cases.from', { organisation: localName(summary.origin.name, i18n.language) })}
      </p>
      <p className="case-row-deadline">
        {summary.nextDeadline ? <DeadlineText deadline={summary.nextDeadline} /> : t('deadlines.none')}
      </p>
    </li>
  );
}

/** Cases as a list, or a sentence when there are none. */
export function CaseRows({ cases, empty, testId }: { cases: CaseSummary[]; empty: string; testId: string }) {
  if (cases.length === 0) return <p className="empty-state">{empty}</p>;
  return (
    <ul className="case-list" data-testid={testId}>
      {cases.map((summary) => (
        <CaseRow key={summary.id} summary={summary} />
      ))}
    </ul>
  );
}
