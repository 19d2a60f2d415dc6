import type { ChangeEvent, KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGE_CODES } from '../contract/cases.ts';
import { languageName } from './directory/describe.ts';

const plain = (text: string) =>
  text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();

let byName: Map<string, string> | null = null;

/** A language's name in itself ("русский"), as the person might write it; null where unknown. */
function ownName(code: string): string | null {
  try {
    return new Intl.DisplayNames([code], { type: 'language', fallback: 'none' }).of(code) ?? null;
  } catch {
    return null;
  }
}

/** Languages by their names in Lithuanian, in English and in the language itself, and by their codes. */
function languagesByName(): Map<string, string> {
  if (byName) return byName;
  byName = new Map();
  for (const code of LANGUAGE_CODES) {
    const names = [languageName(code, 'lt'), languageName(code, 'en'), ownName(code)];
    for (const name of names) if (name && name !== code) byName.set(plain(name), code);
  }
  for (const code of LANGUAGE_CODES) byName.set(code, code);
  return byName;
}

/** The ISO 639-1 code of a language typed as its code ("uz") or its name ("Uzbek", "uzbekų"); else null. */
export function languageCode(text: string): string | null {
  const key = plain(text);
  if (!key) return null;
  return languagesByName().get(key) ?? null;
}

/**
 * What "Uzbek, rusų, xx" names: the languages recognised, and what was not recognised, as typed.
 * Only the parts before the last comma are read unless `all` (the last may still be being typed).
 */
export function readLanguages(
  text: string,
  all = true,
): { codes: string[]; unknown: string[]; rest: string } {
  const parts = text.split(/[,;]/);
  const last = all ? '' : (parts.pop() ?? '');
  const codes: string[] = [];
  const unknown: string[] = [];
  for (const part of parts) {
    if (!part.trim()) continue;
    const code = languageCode(part);
    if (code) codes.push(code);
    else unknown.push(part.trim());
  }
  return { codes, unknown, rest: last };
}

/**
 * Several languages, each picked from the list by its name in the interface language (or typed as
 * its name or code, several separated by commas). Chosen languages show as a list, each removable;
 * what is not recognised stays in the field with a message, never dropped without a word.
 */
export function LanguagesField({
  id,
  label,
  hint,
  codes,
  text,
  onChange,
  error,
}: {
  id: string;
  label: string;
  hint: string;
  codes: string[];
  text: string;
  onChange: (codes: string[], text: string) => void;
  error: string | undefined;
}) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const names = LANGUAGE_CODES.map((code) => languageName(code, language))
    .filter((name) => name.length > 2)
    .sort((a, b) => a.localeCompare(b, language));

  const take = (typed: string, all: boolean): void => {
    const read = readLanguages(typed, all);
    const chosen = [...new Set([...codes, ...read.codes])].slice(0, 10);
    const left = [...read.unknown, ...(all ? [] : [read.rest])].join(', ');
    onChange(chosen, all ? read.unknown.join(', ') : read.unknown.length > 0 ? left : read.rest);
  };
  const onInput = (event: ChangeEvent<HTMLInputElement>): void => {
    const native = event.nativeEvent as Partial<InputEvent>;
    // A name picked from the list replaces the text at once: it is taken whole.
    const picked = native.inputType === undefined || native.inputType === 'insertReplacementText';
    take(event.target.value, picked && languageCode(event.target.value) !== null);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>): void => {
    if (event.key === 'Enter' && text.trim()) {
      event.preventDefault();
      take(text, true);
    }
  };
  const unknown = readLanguages(text).unknown;
  const shownError =
    error ??
    (unknown.length > 0 ? t('intake.person.languagesUnknown', { names: unknown.join(', ') }) : undefined);
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <p id={hintId} className="field-hint">
        {hint}
      </p>
      <input
        id={id}
        type="text"
        autoComplete="off"
        autoCapitalize="none"
        list={`${id}-names`}
        maxLength={200}
        value={text}
        onChange={onInput}
        onBlur={() => (text.trim() ? take(text, true) : undefined)}
        onKeyDown={onKeyDown}
        aria-describedby={shownError ? `${hintId} ${errorId}` : hintId}
        aria-invalid={shownError ? true : undefined}
      />
      {shownError ? (
        <p id={errorId} className="field-error">
          {shownError}
        </p>
      ) : null}
      {codes.length > 0 ? (
        <ul
          className="chip-list"
          aria-label={t('intake.person.languagesChosen')}
          data-testid={`${id}-chosen`}
        >
          {codes.map((code) => (
            <li key={code} className="chip" data-code={code}>
              <span>{languageName(code, language)}</span>
              <button
                type="button"
                className="chip-remove"
                aria-label={t('intake.person.languagesRemove', { name: languageName(code, language) })}
                onClick={() =>
                  onChange(
                    codes.filter((c) => c !== code),
                    text,
                  )
                }
              >
                <span aria-hidden="true">×</span>
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      <datalist id={`${id}-names`}>
        {names.map((name) => (
          <option key={name} value={name} />
        ))}
      </datalist>
    </div>
  );
}
