import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../format.ts';
import { codeName, codeOptions } from '../../labels.ts';
import { todayInVilnius } from '../../time.ts';
import { RadioGroupField } from '../ChoiceField.tsx';
import { ActionForm } from '../cases/ActionForm.tsx';
import { newestFirst } from '../cases/order.ts';
import { languageName } from '../directory/describe.ts';
import { DateField, SelectField } from '../Field.tsx';
import { assistanceApi } from './api.ts';
import { byLine, personLanguage } from './describe.ts';
import { PrintLinks } from './PrintLinks.tsx';
import { PRINT_LANGUAGES, type PrintLanguage, RIGHTS_FORMS } from './types.ts';
import type { AssistanceTabProps } from './useAssistance.ts';

type RightsHow = (typeof RIGHTS_FORMS)[number];

function RightsForm({ caseView, record }: Pick<AssistanceTabProps, 'caseView' | 'record'>) {
  const { t, i18n } = useTranslation();
  const today = todayInVilnius();
  const [givenOn, setGivenOn] = useState(today);
  const [language, setLanguage] = useState<PrintLanguage>(personLanguage(caseView));
  const [form, setForm] = useState<RightsHow>('spoken_and_leaflet');
  return (
    <ActionForm
      label={t('assistance.rights.record')}
      submitLabel={t('assistance.rights.record')}
      testId="rights-form"
      marksRequired
      check={() => ({
        givenOn: (!givenOn && t('validation.required')) || (givenOn > today && t('assistance.notInFuture')),
      })}
      onSubmit={() => record((id) => assistanceApi.giveRights(id, { givenOn, language, form }))}
    >
      {(errors) => (
        <>
          <DateField
            id="rights-given-on"
            label={t('assistance.rights.givenOn')}
            value={givenOn}
            onValueChange={setGivenOn}
            max={today}
            required
            error={errors.givenOn}
          />
          <SelectField
            id="rights-language"
            label={t('assistance.rights.language')}
            value={language}
            onValueChange={(value) => setLanguage(value as PrintLanguage)}
            options={PRINT_LANGUAGES.map((code) => ({
              value: code,
              label: languageName(code, i18n.language),
            }))}
            required
            error={errors.language}
          />
          <RadioGroupField
            id="rights-form-how"
            legend={t('assistance.rights.how')}
            options={codeOptions(t, 'rightsForm', RIGHTS_FORMS)}
            value={form}
            onValueChange={setForm}
            required
            error={errors.form}
            testId="rights-how"
          />
        </>
      )}
    </ActionForm>
  );
}

/** Seed 002: first of all the person is told their rights and who ensures them, in their language. */
export function RightsTab({ caseView, assistance, record }: AssistanceTabProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const given = newestFirst(assistance.rights, (r) => r.givenOn);
  // The leaflet in the person's language, or (when it is not printed in any of theirs) which one
  // it is offered in instead, said in words.
  const spoken = caseView.facts.languages;
  const offered = personLanguage(caseView);
  const printed = spoken.some((code) => (PRINT_LANGUAGES as readonly string[]).includes(code));
  const instead =
    spoken.length > 0 && !printed
      ? t('assistance.rights.leafletInstead', {
          languages: spoken.map((code) => languageName(code, language)).join(', '),
          language: languageName(offered, language),
        })
      : null;
  return (
    <div className="tab-body">
      <h3>{t('assistance.rights.title')}</h3>
      {given.length === 0 ? (
        <p className="muted">{t('assistance.rights.none')}</p>
      ) : (
        <ul className="plain-list divided-list" data-testid="rights-list">
          {given.map((rights) => (
            <li key={rights.id}>
              <strong>{formatDate(rights.givenOn, language)}</strong>:{' '}
              {t('assistance.rights.line', {
                how: codeName(t, 'rightsForm', rights.form),
                language: languageName(rights.language, language),
              })}
              <span className="cell-detail">{byLine(rights, language)}</span>
            </li>
          ))}
        </ul>
      )}
      {instead ? (
        <p className="muted" data-testid="rights-leaflet-instead">
          {instead}
        </p>
      ) : null}
      <PrintLinks
        label={t('assistance.rights.leaflet')}
        languages={PRINT_LANGUAGES}
        preferred={offered}
        {...(instead ? { preferredNote: t('assistance.rights.leafletOffered') } : {})}
        href={(lang) => assistanceApi.rightsLeafletUrl(lang, caseView.kind)}
        testId="rights-leaflet"
      />
      {assistance.canRecord ? (
        <>
          <h3>{given.length === 0 ? t('assistance.rights.record') : t('assistance.rights.recordAgain')}</h3>
          <RightsForm caseView={caseView} record={record} />
        </>
      ) : null}
    </div>
  );
}
