import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { SubmitResult } from '../../contract/cases.ts';
import { Link } from '../Link.tsx';

/** The reference to write down; whether the person may already have a case is the coordinator's to learn. */
export function Submitted({ result }: { result: SubmitResult }) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <section className="panel narrow" aria-labelledby="intake-done-heading" data-testid="intake-submitted">
      <h2 id="intake-done-heading" ref={heading} tabIndex={-1}>
        {t('intake.done.title')}
      </h2>
      <p>{t('intake.done.reference')}</p>
      <p className="reference" data-testid="intake-reference">
        {result.reference}
      </p>
      <p>{t('intake.done.next')}</p>
      <div className="actions">
        <Link to={`/cases/${result.caseId}`} className="button-secondary">
          {t('intake.done.openCase')}
        </Link>
        <Link to="/intake" className="button-primary">
          {t('intake.done.another')}
        </Link>
      </div>
    </section>
  );
}
