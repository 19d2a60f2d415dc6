import { describe, expect, it } from 'vitest';
import { pathwayOf, REFERRAL_PURPOSES } from './catalogue.ts';
import {
  ageBandOf,
  audiencesOf,
  decideResponsible,
  identityStateFor,
  isChild,
  mostOpen,
  needForPurpose,
  originLeavesOnAcceptance,
  rankSuggestions,
  teamRoleOf,
} from './rules.ts';

describe('citizenship pathway', () => {
  it.each([
    ['LT', undefined, 'lithuanian'],
    ['PL', undefined, 'eu'],
    ['DE', 'third_country', 'eu'],
    ['UA', undefined, 'third_country'],
    ['UZ', undefined, 'third_country'],
    ['NO', undefined, 'third_country'],
    [undefined, 'eu', 'eu'],
    [undefined, undefined, 'unknown'],
  ] as const)('%s (said %s) → %s', (citizenship, given, pathway) => {
    expect(pathwayOf(citizenship, given)).toBe(pathway);
  });
});

describe('age band and child', () => {
  it.each([
    [0, '0-13'],
    [13, '0-13'],
    [14, '14-17'],
    [17, '14-17'],
    [18, '18-24'],
    [34, '25-34'],
    [64, '55-64'],
    [65, '65+'],
    [120, '65+'],
  ] as const)('age %i → %s', (age, band) => {
    expect(ageBandOf(age, undefined)).toBe(band);
  });
  it('keeps a given band without an age, and unknown without either', () => {
    expect(ageBandOf(undefined, '25-34')).toBe('25-34');
    expect(ageBandOf(undefined, undefined)).toBe('unknown');
  });
  it.each([
    [15, '14-17', undefined, true],
    [undefined, '0-13', undefined, true],
    [undefined, 'unknown', true, true],
    [30, '25-34', undefined, false],
    [undefined, 'unknown', false, false],
  ] as const)('age %s, band %s, flagged %s → child %s', (age, band, flagged, child) => {
    expect(isChild(age, band, flagged)).toBe(child);
  });
});

describe('who sees the identity on a case', () => {
  const base = {
    anonymous: false,
    erased: false,
    role: 'case_worker' as const,
    organisationId: 'holder',
    onTeam: true,
    holderOrganisationId: 'holder',
    sharedWith: [] as string[],
  };
  it.each([
    ['the organisation that recorded it', {}, 'shown'],
    ['an anonymous person', { anonymous: true }, 'none'],
    ['an erased person', { erased: true, anonymous: true }, 'erased'],
    ['a team member it was not shared with', { organisationId: 'other' }, 'hidden'],
    ['a team member it was shared with', { organisationId: 'other', sharedWith: ['other'] }, 'shown'],
    ['the holder once off the team', { onTeam: false }, 'hidden'],
    [
      'the national coordinator',
      { role: 'national_coordinator', organisationId: 'ncp', onTeam: true },
      'openable',
    ],
    [
      'the national coordinator after stating a reason',
      { role: 'national_coordinator', organisationId: 'ncp', onTeam: false, openedForReason: true },
      'shown',
    ],
    ['a reason means nothing to anyone else', { organisationId: 'other', openedForReason: true }, 'hidden'],
    ['the data protection officer', { role: 'data_protection_officer', onTeam: false }, 'shown'],
    ['a statistician of the holder', { role: 'statistician' }, 'hidden'],
    ['an investigator of the holder on the team', { role: 'investigator' }, 'hidden'],
  ] as const)('%s: %s', (_who, change, state) => {
    expect(identityStateFor({ ...base, ...change })).toBe(state);
  });
});

describe('a person on several cases', () => {
  it.each([
    [['hidden', 'shown'], 'shown'],
    [['hidden', 'hidden'], 'hidden'],
    [['openable', 'hidden'], 'openable'],
    [['erased', 'erased'], 'erased'],
    [['none'], 'none'],
    [[], 'hidden'],
  ] as const)('%j → %s', (states, expected) => {
    expect(mostOpen(states)).toBe(expected);
  });
});

describe('the case team', () => {
  it.each([
    [['national_contact_point'], undefined, 'national_contact_point'],
    [['first_contact', 'support_service'], undefined, 'support_service'],
    [['return_provider', 'support_service'], 'return', 'return_provider'],
    [['return_provider', 'support_service'], 'assistance', 'support_service'],
    [['witness_protection'], undefined, 'protection'],
    [['compensation_authority', 'legal_aid'], undefined, 'legal'],
    [['first_contact'], undefined, 'first_contact'],
    [['first_contact', 'investigator'], 'investigation', 'investigation'],
    [['first_contact', 'investigator'], 'assistance', 'first_contact'],
  ] as const)('%j for %s → %s', (functions, purpose, role) => {
    expect(teamRoleOf(functions, purpose)).toBe(role);
  });
  it.each([
    [['support_service'], ['first_contact'], true],
    [['support_service'], ['first_contact', 'support_service'], false],
    [['national_contact_point'], ['first_contact'], false],
    // The consular mission leads a citizen's return from abroad with the service that accepts.
    [['return_provider', 'support_service'], ['first_contact', 'consular'], false],
    [['first_contact', 'support_service'], ['first_contact', 'consular'], false],
  ] as const)('accepted by %j, recorded by %j → origin leaves: %s', (accepting, origin, leaves) => {
    expect(originLeavesOnAcceptance(accepting, origin)).toBe(leaves);
  });
});

describe('referral suggestions', () => {
  it('names a directory need for every purpose', () => {
    for (const purpose of REFERRAL_PURPOSES) {
      expect(needForPurpose(purpose, 'trafficking')).toBeTruthy();
    }
    expect(needForPurpose('assistance', 'other_crime')).toBe('emotional_support');
    expect(needForPurpose('return', 'trafficking')).toBe('return');
  });

  it('describes the person as the directory does', () => {
    expect(audiencesOf({ sex: 'male', child: false, pathway: 'third_country' }, 'trafficking')).toEqual([
      'anyone',
      'men',
      'third_country_nationals',
    ]);
    expect(audiencesOf({ sex: 'female', child: true, pathway: 'lithuanian' }, 'other_crime')).toEqual([
      'anyone',
      'children',
      'girls',
      'victims_of_any_crime',
    ]);
  });

  it('puts those serving the person first, then those nearby, and leaves out those who serve others only', () => {
    const ranked = rankSuggestions(
      [
        { name: 'Anyone, Kaunas', audiences: ['anyone'], cities: ['Kaunas'] },
        { name: 'Women only', audiences: ['women'], cities: ['Vilnius'] },
        { name: 'Men, Vilnius', audiences: ['men'], cities: ['Vilnius'] },
        { name: 'Anyone, Vilnius', audiences: ['anyone'], cities: ['Vilnius'] },
        { name: 'Men, Klaipėda', audiences: ['men'], cities: ['Klaipėda'] },
      ],
      { audiences: ['anyone', 'men'], municipality: 'LT-57' },
    );
    expect(ranked.map((r) => r.name)).toEqual([
      'Men, Vilnius',
      'Men, Klaipėda',
      'Anyone, Vilnius',
      'Anyone, Kaunas',
    ]);
  });
});

describe('naming the person responsible for a case', () => {
  const base = {
    actorId: 'worker',
    targetId: 'worker',
    mayNameOthers: false,
    eligible: ['worker', 'colleague', 'manager'],
    current: null as string | null,
    reason: undefined as string | undefined,
  };
  it.each<[string, Partial<typeof base>, ReturnType<typeof decideResponsible>]>([
    ['a worker takes a case nobody has', {}, { ok: true }],
    ['a worker gives it to a colleague', { targetId: 'colleague' }, { ok: false, refusal: 'not_permitted' }],
    [
      'a manager gives it to a colleague',
      { actorId: 'manager', targetId: 'colleague', mayNameOthers: true },
      { ok: true },
    ],
    [
      'to someone outside the organisation',
      { actorId: 'manager', targetId: 'stranger', mayNameOthers: true },
      { ok: false, refusal: 'responsible_not_eligible' },
    ],
    [
      'a worker takes it from a colleague without a reason',
      { current: 'colleague' },
      { ok: false, refusal: 'reason_required' },
    ],
    [
      'a worker takes it from a colleague with a reason',
      { current: 'colleague', reason: 'On leave.' },
      { ok: true },
    ],
    ['to the person who has it', { current: 'worker' }, { ok: false, refusal: 'responsible_unchanged' }],
    [
      'someone who left still holds it: a manager hands it on with a reason',
      {
        actorId: 'manager',
        targetId: 'colleague',
        mayNameOthers: true,
        current: 'departed',
        reason: 'Left.',
      },
      { ok: true },
    ],
  ])('%s', (_name, change, expected) => {
    expect(decideResponsible({ ...base, ...change })).toEqual(expected);
  });
});
