import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api.ts';
import {
  type CaseConsent,
  type CaseView,
  CONSENT_METHODS,
  CONSENT_SCOPES,
  type ConsentMethod,
  type ConsentScope,
} from '../../contract/cases.ts';
import { formatDateTime, localName } from '../../format.ts';
import { codeName, codeOptions } from '../../labels.ts';
import { RadioGroupField } from '../ChoiceField.tsx';
import { SelectField, TextField } from '../Field.tsx';
import { ActionForm } from './ActionForm.tsx';
import { CasePanel } from './CasePanel.tsx';
import { Reveal } from './Reveal.tsx';
import type { CaseControls } from './useCase.ts';

interface Props {
  view: CaseView;
  act: CaseControls['act'];
}

function RecordConsent({ view, act, done }: Props & { done: () => void }) {
  const { t, i18n } = useTranslation();
  const [scope, setScope] = useState<ConsentScope | ''>('');
  const [method, setMethod] = useState<ConsentMethod | ''>('');
  const [organisationId, setOrganisationId] = useState('');
  // The support services this case knows: those referred to and those on its team.
  const services = new Map(
    [...view.referrals.map((r) => r.to), ...view.team].map((o) => [o.id, localName(o.name, i18n.language)]),
  );
  return (
    <ActionForm
      label={t('consents.record')}
      submitLabel={t('consents.recordSubmit')}
      testId="consent-record"
      check={() => ({
        scope: !scope && t('consents.chooseScope'),
        method: !method && t('consents.chooseMethod'),
      })}
      onSubmit={() =>
        act((v) =>
          api.recordConsent(v.id, {
            scope: scope as ConsentScope,
            method: method as ConsentMethod,
            ...(scope === 'referral_to_support_service' && organisationId ? { organisationId } : {}),
            version: v.version,
          }),
        ).then(done)
      }
    >
      {(errors) => (
        <>
          <RadioGroupField
            id="consent-scope"
            legend={t('consents.scope')}
            options={codeOptions(t, 'consentScope', CONSENT_SCOPES)}
            value={scope}
            onValueChange={setScope}
            error={errors.scope}
            testId="consent-scope"
          />
          <RadioGroupField
            id="consent-method"
            legend={t('consents.method')}
            options={codeOptions(t, 'consentMethod', CONSENT_METHODS)}
            value={method}
            onValueChange={setMethod}
            error={errors.method}
            className="choice-row"
            testId="consent-method"
          />
          {scope === 'referral_to_support_service' ? (
            <SelectField
              id="consent-organisation"
              label={t('consents.organisation')}
              value={organisationId}
              onValueChange={setOrganisationId}
              options={[
                { value: '', label: t('consents.anyService') },
                ...[...services].map(([value, label]) => ({ value, label })),
              ]}
              error={errors.organisationId}
            />
          ) : null}
        </>
      )}
    </ActionForm>
  );
}

function WithdrawConsent({
  consent,
  act,
  done,
}: {
  consent: CaseConsent;
  act: CaseControls['act'];
  done: () => void;
}) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  return (
    <ActionForm
      label={t('consents.withdraw')}
      submitLabel={t('consents.withdrawSubmit')}
      testId="consent-withdraw"
      danger
      onSubmit={() =>
        act((v) => api.withdrawConsent(v.id, consent.id, reason.trim() || undefined)).then(done)
      }
    >
      {(errors) => (
        <TextField
          id={`consent-withdraw-${consent.id}`}
          label={t('consents.withdrawReason')}
          maxLength={500}
          value={reason}
          onValueChange={setReason}
          error={errors.reason}
        />
      )}
    </ActionForm>
  );
}

/**
 * What the person agreed to, how, and when; consents withdrawn stay listed as withdrawn, and what
 * they refused at intake stays said (until they agree later), so nobody asks as if never asked.
 */
export function ConsentsPanel({ view, act }: Props) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const given = new Set(view.consents.filter((c) => !c.withdrawnAt).map((c) => c.scope));
  const refused = (view.facts.consentsRefused ?? []).filter((scope) => !given.has(scope));
  return (
    <CasePanel name="consents" title={t('consents.title')}>
      {view.consents.length === 0 && refused.length === 0 ? (
        <p className="muted">{t('consents.none')}</p>
      ) : null}
      {refused.length > 0 ? (
        <ul className="plain-list divided-list consent-list" data-testid="case-consents-refused">
          {refused.map((scope) => (
            <li key={scope} className="consent-withdrawn">
              <strong>{codeName(t, 'consentScope', scope)}</strong>
              <span className="badge badge-off">{t('consents.refusedAtIntake')}</span>
            </li>
          ))}
        </ul>
      ) : null}
      <ul className="plain-list divided-list consent-list" data-testid="case-consents">
        {view.consents.map((consent) => (
          <li key={consent.id} className={consent.withdrawnAt ? 'consent-withdrawn' : undefined}>
            <strong>{codeName(t, 'consentScope', consent.scope)}</strong>
            <span className="cell-detail">
              {t('consents.given', {
                method: codeName(t, 'consentMethod', consent.method),
                when: formatDateTime(consent.givenAt, language),
                by: consent.recordedBy,
              })}
            </span>
            {consent.withdrawnAt ? (
              <span className="badge badge-off">
                {t('consents.withdrawnAt', { when: formatDateTime(consent.withdrawnAt, language) })}
              </span>
            ) : (
              <Reveal label={t('consents.withdraw')} testId={`consent-withdraw-open-${consent.scope}`}>
                {(close) => <WithdrawConsent consent={consent} act={act} done={close} />}
              </Reveal>
            )}
          </li>
        ))}
      </ul>
      <Reveal label={t('consents.record')} testId="consent-record-open">
        {(close) => <RecordConsent view={view} act={act} done={close} />}
      </Reveal>
    </CasePanel>
  );
}
