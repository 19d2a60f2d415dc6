import { useTranslation } from 'react-i18next';
import { formatDate, localName } from '../../format.ts';
import { codeName } from '../../labels.ts';
import { newestFirst } from '../cases/order.ts';
import { ApprovalPanel } from '../review/ApprovalPanel.tsx';
import { assistanceApi } from './api.ts';
import { CodeBadge } from './CodeBadge.tsx';
import { activeTeam, byLine, personLanguage } from './describe.ts';
import { PlanAgreementForm } from './PlanAgreementForm.tsx';
import { PlanItemForm } from './PlanItemForm.tsx';
import { PlanItemStatus, usePlanItemKeeper } from './PlanItemStatus.tsx';
import { PrintLinks } from './PrintLinks.tsx';
import { PRINT_LANGUAGES } from './types.ts';
import type { AssistanceTabProps } from './useAssistance.ts';

/** The plan drawn up with the person: its measures with their status, the agreement, the review. */
export function PlanTab({ caseView, assistance, record }: AssistanceTabProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const day = (iso: string) => formatDate(iso, language);
  const { items, reviewOn } = assistance.plan;
  const agreement = newestFirst(assistance.plan.agreements, (a) => a.agreedOn)[0];
  const keeps = usePlanItemKeeper(assistance);
  return (
    <div className="tab-body">
      <h3>{t('assistance.plan.items')}</h3>
      {items.length === 0 ? (
        <p className="muted">{t('assistance.plan.none')}</p>
      ) : (
        <ul className="plain-list divided-list plan-list" data-testid="plan-items">
          {items.map((item) => (
            <li key={item.id} className="plan-item">
              <div>
                <strong>{codeName(t, 'serviceType', item.measure)}</strong>{' '}
                <CodeBadge list="planItemStatus" code={item.status} />
                <span className="cell-detail">
                  {t('assistance.plan.itemLine', {
                    need: codeName(t, 'needDomain', item.need),
                    organisation: localName(item.organisation.name, language),
                    date: day(item.dueOn),
                  })}
                </span>
                {item.note ? <span className="cell-detail">{item.note}</span> : null}
              </div>
              {keeps(item) ? <PlanItemStatus item={item} record={record} /> : null}
            </li>
          ))}
        </ul>
      )}
      <h3>{t('assistance.plan.agreement')}</h3>
      {agreement ? (
        <div data-testid="plan-agreement">
          <p data-testid="plan-status">
            <strong>{t(`review.planStatus.${assistance.plan.status}`)}</strong>
          </p>
          <p>
            {t('assistance.plan.agreedBy', {
              date: day(agreement.agreedOn),
              by: byLine(agreement, language),
            })}
            {reviewOn ? ` ${t('assistance.plan.reviewBy', { date: day(reviewOn) })}` : null}
          </p>
          {agreement.victimWords ? (
            <blockquote className="victim-words">{agreement.victimWords}</blockquote>
          ) : null}
        </div>
      ) : (
        <p className="muted">{t('assistance.plan.notAgreed')}</p>
      )}
      <ApprovalPanel
        caseId={caseView.id}
        subject="plan"
        refreshKey={assistance}
        onDecided={() => record((id) => assistanceApi.view(id))}
      />
      {items.length > 0 ? (
        <PrintLinks
          label={t('assistance.plan.print')}
          languages={PRINT_LANGUAGES}
          preferred={personLanguage(caseView)}
          href={(lang) => assistanceApi.planPdfUrl(caseView.id, lang)}
          testId="plan-pdf"
        />
      ) : null}
      {assistance.canRecord ? (
        <>
          <h3>{t('assistance.plan.addItem')}</h3>
          <PlanItemForm caseId={caseView.id} team={activeTeam(caseView)} record={record} />
          {items.length > 0 ? (
            <>
              <h3>{agreement ? t('assistance.plan.agreeAgain') : t('assistance.plan.agree')}</h3>
              <PlanAgreementForm record={record} />
            </>
          ) : null}
        </>
      ) : null}
    </div>
  );
}
