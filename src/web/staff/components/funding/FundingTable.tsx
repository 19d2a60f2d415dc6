import { useTranslation } from 'react-i18next';
import { localName } from '../../format.ts';
import { codeName } from '../../labels.ts';
import { Cell } from '../audit/AuditTable.tsx';
import type { FundingView } from '../statistics/types.ts';

/** Euros in the interface language's way ("1 234,50 €", "€1,234.50"). */
export function useEuros(): (value: number) => string {
  const { i18n } = useTranslation();
  const format = new Intl.NumberFormat(i18n.language === 'en' ? 'en-GB' : 'lt-LT', {
    style: 'currency',
    currency: 'EUR',
  });
  return (value) => format.format(value);
}

/**
 * A year's allocations with what each delivered, and the totals: a table on wider screens, one card
 * per allocation on a phone (the audit table's layout).
 */
export function FundingTable({ view }: { view: FundingView }) {
  const { t, i18n } = useTranslation();
  const euros = useEuros();
  const number = new Intl.NumberFormat(i18n.language === 'en' ? 'en-GB' : 'lt-LT');
  const cost = (value: number | null) => (value === null ? t('funding.nothingDelivered') : euros(value));
  const label = (key: string) => t(`funding.${key}`);
  const figures = (row: Omit<FundingView['totals'], 'servicesWithoutAllocation'>) => (
    <>
      <Cell label={label('amount')} className="numeric">
        {euros(row.amountEur)}
      </Cell>
      <Cell label={label('services')} className="numeric">
        {number.format(row.services)}
      </Cell>
      <Cell label={label('people')} className="numeric">
        {number.format(row.people)}
      </Cell>
      <Cell label={label('costPerService')} className="numeric">
        {cost(row.costPerService)}
      </Cell>
      <Cell label={label('costPerPerson')} className="numeric">
        {cost(row.costPerPerson)}
      </Cell>
    </>
  );
  const columns = [
    'organisation',
    'programme',
    'name',
    'amount',
    'services',
    'people',
    'costPerService',
    'costPerPerson',
  ];
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region has to be focusable
    <section className="table-scroll audit-table-scroll" aria-labelledby="funding-caption" tabIndex={0}>
      {/* biome-ignore lint/a11y/noRedundantRoles: the card layout changes display, see Cell */}
      <table role="table" className="data-table audit-table" data-testid="funding-table">
        <caption id="funding-caption">{t('funding.caption', { year: view.year })}</caption>
        {/* biome-ignore lint/a11y/noRedundantRoles: the card layout changes display, see Cell */}
        <thead role="rowgroup">
          {/* biome-ignore lint/a11y/noRedundantRoles: the card layout changes display, see Cell */}
          <tr role="row">
            {columns.map((column, n) => (
              // biome-ignore lint/a11y/noRedundantRoles: the card layout changes display, see Cell
              <th key={column} scope="col" role="columnheader" className={n > 2 ? 'numeric' : undefined}>
                {label(column)}
              </th>
            ))}
          </tr>
        </thead>
        {/* biome-ignore lint/a11y/noRedundantRoles: the card layout changes display, see Cell */}
        <tbody role="rowgroup">
          {view.items.map((item) => (
            // biome-ignore lint/a11y/noRedundantRoles: the card layout changes display, see Cell
            <tr key={item.id} role="row" data-testid="funding-row">
              {/* biome-ignore lint/a11y/noRedundantRoles: the card layout changes display, see Cell */}
              <th scope="row" role="rowheader" data-label={label('organisation')}>
                <div className="cell-value">{localName(item.organisation.name, i18n.language)}</div>
              </th>
              <Cell label={label('programme')}>{codeName(t, 'fundingProgramme', item.programme)}</Cell>
              <Cell label={label('name')}>{localName(item.name, i18n.language)}</Cell>
              {figures(item)}
            </tr>
          ))}
          {/* biome-ignore lint/a11y/noRedundantRoles: the card layout changes display, see Cell */}
          <tr role="row" className="funding-total" data-testid="funding-total">
            {/* biome-ignore lint/a11y/noRedundantRoles: the card layout changes display, see Cell */}
            <th scope="row" role="rowheader" colSpan={3}>
              <div className="cell-value">{t('funding.total')}</div>
            </th>
            {figures(view.totals)}
          </tr>
        </tbody>
      </table>
    </section>
  );
}
