import { useTranslation } from 'react-i18next';
import type { CaseView } from '../../contract/cases.ts';
import { formatDate, localName } from '../../format.ts';
import { codeName } from '../../labels.ts';
import { CasePanel } from './CasePanel.tsx';
import { ResponsibleControls } from './ResponsibleControls.tsx';
import type { CaseControls } from './useCase.ts';

/** Who acts, for whom: the acting member's organisation, role and own id. */
export interface Acting {
  organisationId: string;
  role: string;
  userId: string;
}

/**
 * The organisations working on the case, since when, and each one's person responsible; the acting
 * organisation's members may take the case, and its manager may give it to a colleague.
 */
export function TeamPanel({
  view,
  acting,
  act,
}: {
  view: CaseView;
  acting?: Acting;
  act?: CaseControls['act'];
}) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  // The controls go with the acting organisation's current place on the team, once.
  const ownIndex = acting
    ? view.team.findIndex((m) => m.id === acting.organisationId && m.leftAt === null)
    : -1;
  return (
    <CasePanel name="team" title={t('team.title')}>
      {view.team.length === 0 ? (
        <p className="muted">{t('team.none')}</p>
      ) : (
        <ul className="plain-list divided-list team-list" data-testid="case-team">
          {view.team.map((member, index) => (
            <li key={`${member.id}-${member.role}-${member.joinedAt}`} data-testid={`team-${member.id}`}>
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
              {member.leftAt === null ? (
                <span className="cell-detail" data-testid="team-responsible">
                  {member.responsible
                    ? t('team.responsible', { name: member.responsible.name })
                    : t('team.nobodyResponsible')}
                </span>
              ) : null}
              {index === ownIndex && acting && act ? (
                <ResponsibleControls
                  caseId={view.id}
                  member={member}
                  role={acting.role}
                  userId={acting.userId}
                  act={act}
                />
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </CasePanel>
  );
}
