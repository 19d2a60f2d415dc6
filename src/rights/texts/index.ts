import type { ExportLanguage } from '../catalogue.ts';
import { en } from './en.ts';
import { lt } from './lt.ts';
import { ru } from './ru.ts';
import type { ExportTexts } from './types.ts';
import { uk } from './uk.ts';

/** The languages a person may receive their data in: those of the public help finder. */
export { EXPORT_LANGUAGES, type ExportLanguage } from '../catalogue.ts';

export const TEXTS: Record<ExportLanguage, ExportTexts> = { lt, en, ru, uk };

/** Put values into a text's {placeholders}. */
export const fill = (template: string, values: Record<string, string | number>) =>
  template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
