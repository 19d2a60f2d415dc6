import type { EXPLOITATION_FORMS } from '../../../cases/catalogue.ts';
import type {
  INVESTIGATING_INSTITUTIONS,
  NEED_DOMAINS,
  PLAN_ITEM_STATUSES,
  PRINT_LANGUAGES,
  RISK_LEVELS,
  SERVICE_TYPES,
  URGENCIES,
} from '../../catalogue.ts';

export type PrintLanguage = (typeof PRINT_LANGUAGES)[number];
/** The card is issued in Lithuanian or English only: the languages officials abroad read it in. */
export type CardLanguage = 'lt' | 'en';

/** A label for every code of a closed list: a code added to the list and not here is a type error. */
type Labels<List extends readonly string[]> = Record<List[number], string>;

/** One part of the leaflet: a right, what it means, and who ensures it. */
export type LeafletPart = { heading: string; points: string[]; who: string };

/** Words every printed document uses, in each of the four print languages. */
export type PrintTexts = {
  page: (page: number, pages: number) => string;
  phone: string;
  email: string;
  codes: {
    need: Labels<typeof NEED_DOMAINS>;
    service: Labels<typeof SERVICE_TYPES>;
    planStatus: Labels<typeof PLAN_ITEM_STATUSES>;
  };
  leaflet: {
    title: { trafficking: string; other_crime: string };
    intro: string;
    givenBy: string;
    urgent: { heading: string; emergency: string; helpLine: string };
    whoLabel: string;
    information: LeafletPart;
    support: LeafletPart;
    trafficking: LeafletPart;
    legalAid: LeafletPart;
    protection: LeafletPart;
    compensation: LeafletPart;
    return: LeafletPart;
  };
  plan: {
    title: string;
    intro: string;
    reference: string;
    preparedBy: string;
    printedOn: string;
    columns: { need: string; measure: string; organisation: string; dueOn: string; status: string };
    noItems: string;
    agreement: string;
    agreedOn: string;
    victimWords: string;
    reviewOn: string;
    notAgreed: string;
    signatures: string;
    person: string;
    caseWorker: string;
    signature: string;
    date: string;
  };
};

/** The identification card and its verification page, in Lithuanian and English. */
export type CardTexts = {
  title: string;
  number: string;
  issuedOn: string;
  validUntil: string;
  scanToCheck: string;
  confidential: string;
  notRecorded: string;
  page: (number: string, page: number, pages: number) => string;
  sections: {
    personal: string;
    case: string;
    health: string;
    risk: string;
    investigation: string;
    victimContacts: string;
    officer: string;
    ngo: string;
  };
  fields: {
    givenName: string;
    familyName: string;
    birthDate: string;
    sex: string;
    citizenship: string;
    documents: string;
    reference: string;
    exploitation: string;
    metOn: string;
    municipality: string;
    identifiedOn: string;
    assistance: string;
    needs: string;
    healthNote: string;
    psychologicalNote: string;
    riskLevel: string;
    riskReasons: string;
    institution: string;
    caseNumber: string;
    startedOn: string;
    name: string;
    contact: string;
    organisation: string;
    representative: string;
  };
  notAssessed: string;
  noInvestigation: string;
  /** `{by}`: the institution that knows of the case. */
  knownToLawEnforcementNoOfficer: string;
  notKnownToLawEnforcement: string;
  codes: {
    exploitation: Labels<typeof EXPLOITATION_FORMS>;
    urgency: Labels<typeof URGENCIES>;
    risk: Labels<typeof RISK_LEVELS>;
    institution: Labels<typeof INVESTIGATING_INSTITUTIONS>;
    sex: Record<'female' | 'male' | 'other' | 'unknown', string>;
    documentKind: Record<'passport' | 'id_card' | 'residence_permit' | 'other', string>;
    contactKind: Record<'phone' | 'email' | 'other', string>;
  };
  verify: {
    title: string;
    status: Record<'valid' | 'revoked' | 'expired' | 'unknown', { heading: string; explanation: string }>;
    noPersonalData: string;
    otherLanguage: string;
    /** The organisation that issued the card. */
    issuedBy: string;
    phone: string;
    email: string;
    report: {
      heading: string;
      /** What to do about a card that seems false or misused: whom to tell. */
      explanation: string;
      /** Introduces the national point of contact's name and contacts. */
      contactPoint: string;
    };
  };
};
