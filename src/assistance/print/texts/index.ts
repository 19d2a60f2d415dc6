import { cardEn } from './card-en.ts';
import { cardLt } from './card-lt.ts';
import { en } from './en.ts';
import { lt } from './lt.ts';
import { ru } from './ru.ts';
import type { CardLanguage, CardTexts, PrintLanguage, PrintTexts } from './types.ts';
import { uk } from './uk.ts';

export type { CardLanguage, PrintLanguage } from './types.ts';

export const PRINT_TEXTS: Record<PrintLanguage, PrintTexts> = { lt, en, ru, uk };
export const CARD_TEXTS: Record<CardLanguage, CardTexts> = { lt: cardLt, en: cardEn };

/** A code's label; a code the lists do not know yet (an older or newer record) prints as it is. */
export function label(labels: Record<string, string>, code: string): string {
  return Object.hasOwn(labels, code) ? labels[code]! : code;
}
