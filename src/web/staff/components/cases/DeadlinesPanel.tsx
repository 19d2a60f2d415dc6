import { useTranslation } from 'react-i18next';
import type { CaseView } from '../../contract/cases.ts';
import { CasePanel } from './CasePanel.tsx';
import { DeadlineText } from './DeadlineText.tsx';
import { deadlinesByUrgency } from './order.ts';

export function DeadlinesPanel({ view }: { view: CaseView }) {
  const { t } = useTranslation();
  const deadlines = deadlinesByUrgency(view.deadlines);
  return (
    <CasePanel name="deadlines" title={t('deadlines.title')}>
      {deadlines.length === 0 ? (
        <p className="muted">{t('deadlines.none')}</p>
      ) : (
        <ul className="plain-list divided-list deadline-list" data-testid="case-deadlines">
          {deadlines.map((deadline) => (
            <li
              key={`${deadline.kind}-${deadline.subjectId ?? ''}-${deadline.dueAt}`}
              data-kind={deadline.kind}
            >
              <DeadlineText deadline={deadline} />
            </li>
          ))}
        </ul>
      )}
    </CasePanel>
  );
}
