import '../components/programme/programme.css';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert, InfoNote, StatusMessage } from '../components/Alerts.tsx';
import { SelectField } from '../components/Field.tsx';
import { useEuros } from '../components/funding/FundingTable.tsx';
import { AwarenessForm } from '../components/programme/AwarenessForm.tsx';
import { programmeApi } from '../components/programme/api.ts';
import { TrainingForm } from '../components/programme/TrainingForm.tsx';
import { ScreenHeading } from '../components/ScreenHeading.tsx';
import { recentYears } from '../components/statistics/PeriodFilters.tsx';
import { useErrorText } from '../components/useErrorText.ts';
import { useLoaded } from '../components/useLoaded.ts';
import { formatDate, formatNumber, localName } from '../format.ts';
import { codeName } from '../labels.ts';
import { activeMembership, useAuthenticatedSession } from '../session.ts';

/**
 * Trainings of professionals and awareness activities (seed 003): a year's, with who took part by
 * profession and how many people each activity reached. A manager records their organisation's and
 * sees only those; the statistician and the national coordinator see every organisation's.
 */
export function Trainings() {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const { errorText } = useErrorText();
  const euros = useEuros();
  const membership = activeMembership(useAuthenticatedSession());
  const manager = membership?.role === 'organisation_manager';
  const years = recentYears();
  const [year, setYear] = useState(years[0]!);
  const [saved, setSaved] = useState<'training' | 'awareness' | null>(null);
  const trainings = useLoaded(useCallback(() => programmeApi.trainings(year), [year]));
  const awareness = useLoaded(useCallback(() => programmeApi.awareness(year), [year]));
  // What was just recorded is shown: its year's list, read again.
  const showYear = (recorded: number, reload: () => void) =>
    recorded !== year && years.includes(recorded) ? setYear(recorded) : reload();
  const title = t('programme.trainings.screen');
  const trainingItems = trainings.data?.year === year ? trainings.data.items : null;
  const awarenessItems = awareness.data?.year === year ? awareness.data.items : null;
  return (
    <div className="stack">
      <section className="panel">
        <ScreenHeading title={title}>{title}</ScreenHeading>
        <p className="lead">{t('programme.trainings.intro')}</p>
        {manager && membership ? (
          <InfoNote>
            {t('programme.ownOrganisation', {
              organisation: localName(membership.organisation.name, language),
            })}
          </InfoNote>
        ) : null}
        <SelectField
          id="programme-year"
          className="field-short"
          label={t('programme.year')}
          value={String(year)}
          onValueChange={(value) => setYear(Number(value))}
          options={years.map((y) => ({ value: String(y), label: String(y) }))}
        />
      </section>
      <section className="panel" aria-labelledby="trainings-heading">
        <h2 id="trainings-heading">{t('programme.trainings.list', { year })}</h2>
        <ErrorAlert>{trainings.error ? errorText(trainings.error) : null}</ErrorAlert>
        {trainingItems === null ? (
          trainings.error ? null : (
            <p className="loading">{t('common.loading')}</p>
          )
        ) : trainingItems.length === 0 ? (
          <p className="muted">{t('programme.trainings.none', { year })}</p>
        ) : (
          <ul className="plain-list divided-list" data-testid="trainings-list">
            {trainingItems.map((item) => (
              <li key={item.id} data-testid="training">
                <strong>{item.topic}</strong>
                <span className="cell-detail">
                  {[
                    formatDate(item.heldOn, language),
                    localName(item.organiser.name, language),
                    t('programme.trainings.hoursValue', { hours: formatNumber(item.hours, language) }),
                    item.funding
                      ? `${euros(item.funding.amountEur)} (${codeName(t, 'fundingSource', item.funding.source)})`
                      : null,
                  ]
                    .filter(Boolean)
                    .join(' · ')}
                </span>
                <ul className="tag-list">
                  {item.audience.map((a) => (
                    <li key={a.profession} className="tag">
                      {codeName(t, 'profession', a.profession)}: <strong>{a.participants}</strong>
                    </li>
                  ))}
                  <li className="tag">
                    {t('programme.trainings.participants')}: <strong>{item.participants}</strong>
                  </li>
                </ul>
              </li>
            ))}
          </ul>
        )}
      </section>
      {manager ? (
        <section className="panel" aria-labelledby="training-record-heading">
          <h2 id="training-record-heading">{t('programme.trainings.record')}</h2>
          <TrainingForm
            onRecorded={(recorded) => {
              setSaved('training');
              showYear(Number(recorded.heldOn.slice(0, 4)), trainings.reload);
            }}
          />
          <StatusMessage>{saved === 'training' ? t('programme.trainings.saved') : null}</StatusMessage>
        </section>
      ) : null}
      <section className="panel" aria-labelledby="awareness-heading">
        <h2 id="awareness-heading">{t('programme.awareness.list', { year })}</h2>
        <ErrorAlert>{awareness.error ? errorText(awareness.error) : null}</ErrorAlert>
        {awarenessItems === null ? (
          awareness.error ? null : (
            <p className="loading">{t('common.loading')}</p>
          )
        ) : awarenessItems.length === 0 ? (
          <p className="muted">{t('programme.awareness.none', { year })}</p>
        ) : (
          <ul className="plain-list divided-list" data-testid="awareness-list">
            {awarenessItems.map((item) => (
              <li key={item.id} data-testid="awareness">
                <strong>{item.title}</strong>
                <span className="cell-detail">
                  {[
                    codeName(t, 'awarenessKind', item.kind),
                    item.endsOn
                      ? `${formatDate(item.startsOn, language)} – ${formatDate(item.endsOn, language)}`
                      : formatDate(item.startsOn, language),
                    localName(item.organiser.name, language),
                    item.reach === null
                      ? null
                      : t('programme.awareness.reachValue', { reach: formatNumber(item.reach, language) }),
                  ]
                    .filter(Boolean)
                    .join(' · ')}
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>
      {manager ? (
        <section className="panel" aria-labelledby="awareness-record-heading">
          <h2 id="awareness-record-heading">{t('programme.awareness.record')}</h2>
          <AwarenessForm
            onRecorded={(recorded) => {
              setSaved('awareness');
              showYear(Number(recorded.startsOn.slice(0, 4)), awareness.reload);
            }}
          />
          <StatusMessage>{saved === 'awareness' ? t('programme.awareness.saved') : null}</StatusMessage>
        </section>
      ) : null}
    </div>
  );
}
