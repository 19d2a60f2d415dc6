import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../format.ts';
import { codeName } from '../../labels.ts';
import { fromLocalInput } from '../../time.ts';
import { ageYears, isChild, pathwayFor } from './form.ts';
import type { StepProps } from './StepProps.ts';
import { missingFields, type Step, stepOf } from './steps.ts';

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

/** The record at a glance, what is still missing, and the server's objections. */
export function ReviewStep({ form, errors, onGo }: StepProps & { onGo: (step: Step) => void }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const missing = missingFields(form);
  const objections = Object.keys(errors).filter((field) => !missing.includes(field));
  const metAt = fromLocalInput(form.metAt);
  const list = (values: string[]): string =>
    values.length > 0 ? values.join(', ') : t('intake.review.none');
  const what =
    form.kind === 'trafficking'
      ? list(form.exploitationForms.map((f) => codeName(t, 'exploitation', f)))
      : form.otherCrime
        ? codeName(t, 'otherCrime', form.otherCrime)
        : t('intake.review.none');
  const age = ageYears(form.age);
  const facts: [string, string][] = [
    [
      t('intake.fields.kind'),
      form.kind ? `${codeName(t, 'kind', form.kind)}: ${what}` : t('intake.review.none'),
    ],
    [t('intake.fields.metAt'), metAt ? formatDateTime(metAt, language) : t('intake.review.none')],
    [t('intake.fields.municipality'), form.municipality || t('intake.review.none')],
    [t('intake.fields.indicators'), t('intake.review.ticked', { number: form.indicators.length })],
    [
      t('intake.review.person'),
      [
        form.sex ? codeName(t, 'sex', form.sex) : null,
        age !== null
          ? t('cases.facts.years', { number: age })
          : form.ageBand
            ? codeName(t, 'ageBand', form.ageBand)
            : null,
        isChild(form) ? t('intake.review.child') : null,
        codeName(t, 'pathway', pathwayFor(form.citizenship)),
      ]
        .filter(Boolean)
        .join(', '),
    ],
    [t('intake.fields.urgentNeeds'), list(form.urgentNeeds.map((n) => codeName(t, 'urgentNeed', n)))],
    [
      t('intake.fields.identity'),
      form.identity?.givenName.trim() ? t('intake.review.named') : t('intake.review.anonymous'),
    ],
    [
      t('intake.fields.consents'),
      list(Object.keys(form.consents).map((scope) => codeName(t, 'consentScope', scope))),
    ],
  ];
  return (
    <>
      <dl className="review-list" data-testid="intake-review">
        {facts.map(([term, value]) => (
          <div key={term}>
            <dt>{term}</dt>
            <dd>{value}</dd>
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
