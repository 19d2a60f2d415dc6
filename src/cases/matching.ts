// Duplicate detection across organisations: one person written in Lithuanian, Latin, Russian or
// Ukrainian spelling, with or without diacritics, first and last name either way round, must give the
// same matching key. The key is reduced to a sound skeleton and then hashed with the blind-index key
// (store), so neither names nor skeletons are ever stored.

const CYRILLIC: Record<string, string> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  ґ: 'g',
  д: 'd',
  е: 'e',
  ё: 'e',
  є: 'ie',
  ж: 'zh',
  з: 'z',
  и: 'i',
  і: 'i',
  ї: 'i',
  й: 'i',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  х: 'kh',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'shch',
  ъ: '',
  ы: 'y',
  ь: '',
  э: 'e',
  ю: 'iu',
  я: 'ia',
};

// Latin spellings of the same sounds, longest first, each reduced to one letter. Ukrainian г is
// written h in Latin and Russian г is g, so both become g, and so does kh (х). "ch" is ч in English
// spelling (Chernenko) but х in Lithuanian (Michailov): it is read both ways (see matchingMaterials).
const DIGRAPHS = /shch|szcz|sch|sh|sz|ch|cz|zh|ts|tz|kh|ph/g;
const SOUND: Record<string, string> = {
  shch: 's',
  szcz: 's',
  sch: 's',
  sh: 's',
  sz: 's',
  ch: 'c',
  cz: 'c',
  zh: 'z',
  ts: 'c',
  tz: 'c',
  kh: 'g',
  ph: 'f',
};
const LETTERS: Record<string, string> = { j: 'i', y: 'i', h: 'g', w: 'v', x: 'ks', q: 'k' };

/** One name token → its sound skeleton: "Юлія", "Julija" and "Yuliia" all give "iulia". */
export function skeleton(token: string, chSounds: 'c' | 'g' = 'c'): string {
  let text = token.toLowerCase();
  text = [...text].map((ch) => CYRILLIC[ch] ?? ch).join('');
  // Lithuanian šč is щ (Ščerbak, Щербак): spelt out before the accents go.
  text = text.replaceAll('šč', 'shch');
  // Lithuanian and other diacritics: š → s, ž → z, ė → e, ū → u…
  text = text.normalize('NFKD').replace(/\p{M}/gu, '');
  text = text.replace(/[^a-z]/g, '');
  text = text.replace(DIGRAPHS, (digraph) => (digraph === 'ch' ? chSounds : (SOUND[digraph] ?? digraph)));
  text = [...text].map((ch) => LETTERS[ch] ?? ch).join('');
  // Doubled letters are spelling, not sound: "iuliia" and "iulija" meet at "iulia".
  return text.replace(/(.)\1+/g, '$1');
}

/**
 * The matching material for a person: skeletons of every name part, sorted so the order of first and
 * last name does not matter, with the birth date.
 */
export function matchingMaterial(
  names: string[],
  birthDate: string | null | undefined,
  chSounds: 'c' | 'g' = 'c',
): string | null {
  const parts = names
    .flatMap((n) => n.split(/[\s\-‐'’.,]+/u))
    .map((part) => skeleton(part, chSounds))
    .filter((p) => p.length > 0)
    .sort();
  if (parts.length === 0) return null;
  return `${parts.join(' ')}|${birthDate ?? ''}`;
}

/** Every reading of a person's name: "ch" as ч and, when it is there, as х. Two people match on any. */
export function matchingMaterials(names: string[], birthDate: string | null | undefined): string[] {
  const readings = [matchingMaterial(names, birthDate, 'c'), matchingMaterial(names, birthDate, 'g')];
  return [...new Set(readings.filter((m): m is string => m !== null))];
}
