import { describe, expect, it } from 'vitest';
import { dueOnFor } from './requests.ts';

describe('a data subject’s request is answered within one month of receipt', () => {
  it.each([
    ['2026-03-10', '2026-04-10'],
    ['2026-01-31', '2026-02-28'],
    ['2028-01-31', '2028-02-29'],
    ['2026-12-15', '2027-01-15'],
    ['2026-05-31', '2026-06-30'],
  ])('received %s → due %s', (received, due) => {
    expect(dueOnFor(received)).toBe(due);
  });
});
