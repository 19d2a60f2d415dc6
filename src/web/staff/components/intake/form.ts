import type {
  AgeBand,
  CaseKind,
  CitizenshipPathway,
  CONSENT_ANSWERS,
  ConsentMethod,
  ConsentScope,
  ExploitationForm,
  FirstContactKind,
  Identity,
  Indicator,
  IntakeDraftData,
  OtherCrime,
  Sex,
  UrgentNeed,
} from '../../contract/cases.ts';
import { pathwayOf } from '../../contract/cases.ts';
import { fromLocalInput, toLocalInput } from '../../time.ts';
import { countryCode } from '../CountryField.tsx';
import { readLanguages } from '../LanguagesField.tsx';

// The intake form as the screen holds it (what was typed, as typed) and as the draft is saved
// (only values the server accepts, so that a half-typed code never stops the draft being saved).

export interface IdentityForm {
  givenName: string;
  familyName: string;
  birthDate: string;
  documentKind: string;
  documentNumber: string;
  phone: string;
}

export interface IntakeForm {
  kind: CaseKind | '';
  exploitationForms: ExploitationForm[];
  otherCrime: OtherCrime | '';
  firstContactKind: FirstContactKind | '';
  /** A datetime-local value, in Vilnius time. */
  metAt: string;
  municipality: string;
  placeNote: string;
  indicators: Indicator[];
  sex: Sex | '';
  age: string;
  ageBand: AgeBand | '';
  /** Ticked by hand: the person seems to be a child though the age is not known. */
  child: boolean;
  citizenship: string;
  /** Where the person was trafficked to, as typed: a consular mission's record of a citizen abroad. */
  destinationCountry: string;
  /** The languages chosen, by their ISO 639-1 codes. */
  languages: string[];
  /** What is typed in the languages field and not yet taken as a language. */
  languageText: string;
  interpreterNeeded: boolean;
  urgentNeeds: UrgentNeed[];
  disability: boolean;
  /** Null while the person stays anonymous. */
  identity: IdentityForm | null;
  /** Each consent asked for: given (spoken or signed) or refused; a consent not asked is absent. */
  consents: Partial<Record<ConsentScope, ConsentAnswer>>;
  supportServiceId: string;
}

/** The answer to a consent: not asked, refused, or given spoken or signed. */
export type ConsentAnswer = (typeof CONSENT_ANSWERS)[number];

export const EMPTY_IDENTITY: IdentityForm = {
  givenName: '',
  familyName: '',
  birthDate: '',
  documentKind: 'passport',
  documentNumber: '',
  phone: '',
};

/** Which return pathway citizenship opens (seed 000): home, to an EU country, or through IOM. */
export function pathwayFor(citizenship: string): CitizenshipPathway {
  return pathwayOf(countryCode(citizenship) ?? undefined);
}

/** A whole number of years from 0 to 120, or null. */
export function ageYears(text: string): number | null {
  if (!/^\d{1,3}$/.test(text.trim())) return null;
  const age = Number(text.trim());
  return age <= 120 ? age : null;
}

/** A child by age, or (the age not known) by age band or ticked as one. */
export function isChild(form: IntakeForm): boolean {
  const age = ageYears(form.age);
  if (age !== null) return age < 18;
  return form.child || form.ageBand === '0-13' || form.ageBand === '14-17';
}

/** The languages to save: those chosen, and those typed but not yet taken from the field. */
export function languageCodes(form: Pick<IntakeForm, 'languages' | 'languageText'>): string[] {
  return [...new Set([...form.languages, ...readLanguages(form.languageText).codes])].slice(0, 10);
}

/** The identity to save, or nothing while no given name is typed (the server needs one). */
export function identityData(form: IdentityForm): Identity | undefined {
  if (form.givenName.trim() === '') return undefined;
  const identity: Identity = { givenName: form.givenName.trim() };
  if (form.familyName.trim()) identity.familyName = form.familyName.trim();
  if (/^\d{4}-\d{2}-\d{2}$/.test(form.birthDate)) identity.birthDate = form.birthDate;
  if (form.documentNumber.trim()) {
    identity.documents = [{ kind: form.documentKind || 'other', number: form.documentNumber.trim() }];
  }
  if (form.phone.trim()) identity.contacts = [{ kind: 'phone', value: form.phone.trim() }];
  return identity;
}

/**
 * A correction made with the short identity form: what the form shows is replaced, and what it does
 * not show (further documents and contacts, address, notes) is kept as it was.
 */
export function correctedIdentity(original: Identity, form: IdentityForm): Identity | undefined {
  const edited = identityData(form);
  if (!edited) return undefined;
  const phone = (original.contacts ?? []).findIndex((c) => c.kind === 'phone');
  const documents = [...(edited.documents ?? []), ...(original.documents ?? []).slice(1)];
  const contacts = [...(edited.contacts ?? []), ...(original.contacts ?? []).filter((_, i) => i !== phone)];
  return {
    ...edited,
    ...(documents.length > 0 ? { documents } : {}),
    ...(contacts.length > 0 ? { contacts } : {}),
    ...(original.address ? { address: original.address } : {}),
    ...(original.notes ? { notes: original.notes } : {}),
  };
}

export function identityForm(identity: Identity): IdentityForm {
  return {
    givenName: identity.givenName,
    familyName: identity.familyName ?? '',
    birthDate: identity.birthDate ?? '',
    documentKind: identity.documents?.[0]?.kind ?? 'passport',
    documentNumber: identity.documents?.[0]?.number ?? '',
    phone: identity.contacts?.find((c) => c.kind === 'phone')?.value ?? '',
  };
}

/** What to save: every value the server will accept, nothing empty or half-typed. */
export function toDraftData(form: IntakeForm): IntakeDraftData {
  const data: IntakeDraftData = {
    exploitationForms: form.exploitationForms,
    indicators: form.indicators,
    urgentNeeds: form.urgentNeeds,
    languages: languageCodes(form),
    interpreterNeeded: form.interpreterNeeded,
    disability: form.disability,
    child: isChild(form),
    citizenshipPathway: pathwayFor(form.citizenship),
    consents: Object.entries(form.consents)
      .filter(([, answer]) => answer === 'spoken' || answer === 'signed')
      .map(([scope, method]) => ({
        scope: scope as ConsentScope,
        method: method as ConsentMethod,
        ...(scope === 'referral_to_support_service' && form.supportServiceId
          ? { organisationId: form.supportServiceId }
          : {}),
      })),
    consentsRefused: Object.entries(form.consents)
      .filter(([, answer]) => answer === 'refused')
      .map(([scope]) => scope as ConsentScope),
  };
  if (form.kind) data.kind = form.kind;
  if (form.kind === 'other_crime' && form.otherCrime) data.otherCrime = form.otherCrime;
  if (form.kind !== 'trafficking') data.exploitationForms = [];
  if (form.firstContactKind) data.firstContactKind = form.firstContactKind;
  const metAt = fromLocalInput(form.metAt);
  if (metAt) data.metAt = metAt;
  if (form.municipality) data.municipality = form.municipality;
  if (form.placeNote.trim()) data.placeNote = form.placeNote.trim().slice(0, 500);
  if (form.sex) data.sex = form.sex;
  const age = ageYears(form.age);
  if (age !== null) data.age = age;
  // The server takes the age band from the age when there is one.
  if (age === null && form.ageBand) data.ageBand = form.ageBand;
  const citizenship = countryCode(form.citizenship);
  if (citizenship) data.citizenship = citizenship;
  const destinationCountry = countryCode(form.destinationCountry);
  if (destinationCountry) data.destinationCountry = destinationCountry;
  const identity = form.identity ? identityData(form.identity) : undefined;
  if (identity) data.identity = identity;
  if (form.supportServiceId) data.supportServiceId = form.supportServiceId;
  return data;
}

/** The form for a saved draft; the defaults fill what the draft does not say. */
export function fromDraftData(data: IntakeDraftData, defaults: Partial<IntakeForm> = {}): IntakeForm {
  const consents: IntakeForm['consents'] = {};
  for (const consent of data.consents ?? []) consents[consent.scope] = consent.method;
  for (const scope of data.consentsRefused ?? []) consents[scope] = 'refused';
  return {
    kind: data.kind ?? defaults.kind ?? '',
    exploitationForms: data.exploitationForms ?? [],
    otherCrime: data.otherCrime ?? '',
    firstContactKind: data.firstContactKind ?? defaults.firstContactKind ?? '',
    metAt: data.metAt ? toLocalInput(data.metAt) : (defaults.metAt ?? ''),
    municipality: data.municipality ?? defaults.municipality ?? '',
    placeNote: data.placeNote ?? '',
    indicators: data.indicators ?? [],
    sex: data.sex ?? '',
    age: data.age === undefined ? '' : String(data.age),
    ageBand: data.age === undefined ? (data.ageBand ?? '') : '',
    // Ticked by hand only when the age does not already say so.
    child: (data.child ?? false) && data.age === undefined && !['0-13', '14-17'].includes(data.ageBand ?? ''),
    citizenship: data.citizenship ?? defaults.citizenship ?? '',
    destinationCountry: data.destinationCountry ?? '',
    languages: data.languages ?? [],
    languageText: '',
    interpreterNeeded: data.interpreterNeeded ?? false,
    urgentNeeds: data.urgentNeeds ?? [],
    disability: data.disability ?? false,
    identity: data.identity ? identityForm(data.identity) : null,
    consents,
    supportServiceId: data.supportServiceId ?? '',
  };
}
