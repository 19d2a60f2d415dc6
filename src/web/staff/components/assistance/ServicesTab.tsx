import { useTranslation } from 'react-i18next';
import { formatDate } from '../../format.ts';
import { codeName } from '../../labels.ts';
import { newestFirst } from '../cases/order.ts';
import { byLine, countsBy, euros } from './describe.ts';
import { ServicesForm } from './ServicesForm.tsx';
import type { ServiceView } from './types.ts';
import type { AssistanceTabProps } from './useAssistance.ts';

/** How many to list before the rest fold away: a week or two of a busy case. */
const SHOWN = 8;

function ServiceLine({ service }: { service: ServiceView }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const size = [
    service.minutes === null ? null : t('assistance.services.minutesShort', { number: service.minutes }),
    service.amountEur === null ? null : euros(service.amountEur, language),
  ];
  return (
    <li>
      <strong>{codeName(t, 'serviceType', service.type)}</strong>
      <span className="cell-detail">
        {[
          formatDate(service.givenOn, language),
          ...size,
          codeName(t, 'serviceMode', service.mode),
          byLine(service, language),
        ]
          .filter(Boolean)
          .join(' · ')}
      </span>
    </li>
  );
}

/** What has been given, counted by type (what the ministry counts), newest first; and the day's entry. */
export function ServicesTab({ caseView, assistance, record }: AssistanceTabProps) {
  const { t } = useTranslation();
  const services = newestFirst(assistance.services, (s) => s.givenOn);
  return (
    <div className="tab-body">
      <h3>{t('assistance.services.given', { number: services.length })}</h3>
      {services.length === 0 ? (
        <p className="muted">{t('assistance.services.none')}</p>
      ) : (
        <>
          <ul className="tag-list" data-testid="services-counts">
            {countsBy(services.map((s) => s.type)).map(([type, count]) => (
              <li key={type} className="tag">
                {codeName(t, 'serviceType', type)}: {count}
              </li>
            ))}
          </ul>
          <ul className="plain-list divided-list" data-testid="services-list">
            {services.slice(0, SHOWN).map((service) => (
              <ServiceLine key={service.id} service={service} />
            ))}
          </ul>
          {services.length > SHOWN ? (
            <details className="history">
              <summary>{t('assistance.services.earlier', { number: services.length - SHOWN })}</summary>
              <ul className="plain-list divided-list">
                {services.slice(SHOWN).map((service) => (
                  <ServiceLine key={service.id} service={service} />
                ))}
              </ul>
            </details>
          ) : null}
        </>
      )}
      {assistance.canRecord ? (
        <>
          <h3>{t('assistance.services.record')}</h3>
          <ServicesForm caseView={caseView} record={record} />
        </>
      ) : null}
    </div>
  );
}
