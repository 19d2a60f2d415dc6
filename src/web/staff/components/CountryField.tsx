import { COUNTRY_CODES, countryCodeOf } from '../../../cases/countries.ts';
import { countryName } from './directory/describe.ts';
import { TextField } from './Field.tsx';

const plain = (text: string) =>
  text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();

let byName: Map<string, string> | null = null;

/** Countries by their names in Lithuanian and English, as typed without accents or capitals. */
function countriesByName(): Map<string, string> {
  if (byName) return byName;
  byName = new Map();
  for (const language of ['lt', 'en']) {
    for (const code of COUNTRY_CODES) {
      const name = countryName(code, language);
      if (name) byName.set(plain(name), code);
    }
  }
  return byName;
}

/**
 * The ISO 3166 two-letter code of a country typed as its code (UA, or UKR as passports print it) or
 * its name in Lithuanian or English ("Ukraina", "ukraine"); null when it names no country.
 */
export function countryCode(text: string): string | null {
  if (!text.trim()) return null;
  return countryCodeOf(text) ?? countriesByName().get(plain(text)) ?? null;
}

/**
 * A country field: its name typed and picked from the list in the interface language, or its code;
 * countryCode reads what was typed.
 */
export function CountryField({
  id,
  label,
  hint,
  language,
  value,
  onValueChange,
  error,
  required,
}: {
  id: string;
  label: string;
  hint: string;
  language: string;
  value: string;
  onValueChange: (value: string) => void;
  error: string | undefined;
  required?: boolean;
}) {
  const names = COUNTRY_CODES.map((code) => countryName(code, language) ?? code).sort((a, b) =>
    a.localeCompare(b, language),
  );
  return (
    <>
      <TextField
        id={id}
        label={label}
        hint={hint}
        maxLength={60}
        autoComplete="off"
        list={`${id}-countries`}
        required={required}
        value={value}
        onValueChange={onValueChange}
        error={error}
      />
      <datalist id={`${id}-countries`}>
        {names.map((name) => (
          <option key={name} value={name} />
        ))}
      </datalist>
    </>
  );
}
