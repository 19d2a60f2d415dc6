import { useTranslation } from 'react-i18next';
import { STEPS, type Step } from './steps.ts';

/** Where the officer is, and a way to any other step; a step with a problem says so in words. */
export function StepNav({
  current,
  onGo,
  withErrors,
}: {
  current: Step;
  onGo: (step: Step) => void;
  withErrors: ReadonlySet<Step>;
}) {
  const { t } = useTranslation();
  const index = STEPS.indexOf(current);
  return (
    <nav className="step-nav" aria-label={t('intake.steps.label')}>
      <p className="step-count">{t('intake.steps.count', { number: index + 1, total: STEPS.length })}</p>
      <ol>
        {STEPS.map((step, i) => (
          <li key={step}>
            <button
              type="button"
              className={withErrors.has(step) ? 'step-button step-button-error' : 'step-button'}
              aria-current={step === current ? 'step' : undefined}
              onClick={() => onGo(step)}
              data-testid={`intake-step-${step}`}
            >
              <span className="step-number" aria-hidden="true">
                {i + 1}
              </span>
              <span>{t(`intake.steps.${step}`)}</span>
              {withErrors.has(step) ? (
                <span className="step-alert">
                  <span aria-hidden="true">!</span>
                  <span className="visually-hidden">{t('intake.steps.hasErrors')}</span>
                </span>
              ) : null}
            </button>
          </li>
        ))}
      </ol>
    </nav>
  );
}
