import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api.ts';
import type { OrganisationName } from '../../contract/cases.ts';
import { localName } from '../../format.ts';
import { codeOptions } from '../../labels.ts';
import { activeMembership, useAuthenticatedSession } from '../../session.ts';
import { todayInVilnius } from '../../time.ts';
import { ActionForm } from '../cases/ActionForm.tsx';
import { DateField, SelectField, TextField } from '../Field.tsx';
import { assistanceApi } from './api.ts';
import { OverlapNotice } from './OverlapNotice.tsx';
import { NEED_DOMAINS, type NeedDomain, SERVICE_TYPES, type ServiceType } from './types.ts';
import type { RecordAssistance } from './useAssistance.ts';
import { useOverlaps } from './useOverlaps.ts';

/** A measure of the plan: which need, what help, by which organisation of the team, by when. */
export function PlanItemForm({
  caseId,
  team,
  record,
}: {
  caseId: string;
  team: OrganisationName[];
  record: RecordAssistance;
}) {
  const { t, i18n } = useTranslation();
  const acting = activeMembership(useAuthenticatedSession())?.organisation.id ?? '';
  const [need, setNeed] = useState<NeedDomain | ''>('');
  const [measure, setMeasure] = useState<ServiceType | ''>('');
  const [organisationId, setOrganisationId] = useState(team.some((o) => o.id === acting) ? acting : '');
  const [dueOn, setDueOn] = useState('');
  const [note, setNote] = useState('');
  const [acknowledged, setAcknowledged] = useState(false);
  const { warnings, recheck } = useOverlaps(caseId, { measure, organisationId, dueOn });
  const choose = (label: string) => [{ value: '', label }];
  // Planning anyway was decided for one help, organisation and period; another one asks again.
  const resetting =
    <T,>(set: (value: T) => void) =>
    (value: T) => {
      set(value);
      setAcknowledged(false);
    };
  return (
    <ActionForm
      label={t('assistance.plan.addItem')}
      submitLabel={t('assistance.plan.addItem')}
      testId="plan-item-form"
      marksRequired
      check={() => ({
        need: !need && t('validation.required'),
        measure: !measure && t('validation.required'),
        organisationId: !organisationId && t('validation.required'),
        dueOn:
          (!dueOn && t('validation.required')) ||
          (dueOn < todayInVilnius() && t('assistance.plan.dueInPast')),
        acknowledgeOverlap: Boolean(warnings?.length) && !acknowledged && t('assistance.plan.confirmOverlap'),
      })}
      onSubmit={async () => {
        try {
          await record((id) =>
            assistanceApi.addPlanItem(id, {
              need: need as NeedDomain,
              measure: measure as ServiceType,
              organisationId,
              dueOn,
              ...(note.trim() ? { note: note.trim() } : {}),
              acknowledgeOverlap: acknowledged,
            }),
          );
        } catch (caught) {
          // Someone planned the same help meanwhile: show who, and let the case worker decide.
          if (caught instanceof ApiError && caught.problem.code === 'refused.overlap') recheck();
          throw caught;
        }
        setNeed('');
        setMeasure('');
        setDueOn('');
        setNote('');
        setAcknowledged(false);
      }}
    >
      {(errors) => (
        <>
          <div className="form-grid">
            <SelectField
              id="plan-item-need"
              label={t('assistance.plan.need')}
              value={need}
              onValueChange={(value) => setNeed(value as NeedDomain | '')}
              options={[...choose(t('assistance.choose')), ...codeOptions(t, 'needDomain', NEED_DOMAINS)]}
              required
              error={errors.need}
            />
            <SelectField
              id="plan-item-measure"
              label={t('assistance.plan.measure')}
              value={measure}
              onValueChange={resetting((value: string) => setMeasure(value as ServiceType | ''))}
              options={[...choose(t('assistance.choose')), ...codeOptions(t, 'serviceType', SERVICE_TYPES)]}
              required
              error={errors.measure}
            />
            <SelectField
              id="plan-item-organisation"
              label={t('assistance.plan.provider')}
              value={organisationId}
              onValueChange={resetting(setOrganisationId)}
              options={[
                ...choose(t('assistance.choose')),
                ...team.map((o) => ({ value: o.id, label: localName(o.name, i18n.language) })),
              ]}
              required
              error={errors.organisationId}
            />
            <DateField
              id="plan-item-due"
              label={t('assistance.plan.dueOn')}
              value={dueOn}
              onValueChange={resetting(setDueOn)}
              required
              error={errors.dueOn}
            />
          </div>
          <TextField
            id="plan-item-note"
            label={t('assistance.plan.note')}
            value={note}
            onValueChange={setNote}
            maxLength={2000}
            error={errors.note}
          />
          <OverlapNotice
            warnings={warnings}
            acknowledged={acknowledged}
            onAcknowledge={setAcknowledged}
            error={errors.acknowledgeOverlap}
          />
        </>
      )}
    </ActionForm>
  );
}
