import { useTranslation } from 'react-i18next';
import type { WorkDeadline } from '../../contract/cases.ts';
import { DeadlineText } from '../cases/DeadlineText.tsx';
import { Link } from '../Link.tsx';

/**
 * Deadlines with their cases, overdue first, then the soonest; each leads to its case. My work lists
 * my cases' deadlines; the coordinator's desk every case's, one per organisation whose answer waits.
 */
export function WorkDeadlines({
  items,
  empty,
  testId = 'work-deadlines',
}: {
  items: WorkDeadline[];
  empty?: string;
  testId?: string;
}) {
  const { t } = useTranslation();
  if (items.length === 0) return <p className="empty-state">{empty ?? t('work.noDeadlines')}</p>;
  const sorted = [...items].sort(
    (a, b) => Number(b.overdue) - Number(a.overdue) || Date.parse(a.dueAt) - Date.parse(b.dueAt),
  );
  return (
    <ul className="case-list" data-testid={testId}>
      {sorted.map((deadline) => (
        <li
          key={`${deadline.caseId}-${deadline.kind}-${deadline.subjectId ?? ''}-${deadline.dueAt}`}
          className={deadline.overdue ? 'case-row case-row-overdue' : 'case-row'}
          data-kind={deadline.kind}
        >
          <div className="case-row-main">
            <Link to={`/cases/${deadline.caseId}`} className="case-reference">
              {deadline.caseReference}
            </Link>
          </div>
          <p className="case-row-deadline">
            <DeadlineText deadline={deadline} />
          </p>
        </li>
      ))}
    </ul>
  );
}
