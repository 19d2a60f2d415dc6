import { useTranslation } from 'react-i18next';
import type { DeadlineView } from '../../contract/cases.ts';
import { formatDeadline, localName } from '../../format.ts';
import { codeName } from '../../labels.ts';

/** A deadline in words; an overdue one says "Overdue" in bold as well as being red. */
export function DeadlineText({ deadline }: { deadline: DeadlineView }) {
  const { t, i18n } = useTranslation();
  const when = formatDeadline(deadline.dueAt, i18n.language);
  // An answer to a referral names the organisation it waits for.
  const kind = codeName(t, 'deadline', deadline.kind);
  const what = deadline.answerer ? `${kind} (${localName(deadline.answerer.name, i18n.language)})` : kind;
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
