import { describe, expect, it } from 'vitest';
import { pathwayOf } from '../cases/catalogue.ts';
import {
  cardRefusals,
  cardStatusOf,
  claimStepRefusal,
  compensationEligibility,
  lawEnforcementKnowing,
  overlapsFor,
  planReviewOn,
  policeGround,
  returnPartnersOf,
  serviceChangeRefusal,
  serviceDateProblem,
  shiftDay,
  stageAfter,
  totalCost,
} from './rules.ts';

const TODAY = '2026-11-27';
const claim = {
  crime: 'crime_against_freedom',
  crimeOn: '2025-03-01',
  pathway: 'lithuanian' as const,
  lawfullyResidentInEu: false,
};

describe('compensation from the Fund for Victims of Crimes', () => {
  it.each([
    ['trafficking (a crime against freedom), a Lithuanian', {}, true, []],
    ['a life taken', { crime: 'intentional_killing' }, true, []],
    ['health impaired', { crime: 'health_impairment' }, true, []],
    ['a sexual crime', { crime: 'crime_against_sexual_integrity' }, true, []],
    ['a property crime is not violent', { crime: 'property_crime' }, false, ['not_violent_crime']],
    ['other crimes are not violent', { crime: 'other' }, false, ['not_violent_crime']],
    ['on the first day of the law', { crimeOn: '2005-07-01' }, true, []],
    ['the day before the law', { crimeOn: '2005-06-30' }, false, ['crime_before_2005_07_01']],
    ['long before the law', { crimeOn: '1999-01-01' }, false, ['crime_before_2005_07_01']],
    ['an EU citizen', { pathway: 'eu' }, true, []],
    [
      'a third-country national without lawful residence',
      { pathway: 'third_country' },
      false,
      ['not_eu_citizen_or_resident'],
    ],
    [
      'a third-country national lawfully resident in the EU',
      { pathway: 'third_country', lawfullyResidentInEu: true },
      true,
      [],
    ],
    [
      'citizenship unknown, no residence shown',
      { pathway: 'unknown' },
      false,
      ['not_eu_citizen_or_resident'],
    ],
    ['citizenship unknown, lawfully resident', { pathway: 'unknown', lawfullyResidentInEu: true }, true, []],
    [
      'every reason at once',
      { crime: 'other', crimeOn: '2001-01-01', pathway: 'third_country' },
      false,
      ['not_violent_crime', 'crime_before_2005_07_01', 'not_eu_citizen_or_resident'],
    ],
  ] as const)('%s', (_name, change, eligible, reasons) => {
    expect(compensationEligibility({ ...claim, ...change })).toEqual({ eligible, reasons: [...reasons] });
  });
});

describe('return pathway by citizenship (seed 000)', () => {
  it.each([
    ['LT', 'lithuanian', ['lithuanian_consular_mission', 'specialised_ngo', 'police']],
    ['LV', 'eu', ['specialised_ngo', 'consulate_of_citizenship', 'police']],
    ['PL', 'eu', ['specialised_ngo', 'consulate_of_citizenship', 'police']],
    ['UZ', 'third_country', ['specialised_ngo', 'iom_vilnius', 'consulate_of_citizenship', 'police']],
    ['UA', 'third_country', ['specialised_ngo', 'iom_vilnius', 'consulate_of_citizenship', 'police']],
    ['NO', 'third_country', ['specialised_ngo', 'iom_vilnius', 'consulate_of_citizenship', 'police']],
    [undefined, 'unknown', []],
  ] as const)('%s → %s', (citizenship, pathway, partners) => {
    expect(pathwayOf(citizenship)).toBe(pathway);
    expect(returnPartnersOf(pathwayOf(citizenship))).toEqual(partners);
  });
});

describe('overlapping help on one team (seed 004)', () => {
  const team = ['caritas', 'iom', 'klaipeda'];
  const item = { organisationId: 'caritas', measure: 'interpreter', dueOn: '2026-12-20' };
  const planned = (over: object) => ({
    organisationId: 'iom',
    measure: 'interpreter',
    status: 'planned',
    createdOn: '2026-11-01',
    dueOn: '2026-12-05',
    ...over,
  });
  it.each([
    [
      'another organisation plans it in the period',
      [planned({})],
      [],
      [{ organisationId: 'iom', source: 'plan', on: '2026-12-05' }],
    ],
    [
      'in progress counts too',
      [planned({ status: 'in_progress' })],
      [],
      [{ organisationId: 'iom', source: 'plan', on: '2026-12-05' }],
    ],
    ['done or cancelled does not', [planned({ status: 'done' }), planned({ status: 'cancelled' })], [], []],
    ['another kind of help does not', [planned({ measure: 'food' })], [], []],
    ['the same organisation does not', [planned({ organisationId: 'caritas' })], [], []],
    ['an organisation that left the team does not', [planned({ organisationId: 'gone' })], [], []],
    ['a plan that ended before today does not', [planned({ dueOn: '2026-11-26' })], [], []],
    [
      'a plan that starts after the new due day does not',
      [planned({ createdOn: '2026-12-21', dueOn: '2027-01-10' })],
      [],
      [],
    ],
    [
      'a service given within 30 days',
      [],
      [{ organisationId: 'klaipeda', type: 'interpreter', givenOn: '2026-10-29' }],
      [{ organisationId: 'klaipeda', source: 'service', on: '2026-10-29' }],
    ],
    [
      'a service given 31 days ago does not',
      [],
      [{ organisationId: 'klaipeda', type: 'interpreter', givenOn: '2026-10-27' }],
      [],
    ],
    [
      'one warning per organisation, with its latest service',
      [],
      [
        { organisationId: 'iom', type: 'interpreter', givenOn: '2026-11-10' },
        { organisationId: 'iom', type: 'interpreter', givenOn: '2026-11-20' },
      ],
      [{ organisationId: 'iom', source: 'service', on: '2026-11-20' }],
    ],
  ] as const)('%s', (_name, plan, given, expected) => {
    expect(overlapsFor(item, plan, given, TODAY, team)).toEqual(expected);
  });
});

describe('who corrects or removes a recorded service', () => {
  it.each([
    ['the organisation that recorded it', 'caritas', 'caritas', null],
    ['another organisation of the team', 'caritas', 'iom', 'not_recorder'],
  ] as const)('%s', (_name, recordedBy, acting, expected) => {
    expect(serviceChangeRefusal(recordedBy, acting)).toBe(expected);
  });
});

describe('dates', () => {
  it.each([
    ['2026-11-27', null],
    ['2026-11-28', 'service_in_future'],
    ['2026-10-01', null],
    ['2026-09-30', 'service_before_case'],
  ])('a service on %s → %s', (givenOn, problem) => {
    expect(serviceDateProblem(givenOn, '2026-10-01', TODAY)).toBe(problem);
  });

  it.each([
    ['2026-11-27', 0, '2026-11-27'],
    ['2026-11-27', 5, '2026-12-02'],
    ['2026-03-01', -1, '2026-02-28'],
    ['2024-02-28', 1, '2024-02-29'],
    ['2026-10-24', 2, '2026-10-26'],
  ])('%s shifted by %i → %s', (day, n, expected) => {
    expect(shiftDay(day, n)).toBe(expected);
  });

  it('plan review: the day asked for, else the configured period after agreement', () => {
    expect(planReviewOn('2026-11-27', '2026-12-15', 90)).toBe('2026-12-15');
    expect(planReviewOn('2026-11-27', undefined, 90)).toBe('2027-02-25');
  });
});

describe('the identification card', () => {
  const ready = {
    kind: 'trafficking' as const,
    identified: true,
    identity: 'held' as const,
    restricted: false,
    anonymised: false,
  };
  it.each([
    ['an identified victim with a known identity', {}, []],
    ['another crime', { kind: 'other_crime' }, ['card_not_trafficking']],
    ['not formally identified', { identified: false }, ['card_not_identified']],
    ['anonymous', { identity: 'none' }, ['card_no_identity']],
    ['erased', { identity: 'erased' }, ['card_no_identity']],
    ['restricted', { restricted: true }, ['restricted']],
    ['anonymised', { anonymised: true, identity: 'erased' }, ['card_no_identity', 'card_anonymised']],
  ] as const)('%s → %j', (_name, change, expected) => {
    expect(cardRefusals({ ...ready, ...change })).toEqual([...expected]);
  });

  it.each([
    [{ revokedAt: null, validUntil: '2026-11-27' }, 'valid'],
    [{ revokedAt: null, validUntil: '2026-11-26' }, 'expired'],
    [{ revokedAt: new Date(), validUntil: '2027-11-27' }, 'revoked'],
  ] as const)('%j is %s', (card, status) => {
    expect(cardStatusOf(card, TODAY)).toBe(status);
  });
});

it('adds the costs of a return to the cent', () => {
  expect(totalCost([{ costEur: 0.1 }, { costEur: 0.2 }, {}, { costEur: null }, { costEur: 120 }])).toBe(
    120.3,
  );
});

describe('who in law enforcement knows of a case, as the card says it', () => {
  const police = { name: 'Lietuvos policija', functions: ['first_contact', 'investigator'] };
  const borderGuard = { name: 'VSAT', functions: ['first_contact', 'investigator'] };
  const caritas = { name: 'Caritas', functions: ['first_contact', 'support_service'] };
  const inspectorate = { name: 'VDI', functions: ['first_contact'] };
  it.each([
    ['Kauno apygardos prokuratūra', 'ngo', caritas, 'Kauno apygardos prokuratūra'],
    [null, 'police', police, 'Lietuvos policija'],
    [null, 'border_guard', borderGuard, 'VSAT'],
    // The border guard opened it, whatever kind of first contact its officer chose.
    [null, 'ngo', borderGuard, 'VSAT'],
    [null, 'prosecutor_or_court', { name: 'Prokuratūra', functions: ['first_contact'] }, 'Prokuratūra'],
    [null, 'ngo', caritas, null],
    [null, 'labour_inspectorate', inspectorate, null],
    [null, 'police', null, null],
  ] as const)(
    'investigation %s, first contact %s by %j → %s',
    (investigation, firstContactKind, origin, expected) => {
      expect(lawEnforcementKnowing({ investigation, firstContactKind, origin })).toBe(expected);
    },
  );
});

describe('why the police may see a case', () => {
  it.each([
    [true, false, false, 'consent'],
    [true, true, false, 'consent'],
    [false, true, false, 'proceedings'],
    [false, false, true, 'proceedings'],
    [false, false, false, null],
  ] as const)(
    'consent %s, investigation %s, in proceedings %s → %s',
    (consent, recorded, proceedings, ground) => {
      expect(
        policeGround({
          consentToLawEnforcement: consent,
          investigationRecorded: recorded,
          inProceedings: proceedings,
        }),
      ).toBe(ground);
    },
  );
});

describe('what the Ministry of Justice may record on a claim', () => {
  it.each([
    [null, 'receive', 'claim_not_sent'],
    ['sent', 'receive', null],
    ['sent', 'request_documents', 'claim_not_received'],
    ['sent', 'decide', 'claim_not_received'],
    ['received', 'receive', 'claim_received'],
    ['received', 'request_documents', null],
    ['received', 'decide', null],
    ['documents_requested', 'request_documents', null],
    ['documents_requested', 'decide', null],
    ['decided', 'decide', 'claim_decided'],
    ['decided', 'receive', 'claim_decided'],
  ] as const)('%s, %s → %s', (stage, step, refusal) => {
    expect(claimStepRefusal(stage, step)).toBe(refusal);
  });
  it.each([
    ['receive', 'received'],
    ['request_documents', 'documents_requested'],
    ['decide', 'decided'],
  ] as const)('%s leaves it %s', (step, stage) => {
    expect(stageAfter(step)).toBe(stage);
  });
});
