import { useTranslation } from 'react-i18next';
import type { ReferralMapItem } from '../../contract/directory.ts';

/** Organisations that take referrals and the needs they meet, for choosing where to refer. */
export function ReferralMapTable({ items, caption }: { items: ReferralMapItem[]; caption: string }) {
  const { t } = useTranslation();
  return (
    <div className="table-scroll referral-map-scroll">
      <table className="data-table referral-map" data-testid="referral-map">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('directory.map.organisation')}</th>
            <th scope="col">{t('directory.map.needs')}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((item) => (
            <tr key={item.organisation.id}>
              <th scope="row">
                <span className="referral-organisation">{item.organisation.name}</span>
                {item.services.length > 0 ? (
                  <span className="cell-detail referral-services">
                    {t('directory.map.services', { services: item.services.map((s) => s.name).join('; ') })}
                  </span>
                ) : null}
              </th>
              <td>
                {item.needs.length === 0 ? (
                  t('directory.none')
                ) : (
                  <ul className="tag-list">
                    {item.needs.map((need) => (
                      <li key={need.code} className="tag">
                        {need.name}
                      </li>
                    ))}
                  </ul>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
