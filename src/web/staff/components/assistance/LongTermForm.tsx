import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api.ts';
import { localName } from '../../format.ts';
import { ErrorAlert } from '../Alerts.tsx';
import { ActionForm } from '../cases/ActionForm.tsx';
import { SelectField, TextAreaField, TextField } from '../Field.tsx';
import { useErrorText } from '../useErrorText.ts';
import { useLoaded } from '../useLoaded.ts';
import { assistanceApi } from './api.ts';
import type { RecordAssistance } from './useAssistance.ts';

/**
 * Long-term help is the municipality's where the person lives (seed 000): the case is handed over to
 * its administration or social service, with a named contact.
 */
export function LongTermForm({ record }: { record: RecordAssistance }) {
  const { t, i18n } = useTranslation();
  const { errorText } = useErrorText();
  // Every municipality's administration, in name order: help goes where the person lives.
  const load = useCallback(
    () =>
      api
        .organisations()
        .then((list) =>
          list.items
            .filter((o) => o.functions.includes('municipality'))
            .sort((a, b) =>
              localName(a.name, i18n.language).localeCompare(localName(b.name, i18n.language), i18n.language),
            ),
        ),
    [i18n.language],
  );
  const municipalities = useLoaded(load);
  const [organisationId, setOrganisationId] = useState('');
  const [contactName, setContactName] = useState('');
  const [contactPhone, setContactPhone] = useState('');
  const [note, setNote] = useState('');
  return (
    <ActionForm
      label={t('assistance.longTerm.handOver')}
      submitLabel={t('assistance.longTerm.handOver')}
      testId="long-term-form"
      marksRequired
      check={() => ({
        municipalityOrganisationId: !organisationId && t('validation.required'),
        contactName: !contactName.trim() && t('validation.required'),
      })}
      onSubmit={() =>
        record((id) =>
          assistanceApi.handOver(id, {
            municipalityOrganisationId: organisationId,
            contactName: contactName.trim(),
            ...(contactPhone.trim() ? { contactPhone: contactPhone.trim() } : {}),
            ...(note.trim() ? { note: note.trim() } : {}),
          }),
        )
      }
    >
      {(errors) => (
        <>
          <ErrorAlert>{municipalities.error ? errorText(municipalities.error) : null}</ErrorAlert>
          <div className="form-grid">
            <SelectField
              id="long-term-municipality"
              label={t('assistance.longTerm.municipality')}
              value={organisationId}
              onValueChange={setOrganisationId}
              options={[
                { value: '', label: t('assistance.choose') },
                ...(municipalities.data ?? []).map((o) => ({
                  value: o.id,
                  label: localName(o.name, i18n.language),
                })),
              ]}
              required
              error={errors.municipalityOrganisationId}
            />
            <TextField
              id="long-term-contact"
              label={t('assistance.longTerm.contactName')}
              value={contactName}
              onValueChange={setContactName}
              maxLength={120}
              required
              error={errors.contactName}
            />
            <TextField
              id="long-term-phone"
              type="tel"
              label={t('assistance.longTerm.contactPhone')}
              value={contactPhone}
              onValueChange={setContactPhone}
              maxLength={40}
              error={errors.contactPhone}
            />
          </div>
          <TextAreaField
            id="long-term-note"
            label={t('assistance.longTerm.note')}
            rows={2}
            maxLength={2000}
            value={note}
            onValueChange={setNote}
            error={errors.note}
          />
        </>
      )}
    </ActionForm>
  );
}
