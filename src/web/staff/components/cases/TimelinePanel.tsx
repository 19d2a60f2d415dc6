import { useTranslation } from 'react-i18next';
import type { CaseView } from '../../contract/cases.ts';
import { CasePanel } from './CasePanel.tsx';
import { EventLine } from './EventLine.tsx';
import { newestFirst } from './order.ts';

/** Every change to the case, newest first: who, when, what, and why when a reason was given. */
export function TimelinePanel({ view }: { view: CaseView }) {
  const { t } = useTranslation();
  const events = newestFirst(view.timeline, (e) => e.at);
  return (
    <CasePanel name="timeline" title={t('timeline.title')}>
      {events.length === 0 ? (
        <p className="muted">{t('timeline.none')}</p>
      ) : (
        <ol className="plain-list divided-list timeline" data-testid="case-timeline">
          {events.map((event) => (
            <li key={event.id}>
              <EventLine event={event} />
              {event.reason ? (
                <p className="cell-detail pre-line">{t('timeline.reason', { reason: event.reason })}</p>
              ) : null}
            </li>
          ))}
        </ol>
      )}
    </CasePanel>
  );
}
