import type { CardLanguage } from './texts/index.ts';

// What the identification card prints (seed 000), as plain data: the route gathers and opens it.

export type CardPerson = {
  givenName: string;
  familyName: string | null;
  birthDate: string | null;
  sex: string;
  /** ISO 3166-1 alpha-2. */
  citizenship: string | null;
  documents: { kind: string; number: string }[];
};

export type CardCaseDescription = {
  reference: string;
  /** EXPLOITATION_FORMS codes. */
  exploitationForms: string[];
  metOn: string;
  /** ISO 3166-2:LT code; null when none of the 60 is known. */
  municipality: string | null;
  identifiedOn: string | null;
  /** SERVICE_TYPES codes and how many times each was given. */
  services: { type: string; count: number }[];
};

export type IdentificationCardInput = {
  language: CardLanguage;
  number: string;
  issuedOn: string;
  validUntil: string;
  /** The public address that says whether this card is valid; the QR code holds it. */
  verifyUrl: string;
  person: CardPerson;
  caseDescription: CardCaseDescription;
  /** `domain` a NEED_DOMAINS code, `urgency` an URGENCIES code. */
  health: {
    needs: { domain: string; urgency: string }[];
    healthNote: string | null;
    psychologicalNote: string | null;
  };
  risk: { level: 'low' | 'medium' | 'high'; reasons: string | null } | null;
  /** `institution` an INVESTIGATING_INSTITUTIONS code. */
  investigation: { institution: string; caseNumber: string | null; startedOn: string | null } | null;
  victimContacts: { kind: string; value: string }[];
  /** Null when the case is not known to law enforcement. */
  lawEnforcementOfficer: { name: string | null; contact: string | null } | null;
  /** The institution of law enforcement that knows of the case, or null when none does. */
  knownToLawEnforcementBy: string | null;
  ngo: { organisation: string; representative: string | null; phone: string | null; email: string | null };
  fontPath: string;
};
