import { useTranslation } from 'react-i18next';
import type { Organisation } from '../../contract/access.ts';
import { functionName, localName } from '../../format.ts';

export function OrganisationCard({
  organisation,
  onEdit,
}: {
  organisation: Organisation;
  onEdit: () => void;
}) {
  const { t, i18n } = useTranslation();
  const headingId = `org-${organisation.id}-heading`;
  const otherLanguage = i18n.language === 'en' ? 'lt' : 'en';
  return (
    <article className="card" aria-labelledby={headingId} data-testid={`organisation-${organisation.slug}`}>
      <h3 id={headingId}>{localName(organisation.name, i18n.language)}</h3>
      <p className="muted small" lang={otherLanguage}>
        {organisation.name[otherLanguage]}
      </p>
      <dl className="facts">
        <div>
          <dt>{t('organisations.slug')}</dt>
          <dd>
            <code>{organisation.slug}</code>
          </dd>
        </div>
        <div>
          <dt>{t('organisations.functions')}</dt>
          <dd>
            {organisation.functions.length === 0
              ? t('organisations.noFunctions')
              : organisation.functions.map((fn) => functionName(t, fn)).join(', ')}
          </dd>
        </div>
        <div>
          <dt>{t('organisations.accredited')}</dt>
          <dd>{organisation.accredited ? t('common.yes') : t('common.no')}</dd>
        </div>
        <div>
          <dt>{t('organisations.requiresTwoFactor')}</dt>
          <dd>{organisation.requiresTwoFactor ? t('common.yes') : t('common.no')}</dd>
        </div>
      </dl>
      <button
        type="button"
        className="button-secondary"
        aria-describedby={headingId}
        data-testid={`organisation-edit-${organisation.slug}`}
        onClick={onEdit}
      >
        {t('common.edit')}
      </button>
    </article>
  );
}
