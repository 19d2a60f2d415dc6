import { describe, expect, it } from 'vitest';
import type { RoleName } from '../access/roles.ts';
import { returnsFromAbroad } from './rules.ts';
import { decideTransition, type WorkflowFacts } from './workflow.ts';

const consul = ['first_contact', 'consular'];
const ngo = ['first_contact', 'support_service'];

describe('a return from abroad through the consular mission (seed 000)', () => {
  it.each([
    ['a Lithuanian found in Norway, the consul on the team', 'LT', 'NO', [consul], true],
    ['the consul and an NGO on the team', 'LT', 'GB', [consul, ngo], true],
    ['no consular mission on the team', 'LT', 'NO', [ngo], false],
    ['the consul left the team', 'LT', 'NO', [], false],
    ['found in Lithuania', 'LT', 'LT', [consul], false],
    ['no destination country recorded', 'LT', null, [consul], false],
    ['destination absent on an older case', 'LT', undefined, [consul], false],
    ['a citizen of another country', 'UA', 'NO', [consul], false],
    ['citizenship not known', null, 'NO', [consul], false],
  ] as const)('%s', (_, citizenship, destinationCountry, teamFunctions, expected) => {
    expect(returnsFromAbroad({ citizenship, destinationCountry, teamFunctions })).toBe(expected);
  });
});

const facts = (state: string, role: RoleName, returnsFromAbroad: boolean): WorkflowFacts => ({
  kind: 'trafficking',
  state,
  role,
  onTeam: true,
  consentToNationalReferral: true,
  // No support service in Lithuania has the case yet: the point of the pathway.
  supportServiceOnTeam: false,
  reason: undefined,
  returnsFromAbroad,
});

describe('starting a return without a support service first', () => {
  it.each([
    ['presumed', 'consular_officer', true, { ok: true, to: 'return' }],
    ['referred', 'consular_officer', true, { ok: true, to: 'return' }],
    ['identified', 'consular_officer', true, { ok: true, to: 'return' }],
    ['presumed', 'return_officer', true, { ok: true, to: 'return' }],
    ['presumed', 'case_worker', false, { ok: false, kind: 'not_available' }],
    ['presumed', 'consular_officer', false, { ok: false, kind: 'not_available' }],
    ['identified', 'return_officer', false, { ok: false, kind: 'not_available' }],
    ['presumed', 'first_responder', true, { ok: false, kind: 'not_permitted' }],
    ['not_identified', 'consular_officer', true, { ok: false, kind: 'not_available' }],
    ['return', 'consular_officer', true, { ok: false, kind: 'not_available' }],
    ['assistance', 'case_worker', false, { ok: true, to: 'return' }],
    ['assistance', 'consular_officer', true, { ok: true, to: 'return' }],
  ] as const)('from %s by a %s (abroad: %s): %j', (state, role, abroad, expected) => {
    expect(decideTransition('start_return', facts(state, role, abroad))).toMatchObject(expected);
  });

  it('an organisation off the team cannot start it', () => {
    const offTeam = { ...facts('presumed', 'consular_officer', true), onTeam: false };
    expect(decideTransition('start_return', offTeam)).toMatchObject({ ok: false, kind: 'not_permitted' });
  });
});
