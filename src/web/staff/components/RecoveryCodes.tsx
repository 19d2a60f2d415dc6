import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

/** Shows the recovery codes once, with advice, until the user says they have saved them. */
export function RecoveryCodes({
  codes,
  onDone,
  headingLevel,
}: {
  codes: string[];
  onDone: () => void;
  headingLevel: 2 | 3;
}) {
  const Heading = headingLevel === 3 ? 'h3' : 'h2';
  const { t } = useTranslation();
  const headingRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    headingRef.current?.focus();
  }, []);

  return (
    <section className="recovery-codes" aria-labelledby="recovery-codes-heading">
      <Heading id="recovery-codes-heading" ref={headingRef} tabIndex={-1}>
        {t('recovery.title')}
      </Heading>
      <p>{t('recovery.intro')}</p>
      <ul className="code-list" aria-label={t('recovery.listLabel')} data-testid="recovery-codes">
        {codes.map((code) => (
          <li key={code}>
            <code>{code}</code>
          </li>
        ))}
      </ul>
      <ul className="advice">
        <li>{t('recovery.adviceStore')}</li>
        <li>{t('recovery.adviceOnce')}</li>
        <li>{t('recovery.adviceShare')}</li>
      </ul>
      <button type="button" className="button-primary" data-testid="recovery-saved" onClick={onDone}>
        {t('recovery.saved')}
      </button>
    </section>
  );
}
