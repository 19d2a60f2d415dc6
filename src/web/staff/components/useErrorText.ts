import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage, fieldErrors } from '../format.ts';

/** Turns a failed request into the message to show, in the current language. */
export function useErrorText(): {
  errorText: (error: unknown) => string;
  fieldErrorTexts: (error: unknown) => Record<string, string>;
} {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const errorText = useCallback((error: unknown) => errorMessage(t, error, language), [t, language]);
  const fieldErrorTexts = useCallback((error: unknown) => fieldErrors(t, error), [t]);
  return { errorText, fieldErrorTexts };
}
