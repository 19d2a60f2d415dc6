import { useTranslation } from 'react-i18next';
import { municipalityName } from '../../../../cases/municipalities.ts';
import type { CaseView } from '../../contract/cases.ts';
import { formatDateTime } from '../../format.ts';
import { codeName } from '../../labels.ts';
import { countryName, languageName } from '../directory/describe.ts';
import { ChildNotice } from '../intake/ChildNotice.tsx';
import { CasePanel } from './CasePanel.tsx';

function Tags({ items, testId }: { items: string[]; testId: string }) {
  const { t } = useTranslation();
  if (items.length === 0) return <p className="muted">{t('cases.facts.none')}</p>;
  return (
    <ul className="tag-list" data-testid={testId}>
      {items.map((item) => (
        <li key={item} className="tag">
          {item}
        </li>
      ))}
    </ul>
  );
}

/** What happened and who the person is, without anything that identifies them. */
export function FactsPanel({ view }: { view: CaseView }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const { facts } = view;
  const what =
    view.kind === 'trafficking'
      ? facts.exploitationForms.map((f) => codeName(t, 'exploitation', f)).join(', ')
      : facts.otherCrime
        ? codeName(t, 'otherCrime', facts.otherCrime)
        : '';
  const rows: [string, string][] = [
    [t('cases.facts.what'), [codeName(t, 'kind', view.kind), what].filter(Boolean).join(': ')],
    [t('cases.facts.metAt'), formatDateTime(facts.metAt, language)],
    [
      t('cases.facts.where'),
      [facts.municipality && municipalityName(facts.municipality, language), facts.placeNote]
        .filter(Boolean)
        .join(', '),
    ],
    ...(facts.destinationCountry
      ? [
          [
            t('consular.caseDestination'),
            countryName(facts.destinationCountry, language) ?? facts.destinationCountry,
          ] as [string, string],
        ]
      : []),
    [t('cases.facts.firstContact'), codeName(t, 'firstContact', facts.firstContactKind)],
    [t('cases.facts.sex'), codeName(t, 'sex', view.sex)],
    [
      t('cases.facts.age'),
      facts.age === null
        ? codeName(t, 'ageBand', view.ageBand)
        : t('cases.facts.years', { number: facts.age }),
    ],
    [
      t('cases.facts.citizenship'),
      [facts.citizenship, codeName(t, 'pathway', view.citizenshipPathway)].filter(Boolean).join(', '),
    ],
    [
      t('cases.facts.languages'),
      [
        facts.languages.map((code) => languageName(code, language)).join(', ') || t('cases.facts.none'),
        facts.interpreterNeeded ? t('cases.facts.interpreter') : null,
      ]
        .filter(Boolean)
        .join('. '),
    ],
    [t('cases.facts.disability'), view.disability ? t('common.yes') : t('common.no')],
  ];
  return (
    <CasePanel name="facts" title={t('cases.facts.title')}>
      {view.child ? <ChildNotice /> : null}
      <dl className="facts case-facts">
        {rows.map(([term, value]) => (
          <div key={term}>
            <dt>{term}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      <h3>{t('cases.facts.urgentNeeds')}</h3>
      <Tags items={facts.urgentNeeds.map((n) => codeName(t, 'urgentNeed', n))} testId="case-urgent-needs" />
      <h3>{t('cases.facts.indicators')}</h3>
      <Tags items={facts.indicators.map((i) => codeName(t, 'indicator', i))} testId="case-indicators" />
    </CasePanel>
  );
}
