import { useTranslation } from 'react-i18next';
import { formatDate } from '../../format.ts';
import { CodeBadge } from './CodeBadge.tsx';
import type { AssistanceView } from './types.ts';

/** Where the help stands, in one line a case worker with forty cases can read in a second. */
export function AssistanceGlance({ assistance }: { assistance: AssistanceView }) {
  const { t, i18n } = useTranslation();
  const day = (iso: string) => formatDate(iso, i18n.language);
  const current = assistance.assessments.find((a) => a.current);
  const { items, reviewOn } = assistance.plan;
  const done = items.filter((item) => item.status === 'done').length;
  const lastService = assistance.services
    .map((s) => s.givenOn)
    .sort()
    .at(-1);
  return (
    <dl className="glance" data-testid="assistance-glance">
      <div>
        <dt>{t('assistance.glance.risk')}</dt>
        <dd>
          {current ? (
            <CodeBadge list="riskLevel" code={current.risk.level} testId="assistance-glance-risk" />
          ) : (
            t('assistance.glance.notAssessed')
          )}
        </dd>
      </div>
      <div>
        <dt>{t('assistance.glance.plan')}</dt>
        <dd>
          {items.length === 0
            ? t('assistance.glance.noPlan')
            : t('assistance.glance.planItems', { number: items.length, done })}
          {reviewOn ? (
            <span className="cell-detail">{t('assistance.glance.reviewOn', { date: day(reviewOn) })}</span>
          ) : null}
        </dd>
      </div>
      <div>
        <dt>{t('assistance.glance.services')}</dt>
        <dd>
          {lastService
            ? t('assistance.glance.servicesGiven', {
                number: assistance.services.length,
                date: day(lastService),
              })
            : t('assistance.glance.noServices')}
        </dd>
      </div>
    </dl>
  );
}
