import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api.ts';
import type { TeamMember, Worker } from '../../contract/cases.ts';
import { ErrorAlert } from '../Alerts.tsx';
import { SelectField } from '../Field.tsx';
import { useErrorText } from '../useErrorText.ts';
import { useLoaded } from '../useLoaded.ts';
import { ActionForm } from './ActionForm.tsx';
import { ReasonField } from './ReasonField.tsx';
import { Reveal } from './Reveal.tsx';
import type { CaseControls } from './useCase.ts';

/** Roles whose holders may be responsible for their organisation's cases (the server decides). */
export const MAY_BE_RESPONSIBLE = new Set([
  'first_responder',
  'case_worker',
  'organisation_manager',
  'return_officer',
  'consular_officer',
  'national_coordinator',
]);

type Act = CaseControls['act'];

/** Why the case changes hands when someone else has it; the hint names who does. */
function ReplacingReason({
  id,
  member,
  value,
  onValueChange,
  error,
}: {
  id: string;
  member: TeamMember;
  value: string;
  onValueChange: (value: string) => void;
  error: string | undefined;
}) {
  const { t } = useTranslation();
  return (
    <ReasonField
      id={id}
      label={t('team.reason')}
      hint={t('team.reasonHint', { name: member.responsible?.name ?? '' })}
      required
      maxLength={500}
      value={value}
      onValueChange={onValueChange}
      error={error}
    />
  );
}

/** Taking the case oneself: at once when nobody has it, with a reason when someone else does. */
function TakeCase({
  caseId,
  member,
  userId,
  act,
}: {
  caseId: string;
  member: TeamMember;
  userId: string;
  act: Act;
}) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const replacing = member.responsible !== null;
  const take = (): Promise<void> =>
    act(() => api.assignResponsible(caseId, { userId, ...(replacing ? { reason: reason.trim() } : {}) }));
  if (!replacing) {
    return (
      <ActionForm
        label={t('team.take')}
        submitLabel={t('team.take')}
        testId="responsible-take"
        onSubmit={take}
      >
        {() => null}
      </ActionForm>
    );
  }
  return (
    <Reveal label={t('team.take')} testId="responsible-take-open">
      {() => (
        <ActionForm
          label={t('team.take')}
          submitLabel={t('team.takeSubmit')}
          testId="responsible-take"
          check={() => ({ reason: !reason.trim() && t('team.reasonRequired') })}
          onSubmit={take}
        >
          {(errors) => (
            <ReplacingReason
              id={`responsible-take-reason-${member.id}`}
              member={member}
              value={reason}
              onValueChange={setReason}
              error={errors.reason}
            />
          )}
        </ActionForm>
      )}
    </Reveal>
  );
}

/** A manager names a colleague from the organisation's staff; a reason when someone else had it. */
function AssignForm({
  caseId,
  member,
  act,
  close,
}: {
  caseId: string;
  member: TeamMember;
  act: Act;
  close: () => void;
}) {
  const { t } = useTranslation();
  const { errorText } = useErrorText();
  const load = useCallback(() => api.workers().then((list) => list.items), []);
  const workers = useLoaded<Worker[]>(load);
  const [userId, setUserId] = useState('');
  const [reason, setReason] = useState('');
  const current = member.responsible?.userId ?? null;
  const replacing = current !== null && userId !== '' && userId !== current;
  if (workers.error) return <ErrorAlert>{errorText(workers.error)}</ErrorAlert>;
  if (!workers.data) return <p className="loading">{t('common.loading')}</p>;
  const options = [
    { value: '', label: t('team.choose') },
    ...workers.data
      .filter((w) => w.userId !== current)
      .sort((a, b) => a.name.localeCompare(b.name))
      .map((w) => ({ value: w.userId, label: w.name })),
  ];
  return (
    <ActionForm
      label={t('team.assign')}
      submitLabel={t('team.assignSubmit')}
      testId="responsible-assign"
      marksRequired
      check={() => ({
        userId: !userId && t('team.workerRequired'),
        reason: replacing && !reason.trim() && t('team.reasonRequired'),
      })}
      onSubmit={async () => {
        await act(() =>
          api.assignResponsible(caseId, { userId, ...(replacing ? { reason: reason.trim() } : {}) }),
        );
        close();
      }}
    >
      {(errors) => (
        <>
          <SelectField
            id={`responsible-worker-${member.id}`}
            testId="responsible-worker"
            label={t('team.worker')}
            required
            value={userId}
            onValueChange={setUserId}
            options={options}
            error={errors.userId}
          />
          {replacing ? (
            <ReplacingReason
              id={`responsible-assign-reason-${member.id}`}
              member={member}
              value={reason}
              onValueChange={setReason}
              error={errors.reason}
            />
          ) : null}
        </>
      )}
    </ActionForm>
  );
}

/**
 * What the acting member of the organisation may do about who is responsible for the case: take it,
 * or (a manager) give it to a colleague.
 */
export function ResponsibleControls({
  caseId,
  member,
  role,
  userId,
  act,
}: {
  caseId: string;
  member: TeamMember;
  role: string;
  userId: string;
  act: Act;
}) {
  const { t } = useTranslation();
  const mine = member.responsible?.userId === userId;
  return (
    <div className="inbox-actions responsible-actions">
      {!mine && MAY_BE_RESPONSIBLE.has(role) ? (
        <TakeCase caseId={caseId} member={member} userId={userId} act={act} />
      ) : null}
      {role === 'organisation_manager' ? (
        <Reveal label={t('team.assign')} testId="responsible-assign-open">
          {(close) => <AssignForm caseId={caseId} member={member} act={act} close={close} />}
        </Reveal>
      ) : null}
    </div>
  );
}
