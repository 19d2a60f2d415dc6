import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate, formatDateTime } from '../../format.ts';
import { codeName } from '../../labels.ts';
import { activeMembership, useAuthenticatedSession } from '../../session.ts';
import { todayInVilnius } from '../../time.ts';
import { ActionForm } from '../cases/ActionForm.tsx';
import { newestFirst } from '../cases/order.ts';
import { Reveal } from '../cases/Reveal.tsx';
import { TextAreaField } from '../Field.tsx';
import { assistanceApi } from './api.ts';
import { byLine, caseBeganOn, countsBy, euros } from './describe.ts';
import { PlanItemStatus, usePlanItemKeeper } from './PlanItemStatus.tsx';
import {
  type ServiceRow,
  ServiceRowFields,
  serviceEntryOf,
  serviceRowProblems,
} from './ServiceRowFields.tsx';
import { ServicesForm } from './ServicesForm.tsx';
import type { AssistanceView, ServiceView } from './types.ts';
import type { AssistanceTabProps, RecordAssistance } from './useAssistance.ts';

/** How many to list before the rest fold away: a week or two of a busy case. */
const SHOWN = 8;

type ServiceFields = Pick<ServiceView, 'type' | 'givenOn' | 'minutes' | 'amountEur' | 'mode'>;

/** "Food, 5 December 2026, 25,50 €, in person": a service in one line. */
function useServiceWords() {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  return (service: ServiceFields) =>
    [
      formatDate(service.givenOn, language),
      service.minutes === null ? null : t('assistance.services.minutesShort', { number: service.minutes }),
      service.amountEur === null ? null : euros(service.amountEur, language),
      codeName(t, 'serviceMode', service.mode),
    ].filter(Boolean);
}

/** The reason for a correction or removal: asked every time, kept with the change. */
function ReasonField({
  id,
  value,
  onChange,
  error,
}: {
  id: string;
  value: string;
  onChange: (value: string) => void;
  error: string | undefined;
}) {
  const { t } = useTranslation();
  return (
    <TextAreaField
      id={id}
      label={t('assistance.services.why')}
      hint={t('assistance.services.whyHint')}
      rows={2}
      maxLength={500}
      value={value}
      onValueChange={onChange}
      required
      error={error}
    />
  );
}

/** A recorded service put right: its fields as they should have been, and why. */
function CorrectService({
  service,
  began,
  record,
  done,
}: {
  service: ServiceView;
  began: string;
  record: RecordAssistance;
  done: () => void;
}) {
  const { t } = useTranslation();
  const today = todayInVilnius();
  const [row, setRow] = useState<ServiceRow>({
    key: 0,
    type: service.type,
    givenOn: service.givenOn,
    minutes: service.minutes === null ? '' : String(service.minutes),
    amount: service.amountEur === null ? '' : String(service.amountEur),
    mode: service.mode,
  });
  const [reason, setReason] = useState('');
  return (
    <ActionForm
      label={t('assistance.services.correct')}
      submitLabel={t('assistance.services.saveCorrection')}
      testId={`service-correct-${service.id}`}
      marksRequired
      check={() => ({
        ...Object.fromEntries(serviceRowProblems(t, row, { prefix: '', today, began })),
        reason: !reason.trim() && t('validation.required'),
      })}
      onSubmit={() =>
        record((id) =>
          assistanceApi.correctService(id, service.id, {
            ...serviceEntryOf(row),
            ...(service.planItemId ? { planItemId: service.planItemId } : {}),
            ...(service.allocationId ? { allocationId: service.allocationId } : {}),
            version: service.version,
            reason: reason.trim(),
          }),
        ).then(done)
      }
    >
      {(errors) => (
        <>
          <ol className="plain-list service-rows">
            <ServiceRowFields
              row={row}
              number={1}
              legend={t('assistance.services.asItWas')}
              errors={errors}
              errorPrefix=""
              today={today}
              onChange={(patch) => setRow({ ...row, ...patch })}
              onRemove={null}
            />
          </ol>
          <ReasonField
            id={`service-correct-reason-${service.id}`}
            value={reason}
            onChange={setReason}
            error={errors.reason}
          />
        </>
      )}
    </ActionForm>
  );
}

/** A service recorded by mistake taken out of the case and of the counts, with the reason. */
function RemoveService({
  service,
  record,
  done,
}: {
  service: ServiceView;
  record: RecordAssistance;
  done: () => void;
}) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  return (
    <ActionForm
      label={t('assistance.services.remove')}
      submitLabel={t('assistance.services.remove')}
      testId={`service-remove-${service.id}`}
      danger
      check={() => ({ reason: !reason.trim() && t('validation.required') })}
      onSubmit={() =>
        record((id) =>
          assistanceApi.removeService(id, service.id, { version: service.version, reason: reason.trim() }),
        ).then(done)
      }
    >
      {(errors) => (
        <>
          <p>{t('assistance.services.removeSays')}</p>
          <ReasonField
            id={`service-remove-reason-${service.id}`}
            value={reason}
            onChange={setReason}
            error={errors.reason}
          />
        </>
      )}
    </ActionForm>
  );
}

function ServiceLine({
  service,
  changes,
}: {
  service: ServiceView;
  /** The forms to correct or remove it, where the acting organisation recorded it. */
  changes: { began: string; record: RecordAssistance } | null;
}) {
  const { t, i18n } = useTranslation();
  const words = useServiceWords();
  return (
    <li data-testid={`service-${service.id}`}>
      <strong>{codeName(t, 'serviceType', service.type)}</strong>
      <span className="cell-detail">{[...words(service), byLine(service, i18n.language)].join(' · ')}</span>
      {changes ? (
        <span className="inline-actions">
          <Reveal label={t('assistance.services.correct')} testId={`service-correct-open-${service.id}`}>
            {(close) => (
              <CorrectService service={service} began={changes.began} record={changes.record} done={close} />
            )}
          </Reveal>
          <Reveal label={t('assistance.services.remove')} testId={`service-remove-open-${service.id}`}>
            {(close) => <RemoveService service={service} record={changes.record} done={close} />}
          </Reveal>
        </span>
      ) : null}
    </li>
  );
}

/** Services corrected or removed: what each was, what it became, who changed it and why. */
function Corrections({ corrections }: { corrections: AssistanceView['serviceCorrections'] }) {
  const { t, i18n } = useTranslation();
  const words = useServiceWords();
  if (corrections.length === 0) return null;
  const line = (f: ServiceFields) => [codeName(t, 'serviceType', f.type), ...words(f)].join(', ');
  return (
    <details className="history" data-testid="services-corrections">
      <summary>{t('assistance.services.corrections', { number: corrections.length })}</summary>
      <ul className="plain-list divided-list">
        {newestFirst(corrections, (c) => c.at).map((c) => (
          <li key={c.id}>
            <strong>
              {t(`assistance.services.${c.kind}`, { date: formatDateTime(c.at, i18n.language) })}
            </strong>
            <span className="cell-detail">
              {c.after ? `${line(c.before)} → ${line(c.after)}` : line(c.before)}
            </span>
            {c.reason ? (
              <span className="cell-detail">{t('assistance.services.reasonWas', { reason: c.reason })}</span>
            ) : null}
            <span className="cell-detail">{byLine(c, i18n.language)}</span>
          </li>
        ))}
      </ul>
    </details>
  );
}

/**
 * Plan measures still "planned" although help of their kind has been given (or recorded against them):
 * offered here to mark in progress or done, where the worker has just recorded the help.
 */
function PlannedStill({ assistance, record }: Pick<AssistanceTabProps, 'assistance' | 'record'>) {
  const { t } = useTranslation();
  const keeps = usePlanItemKeeper(assistance);
  const still = assistance.plan.items.filter(
    (item) =>
      item.status === 'planned' &&
      keeps(item) &&
      assistance.services.some((s) => s.planItemId === item.id || s.type === item.measure),
  );
  if (still.length === 0) return null;
  return (
    <div className="alert alert-info" data-testid="services-plan-still">
      <p>{t('assistance.services.planStill')}</p>
      <ul className="plain-list divided-list">
        {still.map((item) => (
          <li key={item.id}>
            <strong>{codeName(t, 'serviceType', item.measure)}</strong>
            <PlanItemStatus item={item} record={record} />
          </li>
        ))}
      </ul>
    </div>
  );
}

/** What has been given, counted by type (what the ministry counts), newest first; and the day's entry. */
export function ServicesTab({ caseView, assistance, record }: AssistanceTabProps) {
  const { t } = useTranslation();
  const acting = activeMembership(useAuthenticatedSession())?.organisation.id;
  const services = newestFirst(assistance.services, (s) => s.givenOn);
  const began = caseBeganOn(caseView);
  // As the server rules: only the organisation that recorded a service corrects or removes it.
  const changesOf = (service: ServiceView) =>
    assistance.canRecord && service.organisation.id === acting ? { began, record } : null;
  return (
    <div className="tab-body">
      <h3>{t('assistance.services.given', { number: services.length })}</h3>
      {services.length === 0 ? (
        <p className="muted">{t('assistance.services.none')}</p>
      ) : (
        <>
          <ul className="tag-list" data-testid="services-counts">
            {countsBy(services.map((s) => s.type)).map(([type, count]) => (
              <li key={type} className="tag">
                {codeName(t, 'serviceType', type)}: {count}
              </li>
            ))}
          </ul>
          <ul className="plain-list divided-list" data-testid="services-list">
            {services.slice(0, SHOWN).map((service) => (
              <ServiceLine key={service.id} service={service} changes={changesOf(service)} />
            ))}
          </ul>
          {services.length > SHOWN ? (
            <details className="history">
              <summary>{t('assistance.services.earlier', { number: services.length - SHOWN })}</summary>
              <ul className="plain-list divided-list">
                {services.slice(SHOWN).map((service) => (
                  <ServiceLine key={service.id} service={service} changes={changesOf(service)} />
                ))}
              </ul>
            </details>
          ) : null}
        </>
      )}
      <Corrections corrections={assistance.serviceCorrections} />
      <PlannedStill assistance={assistance} record={record} />
      {assistance.canRecord ? (
        <>
          <h3>{t('assistance.services.record')}</h3>
          <ServicesForm caseView={caseView} record={record} />
        </>
      ) : null}
    </div>
  );
}
