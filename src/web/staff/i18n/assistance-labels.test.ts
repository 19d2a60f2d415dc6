import { describe, expect, it } from 'vitest';
import * as catalogue from '../../../assistance/catalogue.ts';
import { ApiError } from '../api.ts';
import { CARD_REFUSALS } from '../components/assistance/types.ts';
import { caseRefusal } from '../components/cases/refusals.ts';
import { LABELLED_LISTS } from '../labels.ts';
import en from './en.json';
import lt from './lt.json';

type Catalogue = { [key: string]: string | Catalogue };
const has = (c: Catalogue, key: string) =>
  typeof key
    .split('.')
    .reduce<string | Catalogue | undefined>(
      (node, part) => (typeof node === 'object' ? node[part] : undefined),
      c,
    ) === 'string';

/** The refusals the assistance routes answer with (409 `refusal`). */
const REFUSALS = [
  'overlap',
  'not_on_team',
  'not_provider',
  'plan_empty',
  'already_handed_over',
  'service_in_future',
  'service_before_case',
  'restricted',
  'stale',
  ...CARD_REFUSALS,
  'card_revoked',
  'card_expired',
];

describe('names of the assistance codes', () => {
  it('label every closed list of assistance (languages are named by the browser)', () => {
    const labelled = new Set<readonly string[]>(Object.values(LABELLED_LISTS));
    const lists = Object.entries(catalogue).filter(([name]) => name !== 'PRINT_LANGUAGES');
    expect(lists.filter(([, codes]) => !labelled.has(codes)).map(([name]) => name)).toEqual([]);
  });

  it('word every refusal in both languages', () => {
    for (const c of [lt, en] as Catalogue[]) {
      const unworded = REFUSALS.filter((code) => {
        const { code: key } = caseRefusal(new ApiError({ status: 409, refusal: code })).problem;
        return key !== `refused.${code}` || !has(c, `errors.${key}`);
      });
      expect(unworded).toEqual([]);
    }
  });
});
