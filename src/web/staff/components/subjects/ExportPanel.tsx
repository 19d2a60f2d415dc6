import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api.ts';
import { EXPORT_LANGUAGES, type ExportLanguage, type SubjectView } from '../../contract/rights.ts';
import { SelectField } from '../Field.tsx';

/** Everything held about the person, to download: JSON for machines, a PDF in the person's language. */
export function ExportPanel({ subject }: { subject: SubjectView }) {
  const { t } = useTranslation();
  const [language, setLanguage] = useState<ExportLanguage>(subject.language);
  const id = subject.person.id;
  return (
    <section className="panel" aria-labelledby="subject-export-heading">
      <h2 id="subject-export-heading">{t('subjects.export.title')}</h2>
      <p>{t('subjects.export.intro')}</p>
      <div className="inline-form">
        <SelectField
          id="subject-export-language"
          label={t('subjects.export.language')}
          value={language}
          onValueChange={(value) => setLanguage(value as ExportLanguage)}
          options={EXPORT_LANGUAGES.map((l) => ({ value: l, label: t(`subjects.export.languages.${l}`) }))}
        />
      </div>
      <p className="actions">
        <a
          className="button-primary"
          href={api.subjectExportUrl(id, 'pdf', language)}
          download
          data-testid="subject-export-pdf"
        >
          {t('subjects.export.pdf')}
        </a>
        <a
          className="button-secondary"
          href={api.subjectExportUrl(id, 'json', language)}
          download
          data-testid="subject-export-json"
        >
          {t('subjects.export.json')}
        </a>
      </p>
    </section>
  );
}
