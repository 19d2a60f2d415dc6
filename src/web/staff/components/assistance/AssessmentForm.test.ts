import { describe, expect, it } from 'vitest';
import { domainsOfUrgentNeeds } from './AssessmentForm.tsx';

describe('a first assessment starts from the urgent needs ticked at intake', () => {
  it.each([
    [[], []],
    [['shelter'], ['accommodation']],
    [
      ['medical', 'safety', 'interpreter'],
      ['health', 'safety', 'interpreter'],
    ],
    [['food', 'clothing'], ['financial']],
    [['unknown-need'], []],
  ])('%j → %j', (needs, domains) => {
    expect([...domainsOfUrgentNeeds(needs)].sort()).toEqual([...domains].sort());
  });
});
