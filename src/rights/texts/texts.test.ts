import { describe, expect, it } from 'vitest';
import { EXPORT_LANGUAGES, fill, TEXTS } from './index.ts';

type Tree = { [key: string]: string | Tree };

/** Every text, by its dotted key. */
function leaves(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of leaves(value, path)) out.set(k, v);
  }
  return out;
}
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('export texts', () => {
  const english = leaves(TEXTS.en as unknown as Tree);

  it.each(EXPORT_LANGUAGES)(
    '%s has every text English has, none empty, with the same placeholders',
    (lang) => {
      const texts = leaves(TEXTS[lang] as unknown as Tree);
      expect([...texts.keys()].sort()).toEqual([...english.keys()].sort());
      const problems = [...texts].flatMap(([key, text]) => {
        if (text.trim() === '') return [`${key}: empty`];
        const want = placeholders(english.get(key) ?? '').join();
        return placeholders(text).join() === want ? [] : [`${key}: {${placeholders(text)}} not {${want}}`];
      });
      expect(problems).toEqual([]);
    },
  );

  it('fills placeholders and leaves unknown ones', () => {
    expect(fill('Page {page} of {pages}', { page: 1, pages: 3 })).toBe('Page 1 of 3');
    expect(fill('{x} and {y}', { x: 'a' })).toBe('a and {y}');
  });
});
