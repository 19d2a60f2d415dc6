import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { municipalityName } from '../../../cases/municipalities.ts';
import { ErrorAlert } from '../components/Alerts.tsx';
import { Reveal } from '../components/cases/Reveal.tsx';
import { Link } from '../components/Link.tsx';
import { legalApi } from '../components/legal/api.ts';
import {
  PoliceInvestigationForm,
  ProtectionAnswerForm,
  ProtectionRequestForm,
} from '../components/legal/PoliceForms.tsx';
import type { PoliceCaseView } from '../components/legal/types.ts';
import { ScreenHeading } from '../components/ScreenHeading.tsx';
import { useErrorText } from '../components/useErrorText.ts';
import { useLoaded } from '../components/useLoaded.ts';
import { formatDate, localName } from '../format.ts';
import { codeName } from '../labels.ts';
import { Loading } from './Loading.tsx';

/**
 * One case as the police see it (phone first): why they see it, the facts of the crime and of the
 * mechanism's decisions, the team to contact; the investigation and the protection asked for, with
 * their forms. Nothing support services wrote.
 */
export function PoliceCase({ caseId }: { caseId: string }) {
  const { t, i18n } = useTranslation();
  const { errorText } = useErrorText();
  const load = useCallback(() => legalApi.policeCase(caseId), [caseId]);
  const loaded = useLoaded<PoliceCaseView>(load);
  const view = loaded.data;
  const day = (iso: string) => formatDate(iso, i18n.language);
  const title = view ? view.reference : t('police.title');
  return (
    <div className="stack">
      <section className="panel">
        <p className="breadcrumb">
          <Link to="/police">{t('police.back')}</Link>
        </p>
        <ScreenHeading title={title}>{title}</ScreenHeading>
        <ErrorAlert>{loaded.error ? errorText(loaded.error) : null}</ErrorAlert>
        {!view && !loaded.error ? <Loading /> : null}
        {view ? (
          <p className="lead" data-testid="police-ground">
            {codeName(t, 'policeGround', view.ground)}
          </p>
        ) : null}
      </section>
      {view ? (
        <>
          <section className="panel" aria-labelledby="police-facts">
            <h2 id="police-facts">{t('police.facts')}</h2>
            <dl className="facts" data-testid="police-facts">
              <Fact term={t('police.kind')}>{codeName(t, 'kind', view.kind)}</Fact>
              <Fact term={t('police.state')}>{codeName(t, 'state', view.state)}</Fact>
              <Fact term={t('police.metOn')}>{day(view.metOn)}</Fact>
              <Fact term={t('police.municipality')}>
                {view.municipality ? municipalityName(view.municipality, i18n.language) : '—'}
              </Fact>
              <Fact term={t('police.firstContact')}>
                {codeName(t, 'firstContact', view.firstContactKind)}
              </Fact>
              <Fact term={t('police.exploitation')}>
                {view.exploitationForms.map((f) => codeName(t, 'exploitation', f)).join(', ') || '—'}
              </Fact>
              <Fact term={t('police.person')}>
                {[
                  codeName(t, 'sex', view.person.sex),
                  codeName(t, 'ageBand', view.person.ageBand),
                  view.person.citizenship,
                ]
                  .filter(Boolean)
                  .join(', ')}
              </Fact>
              <Fact term={t('police.identification')}>
                {view.identification
                  ? codeName(t, 'identification', view.identification)
                  : t('police.notDecided')}
              </Fact>
              <Fact term={t('police.cooperation')}>
                {view.cooperation ? codeName(t, 'cooperation', view.cooperation) : t('police.notDecided')}
              </Fact>
            </dl>
            <h3>{t('police.team')}</h3>
            <ul className="plain-list">
              {view.team.map((m) => (
                <li key={m.organisation.id}>
                  {localName(m.organisation.name, i18n.language)}{' '}
                  <span className="muted">({codeName(t, 'teamRole', m.role)})</span>
                </li>
              ))}
            </ul>
          </section>
          <section className="panel" aria-labelledby="police-investigation">
            <h2 id="police-investigation">{t('police.investigationTitle')}</h2>
            <Investigation view={view} />
            <Reveal
              label={view.investigation ? t('police.change') : t('police.record')}
              testId="police-investigation-open"
            >
              {(close) => (
                <PoliceInvestigationForm
                  caseId={caseId}
                  saved={view.investigation}
                  done={(next) => {
                    loaded.setData(next);
                    close();
                  }}
                />
              )}
            </Reveal>
          </section>
          <section className="panel" aria-labelledby="police-protection">
            <h2 id="police-protection">{t('police.protectionTitle')}</h2>
            {view.protection.length === 0 ? <p className="muted">{t('police.noProtection')}</p> : null}
            <ul className="plain-list" data-testid="police-protection">
              {view.protection.map((step) => (
                <li key={step.id} className="card">
                  <p>
                    <strong>{step.measure ? codeName(t, 'protectionMeasure', step.measure) : '—'}</strong>{' '}
                    <span className="badge">{codeName(t, 'legalStepStatus', step.status)}</span>
                  </p>
                  <p className="muted">
                    {t('police.requestedOn', { date: day(step.on) })} ·{' '}
                    {t('police.by', { organisation: localName(step.organisation.name, i18n.language) })}
                    {step.answeredOn
                      ? ` · ${t('assistance.legal.answeredOn', { date: day(step.answeredOn) })}`
                      : null}
                  </p>
                  {step.note ? <p className="pre-line">{step.note}</p> : null}
                  {step.status === 'requested' ? (
                    <Reveal label={t('police.answer')} testId={`protection-answer-open-${step.id}`}>
                      {(close) => (
                        <ProtectionAnswerForm
                          caseId={caseId}
                          step={step}
                          done={(next) => {
                            loaded.setData(next);
                            close();
                          }}
                        />
                      )}
                    </Reveal>
                  ) : null}
                </li>
              ))}
            </ul>
            <Reveal label={t('police.ask')} testId="protection-request-open">
              {(close) => (
                <ProtectionRequestForm
                  caseId={caseId}
                  done={(next) => {
                    loaded.setData(next);
                    close();
                  }}
                />
              )}
            </Reveal>
          </section>
        </>
      ) : null}
    </div>
  );
}

function Fact({ term, children }: { term: string; children: React.ReactNode }) {
  return (
    <div>
      <dt>{term}</dt>
      <dd>{children}</dd>
    </div>
  );
}

function Investigation({ view }: { view: PoliceCaseView }) {
  const { t, i18n } = useTranslation();
  const inv = view.investigation;
  if (!inv) return <p className="muted">{t('police.noInvestigation')}</p>;
  const day = (iso: string) => formatDate(iso, i18n.language);
  return (
    <dl className="facts" data-testid="police-investigation-view">
      <Fact term={t('assistance.legal.institution')}>{codeName(t, 'institution', inv.institution)}</Fact>
      <Fact term={t('assistance.legal.caseNumber')}>{inv.caseNumber ?? '—'}</Fact>
      <Fact term={t('assistance.legal.officerName')}>{inv.officerName ?? '—'}</Fact>
      <Fact term={t('assistance.legal.officerContact')}>{inv.officerContact ?? '—'}</Fact>
      <Fact term={t('assistance.legal.startedOn')}>{inv.startedOn ? day(inv.startedOn) : '—'}</Fact>
      <Fact term={t('assistance.legal.closedOn')}>
        {inv.closedOn
          ? `${day(inv.closedOn)}${inv.outcome ? `: ${codeName(t, 'investigationOutcome', inv.outcome)}` : ''}`
          : '—'}
      </Fact>
    </dl>
  );
}
