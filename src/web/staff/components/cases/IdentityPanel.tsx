import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api.ts';
import type { CaseView, Identity } from '../../contract/cases.ts';
import { formatDate } from '../../format.ts';
import { codeName } from '../../labels.ts';
import { TextAreaField } from '../Field.tsx';
import { correctedIdentity, EMPTY_IDENTITY, identityData, identityForm } from '../intake/form.ts';
import { IdentityFields } from '../intake/IdentityFields.tsx';
import { ActionForm } from './ActionForm.tsx';
import { CasePanel } from './CasePanel.tsx';
import { Reveal } from './Reveal.tsx';
import type { CaseControls } from './useCase.ts';

function ShownIdentity({ identity }: { identity: Identity }) {
  const { t, i18n } = useTranslation();
  const rows: [string, string | undefined][] = [
    [t('identity.givenName'), identity.givenName],
    [t('identity.familyName'), identity.familyName],
    [t('identity.birthDate'), identity.birthDate ? formatDate(identity.birthDate, i18n.language) : undefined],
    ...(identity.documents ?? []).map((d): [string, string] => [
      codeName(t, 'documentKind', d.kind),
      d.number,
    ]),
    ...(identity.contacts ?? []).map((c): [string, string] => [t(`identity.contact.${c.kind}`), c.value]),
    [t('identity.address'), identity.address],
    [t('identity.notes'), identity.notes],
  ];
  return (
    <dl className="facts" data-testid="case-identity">
      {rows
        .filter((row): row is [string, string] => Boolean(row[1]))
        .map(([term, value]) => (
          <div key={`${term}-${value}`}>
            <dt>{term}</dt>
            <dd>{value}</dd>
          </div>
        ))}
    </dl>
  );
}

function AddIdentity({ act, done }: { act: CaseControls['act']; done: () => void }) {
  const { t } = useTranslation();
  const [form, setForm] = useState(EMPTY_IDENTITY);
  return (
    <ActionForm
      label={t('caseIdentity.add')}
      submitLabel={t('caseIdentity.addSubmit')}
      testId="identity-add"
      check={() => ({ identity: !identityData(form) && t('validation.required') })}
      onSubmit={() => {
        const identity = identityData(form);
        return act((v) => (identity ? api.addIdentity(v.id, identity, v.version) : Promise.resolve(v))).then(
          done,
        );
      }}
    >
      {(errors) => (
        <IdentityFields
          idPrefix="case-identity"
          value={form}
          onChange={(patch) => setForm((f) => ({ ...f, ...patch }))}
          error={errors.identity ?? errors.givenName}
        />
      )}
    </ActionForm>
  );
}

/** Rectification: the organisation that holds the identity corrects it; the duplicate check runs again. */
function CorrectIdentity({
  identity,
  act,
  done,
}: {
  identity: Identity;
  act: CaseControls['act'];
  done: () => void;
}) {
  const { t } = useTranslation();
  const [form, setForm] = useState(() => identityForm(identity));
  return (
    <ActionForm
      label={t('caseIdentity.correct')}
      submitLabel={t('caseIdentity.correctSubmit')}
      testId="identity-correct"
      check={() => ({ identity: !correctedIdentity(identity, form) && t('validation.required') })}
      onSubmit={() => {
        const corrected = correctedIdentity(identity, form);
        return act((v) =>
          corrected ? api.addIdentity(v.id, corrected, v.version) : Promise.resolve(v),
        ).then(done);
      }}
    >
      {(errors) => (
        <IdentityFields
          idPrefix="case-identity-correct"
          value={form}
          onChange={(patch) => setForm((f) => ({ ...f, ...patch }))}
          error={errors.identity ?? errors.givenName}
        />
      )}
    </ActionForm>
  );
}

function OpenIdentity({ act }: { act: CaseControls['act'] }) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  return (
    <ActionForm
      label={t('caseIdentity.open')}
      submitLabel={t('caseIdentity.open')}
      testId="identity-open"
      check={() => ({ reason: !reason.trim() && t('caseIdentity.reasonRequired') })}
      onSubmit={() => act((v) => api.openIdentity(v.id, reason.trim()))}
    >
      {(errors) => (
        <TextAreaField
          id="identity-open-reason"
          label={t('caseIdentity.reason')}
          hint={t('caseIdentity.reasonHint')}
          rows={2}
          maxLength={500}
          value={reason}
          onValueChange={setReason}
          error={errors.reason}
        />
      )}
    </ActionForm>
  );
}

/** Who the person is: anonymous, held but hidden, openable with a reason, or shown. */
export function IdentityPanel({ view, act }: { view: CaseView; act: CaseControls['act'] }) {
  const { t } = useTranslation();
  return (
    <CasePanel name="identity" title={t('caseIdentity.title')}>
      <p data-testid="identity-state">{t(`caseIdentity.state.${view.identityState}`)}</p>
      {view.identityState === 'shown' && view.identity ? (
        <>
          <ShownIdentity identity={view.identity} />
          <Reveal label={t('caseIdentity.correct')} testId="identity-correct-open">
            {(close) => <CorrectIdentity identity={view.identity!} act={act} done={close} />}
          </Reveal>
        </>
      ) : null}
      {view.identityState === 'openable' ? <OpenIdentity act={act} /> : null}
      {view.identityState === 'none' ? (
        <Reveal label={t('caseIdentity.add')} testId="identity-add-open">
          {(close) => <AddIdentity act={act} done={close} />}
        </Reveal>
      ) : null}
    </CasePanel>
  );
}
