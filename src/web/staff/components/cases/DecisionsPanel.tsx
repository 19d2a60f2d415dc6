import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseView } from '../../contract/cases.ts';
import { formatDate } from '../../format.ts';
import { codeName } from '../../labels.ts';
import { CasePanel } from './CasePanel.tsx';
import {
  CooperationForm,
  IdentificationForm,
  ReflectionForm,
  ResidencePermitForm,
} from './DecisionForms.tsx';
import { Reveal } from './Reveal.tsx';
import type { CaseControls } from './useCase.ts';

/** One decision: what was decided, or that nothing was yet; and for the coordinator, the form. */
function Decision({
  title,
  testId,
  recorded,
  form,
  note,
}: {
  title: string;
  testId: string;
  recorded: ReactNode | null;
  form: ((close: () => void) => ReactNode) | null;
  note?: string;
}) {
  const { t } = useTranslation();
  return (
    <div className="decision" data-testid={testId}>
      <h3>{title}</h3>
      {recorded ?? <p className="muted">{t('decisions.notYet')}</p>}
      {note ? <p className="muted small">{note}</p> : null}
      {form ? (
        <Reveal label={recorded ? t('decisions.change') : t('decisions.recordNow')} testId={`${testId}-open`}>
          {form}
        </Reveal>
      ) : null}
    </div>
  );
}

/** Identification, cooperation, reflection period, residence permit: the national coordinator's decisions. */
export function DecisionsPanel({
  view,
  act,
  canDecide,
}: {
  view: CaseView;
  act: CaseControls['act'];
  canDecide: boolean;
}) {
  const { t, i18n } = useTranslation();
  const day = (iso: string) => formatDate(iso, i18n.language);
  const { identification, cooperation, reflection, residencePermit } = view.decisions;
  const thirdCountry = view.citizenshipPathway === 'third_country';
  const formOf = (Form: typeof IdentificationForm) =>
    canDecide ? (close: () => void) => <Form act={act} done={close} /> : null;
  return (
    <CasePanel name="decisions" title={t('decisions.title')}>
      <Decision
        title={t('decisions.identification.title')}
        testId="identification"
        recorded={
          identification ? (
            <>
              <p>
                <strong>{codeName(t, 'identification', identification.outcome)}</strong>,{' '}
                {t('decisions.by', { date: day(identification.decidedOn), name: identification.by })}
              </p>
              {identification.reasons ? <p className="pre-line">{identification.reasons}</p> : null}
            </>
          ) : null
        }
        form={formOf(IdentificationForm)}
      />
      <Decision
        title={t('decisions.cooperation.title')}
        testId="cooperation"
        recorded={
          cooperation ? (
            <>
              <p>
                <strong>{codeName(t, 'cooperation', cooperation.outcome)}</strong>,{' '}
                {t('decisions.by', { date: day(cooperation.decidedOn), name: cooperation.by })}
              </p>
              {cooperation.note ? <p className="pre-line">{cooperation.note}</p> : null}
            </>
          ) : null
        }
        form={formOf(CooperationForm)}
        note={t('decisions.cooperation.helpRegardless')}
      />
      <Decision
        title={t('decisions.reflection.title')}
        testId="reflection"
        recorded={
          reflection ? (
            <p>
              {t('decisions.reflection.period', {
                from: day(reflection.startsOn),
                to: day(reflection.endsOn),
                days: reflection.days,
              })}
            </p>
          ) : null
        }
        form={thirdCountry ? formOf(ReflectionForm) : null}
        {...(thirdCountry ? {} : { note: t('decisions.reflection.thirdCountryOnly') })}
      />
      <Decision
        title={t('decisions.residencePermit.title')}
        testId="residence-permit"
        recorded={residencePermit ? <p>{codeName(t, 'residencePermit', residencePermit)}</p> : null}
        form={formOf(ResidencePermitForm)}
      />
    </CasePanel>
  );
}
