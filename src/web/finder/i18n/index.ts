import type { Language } from '../../../directory/model.ts';
import type { FinderCatalogue } from './catalogue.ts';
import { en } from './en.ts';
import { lt } from './lt.ts';
import { ru } from './ru.ts';
import { uk } from './uk.ts';

export const CATALOGUES: Record<Language, FinderCatalogue> = { lt, en, ru, uk };
