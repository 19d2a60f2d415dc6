import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { CHAIN_COUNT } from './chain.ts';
import { chainOf } from './store.ts';

describe('the chain a request writes to', () => {
  it('is the same for every event of one request, so its transaction holds one chain lock', () => {
    const request = randomUUID();
    expect(new Set(Array.from({ length: 20 }, () => chainOf(request))).size).toBe(1);
  });

  it('spreads requests over every chain, so concurrent writers rarely wait for each other', () => {
    const used = new Set(Array.from({ length: 2000 }, () => chainOf(randomUUID())));
    expect(used.size).toBe(CHAIN_COUNT);
  });
});
