import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../components/Alerts.tsx';
import { Link } from '../components/Link.tsx';
import { legalApi } from '../components/legal/api.ts';
import type { ClaimList } from '../components/legal/types.ts';
import { ScreenHeading } from '../components/ScreenHeading.tsx';
import { useErrorText } from '../components/useErrorText.ts';
import { useLoaded } from '../components/useLoaded.ts';
import { formatDate, localName } from '../format.ts';
import { codeName } from '../labels.ts';

/** The compensation officer's inbox: claims sent to the Ministry of Justice, newest first. */
export function Claims() {
  const { t, i18n } = useTranslation();
  const { errorText } = useErrorText();
  const claims = useLoaded<ClaimList>(legalApi.claims);
  const day = (iso: string) => formatDate(iso, i18n.language);
  const title = t('claims.title');
  return (
    <div className="stack">
      <section className="panel">
        <ScreenHeading title={title}>{title}</ScreenHeading>
        <p className="lead">{t('claims.intro')}</p>
      </section>
      <section className="panel" aria-labelledby="claims-list">
        <h2 id="claims-list" className="visually-hidden">
          {title}
        </h2>
        <ErrorAlert>{claims.error ? errorText(claims.error) : null}</ErrorAlert>
        {claims.data === null && !claims.error ? <p className="loading">{t('common.loading')}</p> : null}
        {claims.data && claims.data.items.length === 0 ? (
          <p className="empty-state">{t('claims.empty')}</p>
        ) : null}
        {claims.data && claims.data.items.length > 0 ? (
          <div className="table-scroll">
            <table className="data-table" data-testid="claims">
              <thead>
                <tr>
                  <th scope="col">{t('claims.reference')}</th>
                  <th scope="col">{t('claims.crime')}</th>
                  <th scope="col">{t('claims.sentBy')}</th>
                  <th scope="col">{t('claims.sentOn')}</th>
                  <th scope="col">{t('claims.eligibility')}</th>
                  <th scope="col">{t('claims.stage')}</th>
                </tr>
              </thead>
              <tbody>
                {claims.data.items.map((c) => (
                  <tr key={c.caseId} data-testid={`claim-${c.reference}`}>
                    <td>
                      <Link to={`/claims/${c.caseId}`}>{c.reference}</Link>
                    </td>
                    <td>
                      {codeName(t, 'compensationCrime', c.crime)}, {day(c.crimeOn)}
                    </td>
                    <td>{localName(c.sentBy.name, i18n.language)}</td>
                    <td>{day(c.sentOn)}</td>
                    <td>{c.eligibility.eligible ? t('claims.eligible') : t('claims.notEligible')}</td>
                    <td>
                      <span className="badge">{codeName(t, 'claimStage', c.stage)}</span>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : null}
      </section>
    </div>
  );
}
