import countries from 'i18n-iso-countries';

// Countries by ISO 3166-1: the two-letter codes stored, the three-letter ones printed on passports
// ("UKR") read as the same country. Pure, shared with the staff app.

/** Every ISO 3166-1 alpha-2 code, sorted. */
export const COUNTRY_CODES: readonly string[] = Object.keys(countries.getAlpha2Codes()).sort();

/** The alpha-2 code of a country typed as its alpha-2 or alpha-3 code, in any case; null for no country. */
export function countryCodeOf(text: string): string | null {
  const code = text.trim().toUpperCase();
  if (/^[A-Z]{2}$/.test(code)) return countries.isValid(code) ? code : null;
  if (/^[A-Z]{3}$/.test(code)) return countries.alpha3ToAlpha2(code) ?? null;
  return null;
}
