import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  blindIndex,
  newKey,
  normaliseForIndex,
  SealError,
  seal,
  sealJson,
  unseal,
  unsealJson,
} from './sealing.ts';

describe('sealing', () => {
  it('round-trips any bytes under the same key and owner', () => {
    const key = newKey();
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2000 }), fc.string(), (bytes, aad) => {
        const sealed = seal(key, Buffer.from(bytes), aad);
        expect(Buffer.compare(unseal(key, sealed, aad), Buffer.from(bytes))).toBe(0);
      }),
    );
  });

  it('refuses another key, another owner or a flipped bit', () => {
    const key = newKey();
    const sealed = sealJson(key, { givenName: 'Olena' }, 'person-identity:1');
    expect(() => unsealJson(newKey(), sealed, 'person-identity:1')).toThrow(SealError);
    expect(() => unsealJson(key, sealed, 'person-identity:2')).toThrow(SealError);
    const flipped = Buffer.from(sealed);
    flipped[flipped.length - 1]! ^= 1;
    expect(() => unsealJson(key, flipped, 'person-identity:1')).toThrow(SealError);
    expect(() => unseal(key, Buffer.from([9, 9, 9]), 'x')).toThrow(SealError);
  });

  it('never leaves the plaintext readable in the sealed bytes', () => {
    const sealed = sealJson(newKey(), { givenName: 'Marija Pavyzdytė' }, 'a');
    expect(sealed.toString('utf8')).not.toContain('Marija');
    expect(sealed.toString('latin1')).not.toContain('Marija');
  });
});

describe('blind index', () => {
  it.each([
    ['Šarūnė  Jonaitytė', 'sarune jonaityte'],
    ['ŽUKAUSKIENĖ, Aušra', 'zukauskiene ausra'],
    ['  Olena-Marія ', 'olena marія'],
  ])('normalises %j to %j', (input, expected) => {
    expect(normaliseForIndex(input)).toBe(expected);
  });

  it('matches the same person written differently, and differs across keys and birth dates', () => {
    const key = newKey();
    expect(blindIndex(key, 'Šarūnė Jonaitytė', '1990-01-02')).toBe(
      blindIndex(key, 'sarune JONAITYTE', '1990-01-02'),
    );
    expect(blindIndex(key, 'Šarūnė Jonaitytė', '1990-01-02')).not.toBe(
      blindIndex(key, 'Šarūnė Jonaitytė', '1990-01-03'),
    );
    expect(blindIndex(newKey(), 'Šarūnė Jonaitytė', null)).not.toBe(
      blindIndex(key, 'Šarūnė Jonaitytė', null),
    );
    expect(blindIndex(key, 'Šarūnė Jonaitytė', null)).not.toContain('sarune');
  });
});
