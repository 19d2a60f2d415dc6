import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { CaseHeadline } from '../../contract/cases.ts';
import { codeName } from '../../labels.ts';

/** Kind, state and, for a child, that it is a child: in words, on every case shown. */
export function CaseBadges({ summary }: { summary: CaseHeadline }) {
  const { t } = useTranslation();
  return (
    <span className="badges">
      <span className="badge badge-off">{codeName(t, 'kind', summary.kind)}</span>
      <span className="badge badge-state" data-testid="case-state">
        {codeName(t, 'state', summary.state)}
      </span>
      {summary.child ? <span className="badge badge-warn">{t('cases.child')}</span> : null}
    </span>
  );
}

/** "Female, 25–34, third-country national": the person without anything that identifies them. */
export function personLine(t: TFunction, summary: CaseHeadline): string {
  return [
    codeName(t, 'sex', summary.sex),
    codeName(t, 'ageBand', summary.ageBand),
    codeName(t, 'pathway', summary.citizenshipPathway),
  ].join(', ');
}
