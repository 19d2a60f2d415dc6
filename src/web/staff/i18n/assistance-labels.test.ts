import { describe, expect, it } from 'vitest';
import * as catalogue from '../../../assistance/catalogue.ts';
import { ApiError } from '../api.ts';
import { caseRefusal, SERVER_REFUSALS } from '../components/cases/refusals.ts';
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

describe('names of the assistance codes', () => {
  it('label every closed list of assistance (languages are named by the browser)', () => {
    const labelled = new Set<readonly string[]>(Object.values(LABELLED_LISTS));
    // Refusal codes are worded as refusals (below), not labelled.
    const lists = Object.entries(catalogue).filter(
      ([name]) => name !== 'PRINT_LANGUAGES' && !name.endsWith('_REFUSALS'),
    );
    expect(lists.filter(([, codes]) => !labelled.has(codes)).map(([name]) => name)).toEqual([]);
  });

  it('word every refusal the server can answer with, and the app’s own, in both languages', () => {
    for (const c of [lt, en] as Catalogue[]) {
      const unworded = [...SERVER_REFUSALS, 'service_in_future', 'service_before_case', 'stale'].filter(
        (code) => {
          const { code: key } = caseRefusal(new ApiError({ status: 409, refusal: code })).problem;
          return key !== `refused.${code}` || !has(c, `errors.${key}`);
        },
      );
      expect(unworded).toEqual([]);
    }
  });
});
