import { useTranslation } from 'react-i18next';
import { formatDate } from '../../format.ts';
import { codeName } from '../../labels.ts';
import type { ConsultationList } from '../assistance/types.ts';
import { countryName } from '../directory/describe.ts';

/** How many consultations touched each topic in the period, then the consultations, newest first. */
export function ConsultationLog({ list }: { list: ConsultationList }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const items = [...list.items].sort((a, b) => b.on.localeCompare(a.on));
  return (
    <>
      <h3>{t('consultations.byTopic')}</h3>
      <ul className="tag-list" data-testid="consultations-by-topic">
        {list.byTopic.map(({ topic, count }) => (
          <li key={topic} className="tag" data-topic={topic}>
            {codeName(t, 'consultationTopic', topic)}: <strong>{count}</strong>
          </li>
        ))}
      </ul>
      <h3>{t('consultations.list', { number: items.length })}</h3>
      {items.length === 0 ? (
        <p className="muted">{t('consultations.none')}</p>
      ) : (
        <ul className="plain-list divided-list" data-testid="consultations-list">
          {items.map((c) => (
            <li key={c.id}>
              <strong>{c.topics.map((topic) => codeName(t, 'consultationTopic', topic)).join(', ')}</strong>
              <span className="cell-detail">
                {[
                  formatDate(c.on, language),
                  codeName(t, 'consultationChannel', c.channel),
                  codeName(t, 'consultationAudience', c.audience),
                  countryName(c.country, language) ?? c.country,
                  c.anonymous ? t('consultations.anonymous') : c.contact,
                  c.userName,
                ]
                  .filter(Boolean)
                  .join(' · ')}
              </span>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
