import { useTranslation } from 'react-i18next';
import { codeName } from '../../labels.ts';
import type { CaseChanges } from './changes.ts';
import { EventLine } from './EventLine.tsx';

/** After a stale write: the case as it is now, and what changed since it was opened here. */
export function ChangesNotice({ changes }: { changes: CaseChanges }) {
  const { t } = useTranslation();
  return (
    <div className="alert alert-warn" role="alert" data-testid="case-changes">
      <p>
        <strong>{t('cases.changes.title')}</strong> {t('cases.changes.body')}
      </p>
      <ul>
        {changes.state ? (
          <li>
            {t('cases.changes.state', {
              from: codeName(t, 'state', changes.state.from),
              to: codeName(t, 'state', changes.state.to),
            })}
          </li>
        ) : null}
        {changes.events.map((event) => (
          <li key={event.id}>
            <EventLine event={event} />
          </li>
        ))}
        {changes.notes > 0 ? <li>{t('cases.changes.notes', { number: changes.notes })}</li> : null}
      </ul>
    </div>
  );
}
