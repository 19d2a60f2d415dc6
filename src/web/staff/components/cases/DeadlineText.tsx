import { useTranslation } from 'react-i18next';
import type { DeadlineView } from '../../contract/cases.ts';
import { formatDeadline } from '../../format.ts';
import { codeName } from '../../labels.ts';

/** A deadline in words; an overdue one says "Overdue" in bold as well as being red. */
export function DeadlineText({ deadline }: { deadline: DeadlineView }) {
  const { t, i18n } = useTranslation();
  const when = formatDeadline(deadline.dueAt, i18n.language);
  const what = codeName(t, 'deadline', deadline.kind);
  return deadline.overdue ? (
    <span className="deadline deadline-overdue" data-testid="deadline-overdue">
      <strong>{t('deadlines.overdue')}</strong> {what}, {t('deadlines.wasDue', { when })}
    </span>
  ) : (
    <span className="deadline">
      {what}, {t('deadlines.due', { when })}
    </span>
  );
}
