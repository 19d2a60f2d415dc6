import { useTranslation } from 'react-i18next';
import { formatDate, localName } from '../../format.ts';
import { codeName } from '../../labels.ts';
import { countryName } from '../directory/describe.ts';
import { CodeBadge } from './CodeBadge.tsx';
import { euros } from './describe.ts';
import { ReturnForm } from './ReturnForm.tsx';
import type { ReturnView } from './types.ts';
import type { AssistanceTabProps } from './useAssistance.ts';

function SavedReturn({ saved }: { saved: ReturnView }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const done = saved.checklist.filter((c) => c.status === 'done').length;
  const needed = saved.checklist.filter((c) => c.status !== 'not_needed').length;
  const rows: [string, string][] = [
    [
      t('assistance.return.destination'),
      countryName(saved.destinationCountry, language) ?? saved.destinationCountry,
    ],
    [t('assistance.return.travelOn'), saved.travelOn ? formatDate(saved.travelOn, language) : '—'],
    [t('assistance.return.receiving'), saved.receivingOrganisation ?? '—'],
    [t('assistance.return.progress'), t('assistance.return.done', { done, number: needed })],
    [t('assistance.return.totalCost'), euros(saved.totalCostEur, language)],
    [t('assistance.return.by'), localName(saved.organisation.name, language)],
  ];
  return (
    <div data-testid="return-saved">
      <p>
        <CodeBadge list="returnStatus" code={saved.status} testId="return-status" />
      </p>
      <dl className="facts">
        {rows.map(([term, value]) => (
          <div key={term}>
            <dt>{term}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}

/** The pathway the citizenship sets and who works it (seed 000); the return as planned and done. */
export function ReturnTab({ caseView, assistance, record }: AssistanceTabProps) {
  const { t } = useTranslation();
  const { pathway, partners } = assistance.returnPathway;
  return (
    <div className="tab-body">
      <h3>{t('assistance.return.pathway')}</h3>
      <p data-testid="return-pathway">
        <strong>{codeName(t, 'pathway', pathway)}</strong>
        {partners.length === 0 ? ` · ${t('assistance.return.pathwayUnknown')}` : null}
      </p>
      {partners.length > 0 ? (
        <ul className="tag-list" data-testid="return-partners">
          {partners.map((partner) => (
            <li key={partner} className="tag">
              {codeName(t, 'returnPartner', partner)}
            </li>
          ))}
        </ul>
      ) : null}
      <h3>{t('assistance.return.title')}</h3>
      {assistance.return ? (
        <SavedReturn saved={assistance.return} />
      ) : (
        <p className="muted">{t('assistance.return.none')}</p>
      )}
      {assistance.canRecord || assistance.canRecordReturn ? (
        <>
          <h3>{assistance.return ? t('assistance.return.change') : t('assistance.return.plan')}</h3>
          <ReturnForm
            key={assistance.return?.version ?? 0}
            saved={assistance.return}
            citizenship={caseView.facts.citizenship}
            record={record}
          />
        </>
      ) : null}
    </div>
  );
}
