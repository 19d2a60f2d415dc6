import { useTranslation } from 'react-i18next';
import { codeOptions, DOCUMENT_KINDS } from '../../labels.ts';
import { SelectField, TextField } from '../Field.tsx';
import type { IdentityForm } from './form.ts';

/** Name, birth date, one document and a phone: what an officer can note in a minute. */
export function IdentityFields({
  value,
  onChange,
  idPrefix,
  error,
}: {
  value: IdentityForm;
  onChange: (patch: Partial<IdentityForm>) => void;
  idPrefix: string;
  error?: string | undefined;
}) {
  const { t } = useTranslation();
  return (
    <div className="identity-fields">
      <TextField
        id={`${idPrefix}-givenName`}
        label={t('identity.givenName')}
        hint={t('identity.givenNameHint')}
        autoComplete="off"
        value={value.givenName}
        onValueChange={(givenName) => onChange({ givenName })}
        error={error}
      />
      <TextField
        id={`${idPrefix}-familyName`}
        label={t('identity.familyName')}
        autoComplete="off"
        value={value.familyName}
        onValueChange={(familyName) => onChange({ familyName })}
      />
      <TextField
        id={`${idPrefix}-birthDate`}
        type="date"
        label={t('identity.birthDate')}
        value={value.birthDate}
        onValueChange={(birthDate) => onChange({ birthDate })}
      />
      <SelectField
        id={`${idPrefix}-documentKind`}
        label={t('identity.documentKind')}
        value={value.documentKind}
        onValueChange={(documentKind) => onChange({ documentKind })}
        options={codeOptions(t, 'documentKind', DOCUMENT_KINDS)}
      />
      <TextField
        id={`${idPrefix}-documentNumber`}
        label={t('identity.documentNumber')}
        autoComplete="off"
        value={value.documentNumber}
        onValueChange={(documentNumber) => onChange({ documentNumber })}
      />
      <TextField
        id={`${idPrefix}-phone`}
        type="tel"
        label={t('identity.phone')}
        autoComplete="off"
        value={value.phone}
        onValueChange={(phone) => onChange({ phone })}
      />
    </div>
  );
}
