import { useTranslation } from 'react-i18next';
import type { SubjectView } from '../../contract/rights.ts';
import { formatDate, formatDateTime, localName } from '../../format.ts';
import { codeName } from '../../labels.ts';
import { href } from '../../router.ts';

/** Who the request is about: enough to check it is the person asking, and their cases. */
export function SubjectSummary({ subject }: { subject: SubjectView }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const { person } = subject;
  const name = person.identity
    ? [person.identity.givenName, person.identity.familyName].filter(Boolean).join(' ')
    : null;
  return (
    <section className="panel" aria-labelledby="subject-person-heading" data-testid="subject-person">
      <h2 id="subject-person-heading">{t('subjects.person.title')}</h2>
      {person.identityState === 'erased' ? (
        <p data-testid="subject-erased">
          {t('subjects.person.erased', {
            date: person.erasedAt ? formatDateTime(person.erasedAt, language) : '',
          })}
        </p>
      ) : null}
      {person.identityState === 'none' ? <p>{t('subjects.person.anonymous')}</p> : null}
      <dl className="facts">
        {name ? (
          <div>
            <dt>{t('subjects.person.name')}</dt>
            <dd data-testid="subject-name">{name}</dd>
          </div>
        ) : null}
        {person.identity?.birthDate ? (
          <div>
            <dt>{t('subjects.person.birthDate')}</dt>
            <dd>{formatDate(person.identity.birthDate, language)}</dd>
          </div>
        ) : null}
        <div>
          <dt>{t('subjects.person.facts')}</dt>
          <dd>
            {[
              codeName(t, 'sex', person.sex),
              codeName(t, 'ageBand', person.ageBand),
              codeName(t, 'pathway', person.citizenshipPathway),
            ].join(', ')}
          </dd>
        </div>
        <div>
          <dt>{t('subjects.person.holder')}</dt>
          <dd>{localName(person.holder.name, language)}</dd>
        </div>
        <div>
          <dt>{t('subjects.person.recordedOn')}</dt>
          <dd>{formatDateTime(person.createdAt, language)}</dd>
        </div>
        <div>
          <dt>{t('subjects.person.cases')}</dt>
          <dd>
            <ul className="plain-list" data-testid="subject-cases">
              {subject.cases.map((c) => (
                <li key={c.id}>
                  <a href={href(`/cases/${c.id}`)}>{c.reference}</a> · {codeName(t, 'kind', c.kind)} ·{' '}
                  {codeName(t, 'state', c.state)}
                </li>
              ))}
            </ul>
          </dd>
        </div>
      </dl>
    </section>
  );
}
