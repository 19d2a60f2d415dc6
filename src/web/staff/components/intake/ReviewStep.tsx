import { useTranslation } from 'react-i18next';
import { municipalityName } from '../../../../cases/municipalities.ts';
import { CONSENT_SCOPES } from '../../contract/cases.ts';
import { formatDateTime } from '../../format.ts';
import { codeName } from '../../labels.ts';
import { fromLocalInput } from '../../time.ts';
import { countryCode } from '../CountryField.tsx';
import { countryName, languageName } from '../directory/describe.ts';
import { readLanguages } from '../LanguagesField.tsx';
import { ageYears, isChild, languageCodes, pathwayFor } from './form.ts';
import type { StepProps } from './StepProps.ts';
import { missingFields, type Step, stepOf } from './steps.ts';
import { useSupportServices } from './useSupportServices.ts';

/** The fields to correct, each with a way to the step it is on. */
function FieldList({
  fields,
  messages,
  onGo,
}: {
  fields: string[];
  messages: Record<string, string>;
  onGo: (step: Step) => void;
}) {
  const { t } = useTranslation();
  return (
    <ul className="plain-list problem-list">
      {fields.map((field) => (
        <li key={field}>
          <button type="button" className="button-link" onClick={() => onGo(stepOf(field))}>
            {t(`intake.fields.${field}`, { defaultValue: field })}
          </button>
          {messages[field] ? <span>: {messages[field]}</span> : null}
        </li>
      ))}
    </ul>
  );
}

/** The record at a glance, each answer with a way back to its step; what is missing; the server's objections. */
export function ReviewStep({ form, errors, onGo }: StepProps & { onGo: (step: Step) => void }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const services = useSupportServices(language);
  const missing = missingFields(form);
  const objections = Object.keys(errors).filter((field) => !missing.includes(field));
  const metAt = fromLocalInput(form.metAt);
  const none = t('intake.review.none');
  const list = (values: string[]): string => (values.length > 0 ? values.join(', ') : none);
  const yesNo = (value: boolean): string => (value ? t('intake.review.yes') : t('intake.review.no'));
  const what =
    form.kind === 'trafficking'
      ? list(form.exploitationForms.map((f) => codeName(t, 'exploitation', f)))
      : form.otherCrime
        ? codeName(t, 'otherCrime', form.otherCrime)
        : none;
  const age = ageYears(form.age);
  const country = countryCode(form.citizenship);
  const destination = countryCode(form.destinationCountry);
  const pathway = codeName(t, 'pathway', pathwayFor(form.citizenship));
  const notRead = readLanguages(form.languageText).unknown;
  const languages = [
    list(languageCodes(form).map((code) => languageName(code, language))),
    ...(notRead.length > 0 ? [t('intake.person.languagesUnknown', { names: notRead.join(', ') })] : []),
  ].join('. ');
  const service =
    form.supportServiceId && services !== 'failed'
      ? (services.find((s) => s.id === form.supportServiceId)?.name ?? '…')
      : t('intake.consent.noService');
  const facts: { key: string; term: string; value: string; step: Step }[] = [
    {
      key: 'kind',
      term: t('intake.fields.kind'),
      value: form.kind ? `${codeName(t, 'kind', form.kind)}: ${what}` : none,
      step: 'what',
    },
    {
      key: 'metAt',
      term: t('intake.fields.metAt'),
      value: metAt ? formatDateTime(metAt, language) : none,
      step: 'what',
    },
    {
      key: 'place',
      term: t('intake.fields.placeNote'),
      value:
        [form.municipality && municipalityName(form.municipality, i18n.language), form.placeNote.trim()]
          .filter(Boolean)
          .join('. ') || none,
      step: 'what',
    },
    {
      key: 'destinationCountry',
      term: t('consular.destinationCountry'),
      value: destination ? (countryName(destination, language) ?? destination) : none,
      step: 'what',
    },
    {
      key: 'firstContactKind',
      term: t('intake.fields.firstContactKind'),
      value: form.firstContactKind ? codeName(t, 'firstContact', form.firstContactKind) : none,
      step: 'what',
    },
    {
      key: 'indicators',
      term: t('intake.fields.indicators'),
      value: list(form.indicators.map((i) => codeName(t, 'indicator', i))),
      step: 'signs',
    },
    {
      key: 'person',
      term: t('intake.review.person'),
      value:
        [
          form.sex ? codeName(t, 'sex', form.sex) : null,
          age !== null
            ? t('cases.facts.years', { number: age })
            : form.ageBand
              ? codeName(t, 'ageBand', form.ageBand)
              : null,
          isChild(form) ? t('intake.review.child') : null,
          form.disability ? t('intake.review.disability') : null,
        ]
          .filter(Boolean)
          .join(', ') || none,
      step: 'person',
    },
    {
      key: 'citizenship',
      term: t('intake.fields.citizenship'),
      value: `${country ? (countryName(country, language) ?? country) : form.citizenship.trim() ? t('intake.person.citizenshipUnknown') : none}. ${t('intake.person.pathway', { pathway })}`,
      step: 'person',
    },
    { key: 'languages', term: t('intake.fields.languages'), value: languages, step: 'person' },
    {
      key: 'interpreterNeeded',
      term: t('intake.fields.interpreterNeeded'),
      value: yesNo(form.interpreterNeeded),
      step: 'person',
    },
    {
      key: 'identity',
      term: t('intake.fields.identity'),
      value: form.identity?.givenName.trim() ? t('intake.review.named') : t('intake.review.anonymous'),
      step: 'person',
    },
    {
      key: 'urgentNeeds',
      term: t('intake.fields.urgentNeeds'),
      value: list(form.urgentNeeds.map((n) => codeName(t, 'urgentNeed', n))),
      step: 'needs',
    },
    ...CONSENT_SCOPES.filter(
      (scope) => scope !== 'referral_to_national_contact_point' || form.kind !== 'other_crime',
    ).map((scope) => ({
      key: `consent-${scope}`,
      term: codeName(t, 'consentScope', scope),
      value: t(`intake.consent.${form.consents[scope] ?? 'not_asked'}`),
      step: 'consent' as const,
    })),
    {
      key: 'supportServiceId',
      term: t('intake.fields.supportServiceId'),
      value: service,
      step: 'consent',
    },
  ];
  return (
    <>
      <dl className="review-list" data-testid="intake-review">
        {facts.map(({ key, term, value, step }) => (
          <div key={key} data-field={key}>
            <dt>{term}</dt>
            <dd>
              <span>{value}</span>
              <button
                type="button"
                className="button-link review-change"
                onClick={() => onGo(step)}
                data-testid={`intake-change-${key}`}
              >
                {t('intake.review.change')}
                <span className="visually-hidden">: {term}</span>
              </button>
            </dd>
          </div>
        ))}
      </dl>
      {missing.length > 0 ? (
        <div className="alert alert-warn" data-testid="intake-missing">
          <p>{t('intake.review.missing')}</p>
          <FieldList fields={missing} messages={errors} onGo={onGo} />
        </div>
      ) : null}
      {objections.length > 0 ? (
        <div className="alert alert-error" data-testid="intake-objections">
          <p>{t('intake.review.objections')}</p>
          <FieldList fields={objections} messages={errors} onGo={onGo} />
        </div>
      ) : null}
    </>
  );
}
