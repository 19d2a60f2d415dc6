import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api.ts';
import { ErrorAlert, StatusMessage } from '../components/Alerts.tsx';
import { ActionForm } from '../components/cases/ActionForm.tsx';
import { rethrowRefusal } from '../components/cases/refusals.ts';
import { DateField, SelectField, TextField } from '../components/Field.tsx';
import { ScreenHeading } from '../components/ScreenHeading.tsx';
import { useErrorText } from '../components/useErrorText.ts';
import { useLoaded } from '../components/useLoaded.ts';
import {
  SUBJECT_REQUEST_CHANNELS,
  SUBJECT_REQUEST_KINDS,
  type SubjectRequestInput,
  type SubjectRequestView,
} from '../contract/rights.ts';
import { formatDate } from '../format.ts';
import { codeName, codeOptions } from '../labels.ts';
import { todayInVilnius } from '../time.ts';
import { Loading } from './Loading.tsx';

type Kind = SubjectRequestInput['kind'];
type Channel = SubjectRequestInput['channel'];

/** A request as it came: what is asked, how, on which day, and the case it concerns if known. */
export function RegisterForm({ onRegistered }: { onRegistered: (request: SubjectRequestView) => void }) {
  const { t } = useTranslation();
  const [kind, setKind] = useState<Kind | ''>('');
  const [channel, setChannel] = useState<Channel | ''>('');
  const [receivedOn, setReceivedOn] = useState(() => todayInVilnius());
  const [caseReference, setCaseReference] = useState('');
  const today = todayInVilnius();
  return (
    <ActionForm
      label={t('requests.register')}
      submitLabel={t('requests.registerSubmit')}
      testId="request-register"
      marksRequired
      check={() => ({
        kind: !kind && t('validation.required'),
        channel: !channel && t('validation.required'),
        receivedOn:
          (!receivedOn && t('validation.required')) || (receivedOn > today && t('requests.notInFuture')),
      })}
      onSubmit={async () => {
        if (!kind || !channel) return;
        const reference = caseReference.trim();
        const request = await api
          .registerSubjectRequest({
            kind,
            channel,
            receivedOn,
            ...(reference ? { caseReference: reference } : {}),
          })
          .catch(rethrowRefusal);
        setKind('');
        setChannel('');
        setCaseReference('');
        setReceivedOn(todayInVilnius());
        onRegistered(request);
      }}
    >
      {(errors) => (
        <div className="form-grid">
          <SelectField
            id="request-kind"
            testId="request-kind"
            label={t('requests.kind')}
            required
            value={kind}
            onValueChange={(value) => setKind(value as Kind)}
            options={[
              { value: '', label: t('requests.choose') },
              ...codeOptions(t, 'subjectRequestKind', SUBJECT_REQUEST_KINDS),
            ]}
            error={errors.kind}
          />
          <SelectField
            id="request-channel"
            testId="request-channel"
            label={t('requests.channel')}
            required
            value={channel}
            onValueChange={(value) => setChannel(value as Channel)}
            options={[
              { value: '', label: t('requests.choose') },
              ...codeOptions(t, 'subjectRequestChannel', SUBJECT_REQUEST_CHANNELS),
            ]}
            error={errors.channel}
          />
          <DateField
            id="request-received"
            label={t('requests.receivedOn')}
            hint={t('requests.receivedOnHint')}
            required
            max={today}
            value={receivedOn}
            onValueChange={setReceivedOn}
            error={errors.receivedOn}
          />
          <TextField
            id="request-case"
            label={t('requests.caseReference')}
            hint={t('requests.caseReferenceHint')}
            value={caseReference}
            onValueChange={setCaseReference}
            maxLength={60}
            autoComplete="off"
            spellCheck={false}
            error={errors.caseReference}
          />
        </div>
      )}
    </ActionForm>
  );
}

export function RequestItem({
  request,
  onAnswered,
}: {
  request: SubjectRequestView;
  onAnswered: (request: SubjectRequestView) => void;
}) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const open = request.answeredOn === null;
  return (
    <li
      className={open && request.overdue ? 'inbox-item case-row-overdue' : 'inbox-item'}
      data-testid={`request-${request.id}`}
    >
      <div className="case-row-main">
        <strong>{codeName(t, 'subjectRequestKind', request.kind)}</strong>
        {open ? (
          request.overdue ? (
            <span className="badge badge-error">{t('requests.overdue')}</span>
          ) : (
            <span className="badge badge-warn">{t('requests.open')}</span>
          )
        ) : (
          <span className="badge badge-ok">{t('requests.answered')}</span>
        )}
      </div>
      <p>
        {t('requests.received', {
          when: formatDate(request.receivedOn, language),
          channel: codeName(t, 'subjectRequestChannel', request.channel),
        })}
        {request.caseReference ? (
          <>
            {' · '}
            {t('requests.case')} <span className="case-reference">{request.caseReference}</span>
          </>
        ) : null}
      </p>
      <p className={open && request.overdue ? 'deadline deadline-overdue' : 'deadline'}>
        {open
          ? t(request.overdue ? 'requests.wasDue' : 'requests.due', {
              when: formatDate(request.dueOn, language),
            })
          : t('requests.answeredOn', { when: formatDate(request.answeredOn ?? request.dueOn, language) })}
      </p>
      {open ? (
        <ActionForm
          label={t('requests.markAnswered')}
          submitLabel={t('requests.markAnswered')}
          testId="request-answered"
          onSubmit={async () => onAnswered(await api.answerSubjectRequest(request.id).catch(rethrowRefusal))}
        >
          {() => null}
        </ActionForm>
      ) : null}
    </li>
  );
}

/**
 * The data protection officer's register of requests from data subjects: each is answered within
 * one month of receipt (GDPR Article 12(3)); the open ones first, the soonest due first.
 */
export function Requests() {
  const { t, i18n } = useTranslation();
  const { errorText } = useErrorText();
  const load = useCallback(() => api.subjectRequests().then((list) => list.items), []);
  const requests = useLoaded<SubjectRequestView[]>(load);
  const [status, setStatus] = useState<string | null>(null);
  const title = t('requests.title');

  const replace = (request: SubjectRequestView): void => {
    const others = (requests.data ?? []).filter((r) => r.id !== request.id);
    requests.setData([request, ...others]);
  };
  const items = requests.data
    ? [...requests.data].sort(
        (a, b) =>
          Number(a.answeredOn !== null) - Number(b.answeredOn !== null) ||
          (a.answeredOn === null ? a.dueOn.localeCompare(b.dueOn) : b.receivedOn.localeCompare(a.receivedOn)),
      )
    : null;
  const open = items?.filter((r) => r.answeredOn === null).length ?? 0;
  return (
    <div className="stack">
      <section className="panel">
        <ScreenHeading title={title}>{title}</ScreenHeading>
        <p className="lead">{t('requests.intro')}</p>
      </section>
      <section className="panel" aria-labelledby="request-register-heading">
        <h2 id="request-register-heading">{t('requests.register')}</h2>
        <RegisterForm
          onRegistered={(request) => {
            replace(request);
            setStatus(t('requests.registered', { when: formatDate(request.dueOn, i18n.language) }));
          }}
        />
        <StatusMessage>{status}</StatusMessage>
      </section>
      <section className="panel" aria-labelledby="request-list-heading">
        <h2 id="request-list-heading">
          {t('requests.listTitle')} <span className="count-badge">{open}</span>
        </h2>
        <ErrorAlert>{requests.error ? errorText(requests.error) : null}</ErrorAlert>
        {!items && !requests.error ? <Loading /> : null}
        {items && items.length === 0 ? <p className="empty-state">{t('requests.none')}</p> : null}
        {items && items.length > 0 ? (
          <ul className="case-list" data-testid="request-list">
            {items.map((request) => (
              <RequestItem
                key={request.id}
                request={request}
                onAnswered={(answered) => {
                  replace(answered);
                  setStatus(t('requests.answeredStatus'));
                }}
              />
            ))}
          </ul>
        ) : null}
      </section>
    </div>
  );
}
