import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normaliseForIndex } from '../platform/crypto/sealing.ts';
import { CaseSearch } from './model.ts';
import { nameOrders } from './search.ts';

const word = fc.stringMatching(/^[A-Za-zĄČĘĖĮŠŲŪŽąčęėįšųūž]{1,12}$/);

describe('the name a search is made with', () => {
  it('finds a name recorded given-name first when typed family-name first, in any case and spacing', () => {
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 2 }), word, (given, family) => {
        const recorded = normaliseForIndex(`${given.join(' ')} ${family}`);
        const typed = normaliseForIndex(`  ${family.toUpperCase()},   ${given.join(' ').toLowerCase()} `);
        expect(nameOrders(typed)).toContain(recorded);
      }),
    );
  });

  it('takes any text: a name with a letter or a digit, or a reference, or refuses with a reason', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string({ maxLength: 250 }), fc.string({ unit: 'binary', maxLength: 50 })),
        (text) => {
          const byName = CaseSearch.safeParse({ name: text });
          expect(byName.success).toBe(/[\p{L}\p{N}]/u.test(text.trim()) && text.trim().length <= 200);
          if (byName.success && 'name' in byName.data)
            expect(nameOrders(normaliseForIndex(byName.data.name)).length).toBeGreaterThan(0);
          const byReference = CaseSearch.safeParse({ reference: text });
          expect(byReference.success).toBe(text.trim().length > 0 && text.trim().length <= 40);
        },
      ),
    );
  });
});
