import { type FormEvent, type ReactNode, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, api } from '../../api.ts';
import type { DraftView, SubmitResult } from '../../contract/cases.ts';
import { navigate } from '../../router.ts';
import { ErrorAlert, InfoNote } from '../Alerts.tsx';
import { useErrorText } from '../useErrorText.ts';
import { ConsentStep } from './ConsentStep.tsx';
import { rememberDefaults, rememberDiscarded } from './defaults.ts';
import { fromDraftData, type IntakeForm, toDraftData } from './form.ts';
import { NeedsStep } from './NeedsStep.tsx';
import { PersonStep } from './PersonStep.tsx';
import { ReviewStep } from './ReviewStep.tsx';
import { SaveStatusLine } from './SaveStatusLine.tsx';
import { SignsStep } from './SignsStep.tsx';
import { StepNav } from './StepNav.tsx';
import type { StepProps } from './StepProps.ts';
import { Submitted } from './Submitted.tsx';
import { byFormField, missingFields, STEPS, type Step, stepOf } from './steps.ts';
import { useDraftSaver } from './useDraftSaver.ts';
import { WhatStep } from './WhatStep.tsx';

const STEP_VIEWS: Record<Exclude<Step, 'review'>, (props: StepProps) => ReactNode> = {
  what: WhatStep,
  signs: SignsStep,
  person: PersonStep,
  needs: NeedsStep,
  consent: ConsentStep,
};

/** The step named in the address ("?step=signs"); the first when none is. */
function stepInAddress(): Step {
  const named = new URLSearchParams(window.location.search).get('step');
  return (STEPS as readonly string[]).includes(named ?? '') ? (named as Step) : 'what';
}

/**
 * The intake, step by step, saved to the server as the officer goes. Each step has its own address,
 * so the browser's Back and Forward move between steps.
 */
export function IntakeWizard({
  draftId,
  initial,
  version,
  savedAt,
}: {
  draftId: string;
  initial: IntakeForm;
  version: number | undefined;
  savedAt?: string | undefined;
}) {
  const { t } = useTranslation();
  const { errorText, fieldErrorTexts } = useErrorText();
  const [form, setForm] = useState(initial);
  const [step, setStep] = useState<Step>(stepInAddress);
  const [discarding, setDiscarding] = useState<'no' | 'asking' | 'working'>('no');
  const [submitError, setSubmitError] = useState<unknown>(null);
  const [sending, setSending] = useState(false);
  const [result, setResult] = useState<SubmitResult | null>(null);
  const changed = useRef(false);
  const stepHeading = useRef<HTMLHeadingElement>(null);
  const focusStep = useRef(false);
  const saver = useDraftSaver(
    draftId,
    version,
    (draft: DraftView) => setForm(fromDraftData(draft.data)),
    savedAt,
  );
  const { change } = saver;

  // Every change the officer makes is saved; a copy loaded from the server is not sent back.
  useEffect(() => {
    if (!changed.current) return;
    changed.current = false;
    change(toDraftData(form));
  }, [form, change]);

  // A new step is announced by moving to its heading, which also brings it into view.
  useEffect(() => {
    if (!focusStep.current) return;
    focusStep.current = false;
    stepHeading.current?.focus();
  });
  // Back and Forward bring the step of the address they return to.
  useEffect(() => {
    const onPop = (): void => {
      focusStep.current = true;
      setStep(stepInAddress());
    };
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);
  const goTo = (next: Step): void => {
    focusStep.current = true;
    if (next !== stepInAddress()) {
      window.history.pushState(null, '', `${window.location.pathname}?step=${next}`);
    }
    setStep(next);
  };

  const discard = async (): Promise<void> => {
    setDiscarding('working');
    setSubmitError(null);
    try {
      await saver.stop();
      await api.discardIntakeDraft(draftId).catch((caught: unknown) => {
        // A record never saved has nothing to delete on the server.
        if (!(caught instanceof ApiError && caught.status === 404)) throw caught;
      });
      rememberDiscarded(draftId);
      navigate('/intake', { replace: true });
    } catch (caught) {
      setSubmitError(caught);
      setDiscarding('no');
    }
  };

  const update = (patch: Partial<IntakeForm>): void => {
    changed.current = true;
    setSubmitError(null);
    setForm((current) => ({ ...current, ...patch }));
  };

  const saveRejection = saver.status.kind === 'rejected' ? saver.status.error : null;
  // A field the record cannot be sent without gets the catalogue's words, not the schema's.
  const missing = new Set(missingFields(form));
  const errors = Object.fromEntries(
    Object.entries(byFormField({ ...fieldErrorTexts(saveRejection), ...fieldErrorTexts(submitError) })).map(
      ([field, message]) => [field, missing.has(field) ? t('validation.required') : message],
    ),
  );
  const withErrors = new Set(Object.keys(errors).map(stepOf));
  const index = STEPS.indexOf(step);

  const send = async (): Promise<void> => {
    setSending(true);
    setSubmitError(null);
    try {
      if (!(await saver.flush())) throw new ApiError({ status: 503, code: 'not_saved' });
      const submitted = await api.submitIntakeDraft(draftId);
      rememberDefaults(form);
      setResult(submitted);
    } catch (caught) {
      setSubmitError(caught);
    } finally {
      setSending(false);
    }
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>): void => {
    event.preventDefault();
    const next = STEPS[index + 1];
    if (next) goTo(next);
    else void send();
  };

  if (result) return <Submitted result={result} />;
  const StepView = step === 'review' ? null : STEP_VIEWS[step];
  const generalError =
    submitError && Object.keys(fieldErrorTexts(submitError)).length === 0 ? submitError : null;
  return (
    <div className="intake">
      <SaveStatusLine status={saver.status} />
      {saver.status.kind === 'reloaded' ? <InfoNote>{t('intake.save.reloadedBody')}</InfoNote> : null}
      <StepNav current={step} onGo={goTo} withErrors={withErrors} />
      <form
        className="panel intake-step"
        noValidate
        onSubmit={onSubmit}
        aria-labelledby="intake-step-heading"
      >
        <h2 id="intake-step-heading" ref={stepHeading} tabIndex={-1}>
          {t(`intake.steps.${step}`)}
        </h2>
        {StepView ? (
          <StepView form={form} update={update} errors={errors} />
        ) : (
          <ReviewStep form={form} update={update} errors={errors} onGo={goTo} />
        )}
        <ErrorAlert>{generalError ? errorText(generalError) : null}</ErrorAlert>
        <div className="intake-buttons">
          {index > 0 ? (
            <button
              type="button"
              className="button-secondary"
              onClick={() => goTo(STEPS[index - 1] ?? 'what')}
            >
              {t('intake.back')}
            </button>
          ) : null}
          <button
            type="submit"
            className="button-primary"
            disabled={sending}
            data-testid={step === 'review' ? 'intake-send' : 'intake-next'}
          >
            {step === 'review' ? t('intake.send') : t('intake.next')}
          </button>
        </div>
      </form>
      <section className="intake-discard" aria-label={t('intake.discard.label')}>
        {discarding === 'no' ? (
          <button
            type="button"
            className="button-link button-link-danger"
            onClick={() => setDiscarding('asking')}
            data-testid="intake-discard"
          >
            {t('intake.discard.open')}
          </button>
        ) : (
          <fieldset className="alert alert-warn intake-discard-ask">
            <legend className="visually-hidden">{t('intake.discard.label')}</legend>
            <p id="intake-discard-question">{t('intake.discard.question')}</p>
            <div className="intake-buttons">
              <button
                type="button"
                className="button-danger"
                disabled={discarding === 'working'}
                onClick={() => void discard()}
                data-testid="intake-discard-confirm"
              >
                {t('intake.discard.confirm')}
              </button>
              <button type="button" className="button-secondary" onClick={() => setDiscarding('no')}>
                {t('intake.discard.keep')}
              </button>
            </div>
          </fieldset>
        )}
      </section>
    </div>
  );
}
