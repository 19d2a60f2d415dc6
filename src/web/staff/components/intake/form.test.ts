import { describe, expect, it } from 'vitest';
import { countryCode } from '../CountryField.tsx';
import { languageCode, readLanguages } from '../LanguagesField.tsx';
import {
  correctedIdentity,
  EMPTY_IDENTITY,
  fromDraftData,
  type IntakeForm,
  identityForm,
  isChild,
  pathwayFor,
  toDraftData,
} from './form.ts';
import { byFormField, missingFields, stepOf } from './steps.ts';

const blank: IntakeForm = fromDraftData({}, { metAt: '2026-01-05T22:30', municipality: 'LT-57' });

describe('the intake form', () => {
  it('sets the return pathway from the citizenship code', () => {
    expect(pathwayFor('lt')).toBe('lithuanian');
    expect(pathwayFor('PL')).toBe('eu');
    expect(pathwayFor('UZ')).toBe('third_country');
    expect(pathwayFor('UA')).toBe('third_country');
    expect(pathwayFor('U')).toBe('unknown');
    expect(pathwayFor('')).toBe('unknown');
  });

  it.each([
    ['UA', 'UA'],
    ['ukr', 'UA'],
    ['UKR', 'UA'],
    ['Ukraina', 'UA'],
    ['ukraine', 'UA'],
    ['  Uzbekistanas ', 'UZ'],
    ['Lietuva', 'LT'],
    ['Baltarusija', 'BY'],
    ['united kingdom', 'GB'],
    ['UK', null],
    ['XX', null],
    ['Atlantis', null],
    ['', null],
  ])('reads the citizenship %j as %s', (typed, code) => {
    expect(countryCode(typed)).toBe(code);
  });

  it('treats a person under 18 as a child, by age, by band or ticked', () => {
    expect(isChild({ ...blank, age: '16' })).toBe(true);
    expect(isChild({ ...blank, age: '18' })).toBe(false);
    expect(isChild({ ...blank, ageBand: '0-13' })).toBe(true);
    expect(isChild({ ...blank, child: true })).toBe(true);
    expect(isChild({ ...blank, age: '30', child: true })).toBe(false);
  });

  it('saves only what the server accepts, never a half-typed value', () => {
    const data = toDraftData({
      ...blank,
      kind: 'trafficking',
      exploitationForms: ['ForcedLabour'],
      otherCrime: 'fraud',
      citizenship: 'U',
      age: '3x',
      languages: ['uz'],
      // Typed and not yet taken from the field: still saved, an unknown word left out.
      languageText: 'russian, xx, Uzbek',
      identity: { ...EMPTY_IDENTITY, familyName: 'only a family name' },
    });
    expect(data.metAt).toBe('2026-01-05T22:30:00+02:00');
    expect(data.citizenship).toBeUndefined();
    expect(data.citizenshipPathway).toBe('unknown');
    expect(data.age).toBeUndefined();
    expect(data.otherCrime).toBeUndefined();
    expect(data.languages).toEqual(['uz', 'ru']);
    expect(data.identity).toBeUndefined();
  });

  it('comes back from a saved draft as it was typed', () => {
    const form: IntakeForm = {
      ...blank,
      kind: 'trafficking',
      exploitationForms: ['ForcedLabour'],
      firstContactKind: 'border_guard',
      sex: 'male',
      age: '34',
      citizenship: 'UZ',
      languages: ['uz', 'ru'],
      interpreterNeeded: true,
      identity: { ...EMPTY_IDENTITY, givenName: 'Aziz', documentNumber: 'AB123' },
      consents: {
        referral_to_national_contact_point: 'spoken',
        referral_to_support_service: 'signed',
        share_identity: 'refused',
      },
      supportServiceId: '7f0c6d0e-1d5c-4f0e-9b4a-2f7e3f1a2b3c',
    };
    const data = toDraftData(form);
    expect(data.age).toBe(34);
    expect(data.ageBand).toBeUndefined();
    expect(data.consents).toContainEqual({
      scope: 'referral_to_support_service',
      method: 'signed',
      organisationId: form.supportServiceId,
    });
    // A refusal is saved apart from a consent not asked (contact_by_phone: absent from both).
    expect(data.consentsRefused).toEqual(['share_identity']);
    expect(data.consents?.map((c) => c.scope)).not.toContain('share_identity');
    expect(fromDraftData(data)).toEqual(form);
  });

  it('lists what is missing and where, and puts server messages under their fields', () => {
    expect(missingFields({ ...blank, municipality: '' })).toEqual([
      'kind',
      'firstContactKind',
      'municipality',
      'sex',
    ]);
    expect(missingFields({ ...blank, kind: 'trafficking' })).toContain('exploitationForms');
    expect(stepOf('body.data.identity.givenName')).toBe('person');
    expect(stepOf('data.consents.0.scope')).toBe('consent');
    expect(byFormField({ 'data.municipality': 'required', 'data.identity.givenName': 'too long' })).toEqual({
      municipality: 'required',
      identity: 'too long',
    });
  });

  it('corrects an identity with the short form and keeps what the form does not show', () => {
    const held = {
      givenName: 'Olena',
      familyName: 'Kovalenko',
      documents: [
        { kind: 'passport', number: 'FE123456' },
        { kind: 'id_card', number: '000111' },
      ],
      contacts: [
        { kind: 'email' as const, value: 'o@example.org' },
        { kind: 'phone' as const, value: '+380 67 000 0000' },
      ],
      address: 'Kaunas',
      notes: 'Prefers Ukrainian.',
    };
    const form = { ...identityForm(held), givenName: 'Олена', phone: '+370 600 00000' };
    expect(correctedIdentity(held, form)).toEqual({
      givenName: 'Олена',
      familyName: 'Kovalenko',
      documents: held.documents,
      contacts: [
        { kind: 'phone', value: '+370 600 00000' },
        { kind: 'email', value: 'o@example.org' },
      ],
      address: 'Kaunas',
      notes: 'Prefers Ukrainian.',
    });
    expect(correctedIdentity(held, { ...form, givenName: ' ' })).toBeUndefined();
  });

  it('reads languages typed by name in Lithuanian, English or their own words, or by code, and names what it does not know', () => {
    expect(readLanguages('Uzbek, Russian')).toEqual({ codes: ['uz', 'ru'], unknown: [], rest: '' });
    expect(readLanguages('uzbekų; rusų ,UK, русский')).toEqual({
      codes: ['uz', 'ru', 'uk', 'ru'],
      unknown: [],
      rest: '',
    });
    expect(readLanguages('Uzbek, Klingon')).toEqual({ codes: ['uz'], unknown: ['Klingon'], rest: '' });
    // While typing, the part after the last comma waits: "Malay" may yet become "Malayalam".
    expect(readLanguages('Uzbek, Malay', false)).toEqual({ codes: ['uz'], unknown: [], rest: ' Malay' });
    expect(languageCode('xx')).toBeNull();
    expect(languageCode('Lietuvių')).toBe('lt');
  });
});
