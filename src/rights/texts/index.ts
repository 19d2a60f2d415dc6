import { en } from './en.ts';
import { lt } from './lt.ts';
import { ru } from './ru.ts';
import type { ExportTexts } from './types.ts';
import { uk } from './uk.ts';

/** The languages a person may receive their data in: those of the public help finder. */
export const EXPORT_LANGUAGES = ['lt', 'en', 'ru', 'uk'] as const;
export type ExportLanguage = (typeof EXPORT_LANGUAGES)[number];

export const TEXTS: Record<ExportLanguage, ExportTexts> = { lt, en, ru, uk };

/** Put values into a text's {placeholders}. */
export const fill = (template: string, values: Record<string, string | number>) =>
  template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
