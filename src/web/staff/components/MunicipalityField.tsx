import { MUNICIPALITIES } from '../../../cases/municipalities.ts';
import { SelectField } from './Field.tsx';

/**
 * One of Lithuania's 60 municipalities, by name in the interface language (the value is the ISO
 * 3166-2:LT code). A closed list, so statistics by municipality need no exact spelling.
 */
export function MunicipalityField({
  id,
  label,
  hint,
  empty,
  language,
  value,
  onValueChange,
  error,
  required,
}: {
  id: string;
  label: string;
  hint?: string;
  /** The words for no municipality chosen. */
  empty: string;
  language: string;
  value: string;
  onValueChange: (code: string) => void;
  error?: string | undefined;
  required?: boolean;
}) {
  const options = MUNICIPALITIES.map((m) => ({ value: m.code, label: language === 'lt' ? m.lt : m.en })).sort(
    (a, b) => a.label.localeCompare(b.label, language),
  );
  return (
    <SelectField
      id={id}
      label={label}
      hint={hint}
      value={value}
      onValueChange={onValueChange}
      options={[{ value: '', label: empty }, ...options]}
      error={error}
      required={required}
    />
  );
}
