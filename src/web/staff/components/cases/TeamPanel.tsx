import { useTranslation } from 'react-i18next';
import type { CaseView } from '../../contract/cases.ts';
import { formatDate, localName } from '../../format.ts';
import { codeName } from '../../labels.ts';
import { CasePanel } from './CasePanel.tsx';

/** The organisations working on the case, and since when. */
export function TeamPanel({ view }: { view: CaseView }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  return (
    <CasePanel name="team" title={t('team.title')}>
      {view.team.length === 0 ? (
        <p className="muted">{t('team.none')}</p>
      ) : (
        <ul className="plain-list divided-list team-list" data-testid="case-team">
          {view.team.map((member) => (
            <li key={`${member.id}-${member.role}-${member.joinedAt}`}>
              <strong>{localName(member.name, language)}</strong>
              <span className="cell-detail">
                {codeName(t, 'teamRole', member.role)} ·{' '}
                {member.leftAt
                  ? t('team.between', {
                      from: formatDate(member.joinedAt, language),
                      to: formatDate(member.leftAt, language),
                    })
                  : t('team.since', { from: formatDate(member.joinedAt, language) })}
              </span>
            </li>
          ))}
        </ul>
      )}
    </CasePanel>
  );
}
