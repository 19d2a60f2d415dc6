import { useTranslation } from 'react-i18next';
import { formatDate } from '../../format.ts';
import { codeName } from '../../labels.ts';
import { newestFirst } from '../cases/order.ts';
import { byLine, countsBy, euros } from './describe.ts';
import { PlanItemStatus, usePlanItemKeeper } from './PlanItemStatus.tsx';
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

/**
 * Plan measures still "planned" although help of their kind has been given (or recorded against them):
 * offered here to mark in progress or done, where the worker has just recorded the help.
 */
function PlannedStill({ assistance, record }: Pick<AssistanceTabProps, 'assistance' | 'record'>) {
  const { t } = useTranslation();
  const keeps = usePlanItemKeeper(assistance);
  const still = assistance.plan.items.filter(
    (item) =>
      item.status === 'planned' &&
      keeps(item) &&
      assistance.services.some((s) => s.planItemId === item.id || s.type === item.measure),
  );
  if (still.length === 0) return null;
  return (
    <div className="alert alert-info" data-testid="services-plan-still">
      <p>{t('assistance.services.planStill')}</p>
      <ul className="plain-list divided-list">
        {still.map((item) => (
          <li key={item.id}>
            <strong>{codeName(t, 'serviceType', item.measure)}</strong>
            <PlanItemStatus item={item} record={record} />
          </li>
        ))}
      </ul>
    </div>
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
      <PlannedStill assistance={assistance} record={record} />
      {assistance.canRecord ? (
        <>
          <h3>{t('assistance.services.record')}</h3>
          <ServicesForm caseView={caseView} record={record} />
        </>
      ) : null}
    </div>
  );
}
