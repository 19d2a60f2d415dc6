import { z } from 'zod';
import { AgeBand, CitizenshipPathway, Identity, Sex } from '../people/model.ts';
import {
  CASE_KINDS,
  CASE_STATES,
  CONSENT_METHODS,
  CONSENT_SCOPES,
  COOPERATION_OUTCOMES,
  DEADLINE_KINDS,
  EXPLOITATION_FORMS,
  FIRST_CONTACT_KINDS,
  IDENTIFICATION_OUTCOMES,
  INDICATORS,
  isLanguageCode,
  NOTE_VISIBILITIES,
  OTHER_CRIMES,
  REFERRAL_PURPOSES,
  REFERRAL_STATUSES,
  RESIDENCE_PERMIT_STATUSES,
  TRANSITIONS,
  URGENT_NEEDS,
  WORKFLOW_ACTIONS,
} from './catalogue.ts';
import { countryCodeOf } from './countries.ts';
import { municipalityCodeOf } from './municipalities.ts';

export const CaseKind = z.enum(CASE_KINDS);
export const CaseState = z.enum(CASE_STATES as [string, ...string[]]);
export const ExploitationForm = z.enum(EXPLOITATION_FORMS);
export const OtherCrime = z.enum(OTHER_CRIMES);
export const Indicator = z.enum(INDICATORS as unknown as [string, ...string[]]);
export const UrgentNeed = z.enum(URGENT_NEEDS);
export const FirstContactKind = z.enum(FIRST_CONTACT_KINDS);
export const ConsentScope = z.enum(CONSENT_SCOPES);
export const ConsentMethod = z.enum(CONSENT_METHODS);
export const ReferralPurpose = z.enum(REFERRAL_PURPOSES);
export const ReferralStatus = z.enum(REFERRAL_STATUSES);
export const IdentificationOutcome = z.enum(IDENTIFICATION_OUTCOMES);
export const CooperationOutcome = z.enum(COOPERATION_OUTCOMES);

/** The identification decision as the case keeps it: its reasons sealed under the person's key. */
export const StoredIdentification = z.object({
  outcome: IdentificationOutcome,
  reasonsSealed: z.string().nullable(),
  decidedOn: z.string(),
  by: z.string(),
});
export type StoredIdentification = z.infer<typeof StoredIdentification>;

/** The cooperation decision as the case keeps it: its note sealed, and gone once the person is erased. */
export const StoredCooperation = z.object({
  outcome: CooperationOutcome,
  decidedOn: z.string(),
  by: z.string(),
  noteSealed: z.string().nullable().optional(),
  /** A note written before notes were sealed, still in the clear until the person is erased. */
  note: z.string().nullable().optional(),
});
export type StoredCooperation = z.infer<typeof StoredCooperation>;
export const ResidencePermitStatus = z.enum(RESIDENCE_PERMIT_STATUSES);
export const Transition = z.enum(TRANSITIONS);
export const WorkflowAction = z.enum(WORKFLOW_ACTIONS);
export const DeadlineKind = z.enum(DEADLINE_KINDS);
export const NoteVisibility = z.enum(NOTE_VISIBILITIES);
export type CaseKind = z.infer<typeof CaseKind>;
export type WorkflowAction = z.infer<typeof WorkflowAction>;

export const Text = (max: number) => z.string().trim().min(1).max(max);
/**
 * A country by its ISO 3166-1 code, two letters or the three printed on passports ("UKR"), kept as
 * the two-letter code; a code that names no country ("XX") is refused rather than stored.
 */
export const Country = z
  .string()
  .max(60)
  .transform((text, ctx) => {
    const code = countryCodeOf(text);
    if (code) return code;
    ctx.addIssue({
      code: 'custom',
      message: 'unknown_country: use an ISO 3166 country code such as UA or UKR.',
    });
    return z.NEVER;
  });
/** One of Lithuania's 60 municipalities by its ISO 3166-2:LT code ("LT-57"); a typed name is read as the code it means. */
export const Municipality = z
  .string()
  .max(80)
  .transform((text, ctx) => {
    const code = municipalityCodeOf(text);
    if (code) return code;
    ctx.addIssue({
      code: 'custom',
      message: "unknown_municipality: choose one of Lithuania's 60 municipalities.",
    });
    return z.NEVER;
  });
/** A language by its ISO 639-1 code ("uz"), in any case; a code that names no language is refused. */
const LanguageCode = z.string().trim().toLowerCase().refine(isLanguageCode, {
  message: 'unknown_language: use an ISO 639-1 language code such as uz or ru.',
});
const NotInFuture = z.iso.datetime({ offset: true }).refine((v) => Date.parse(v) <= Date.now() + 5 * 60_000, {
  message: 'in_future: cannot be in the future',
});
/** Today in Vilnius, as a calendar date: a decision dated after it is in the future. */
export const todayInVilnius = () =>
  new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Vilnius' }).format(new Date());
export const DateNotInFuture = z.iso
  .date()
  .refine((v) => v <= todayInVilnius(), { message: 'in_future: cannot be in the future' });
/** A date a period can start on: within five years either way of today. */
export const PlausibleDate = z.iso
  .date()
  .refine((v) => Math.abs(Date.parse(`${v}T00:00:00Z`) - Date.now()) <= 5 * 366 * 86_400_000, {
    message: 'within_five_years: must be within five years of today',
  });

export const ConsentGiven = z.object({
  scope: ConsentScope,
  method: ConsentMethod,
  /** For a referral to a support service: which one the person agreed to. */
  organisationId: z.uuid().optional(),
});

/**
 * The first responder's record, field by field. A draft holds any part of it; submitting checks the
 * whole (IntakeRecord). Everything here is non-identifying except `identity`, which is sealed.
 */
const IntakeFields = z.object({
  kind: CaseKind,
  metAt: NotInFuture,
  municipality: Municipality,
  placeNote: z.string().trim().max(500),
  firstContactKind: FirstContactKind,
  exploitationForms: z.array(ExploitationForm).max(11),
  otherCrime: OtherCrime,
  indicators: z.array(Indicator).max(INDICATORS.length),
  sex: Sex,
  age: z.number().int().min(0).max(120),
  ageBand: AgeBand,
  child: z.boolean(),
  citizenship: Country,
  citizenshipPathway: CitizenshipPathway,
  /** The country the person was trafficked to, where they were exploited or are now (seed 000). */
  destinationCountry: Country,
  languages: z.array(LanguageCode).max(10),
  interpreterNeeded: z.boolean(),
  urgentNeeds: z.array(UrgentNeed).max(URGENT_NEEDS.length),
  disability: z.boolean(),
  identity: Identity,
  consents: z.array(ConsentGiven).max(10),
  /** Consents the person was asked for and refused; a scope in neither list was not asked. */
  consentsRefused: z.array(ConsentScope).max(CONSENT_SCOPES.length),
  /** A support service the person agreed to be referred to, chosen from the directory. */
  supportServiceId: z.uuid(),
});

export const IntakeDraftData = IntakeFields.partial();
export type IntakeDraftData = z.infer<typeof IntakeDraftData>;

export const SaveDraftInput = z.object({
  data: IntakeDraftData,
  /** The version the client last saw; absent for a new draft. */
  version: z.number().int().min(0).optional(),
});

export const IntakeRecord = IntakeFields.partial({
  placeNote: true,
  exploitationForms: true,
  otherCrime: true,
  indicators: true,
  age: true,
  ageBand: true,
  child: true,
  citizenship: true,
  citizenshipPathway: true,
  destinationCountry: true,
  languages: true,
  interpreterNeeded: true,
  urgentNeeds: true,
  disability: true,
  identity: true,
  consents: true,
  consentsRefused: true,
  supportServiceId: true,
})
  .refine((r) => r.kind !== 'trafficking' || (r.exploitationForms?.length ?? 0) > 0, {
    path: ['exploitationForms'],
    message: 'exploitation_required: choose at least one form of exploitation (or Other)',
  })
  .refine((r) => r.kind !== 'other_crime' || r.otherCrime !== undefined, {
    path: ['otherCrime'],
    message: 'crime_required: choose the crime',
  })
  .refine((r) => !(r.consentsRefused ?? []).some((scope) => r.consents?.some((c) => c.scope === scope)), {
    path: ['consentsRefused'],
    message: 'consent_given_and_refused: a consent is either given or refused, not both.',
  })
  // A consular mission meets the person abroad: where they are is what the return starts from.
  .refine((r) => r.firstContactKind !== 'consular_mission' || r.destinationCountry !== undefined, {
    path: ['destinationCountry'],
    message: 'destination_required: a consular mission records the country the person is in.',
  });
export type IntakeRecord = z.infer<typeof IntakeRecord>;

export const DraftView = z.object({
  id: z.uuid(),
  data: IntakeDraftData,
  version: z.number().int(),
  updatedAt: z.string(),
  submittedCaseId: z.uuid().nullable(),
});
export const DraftList = z.object({ items: z.array(DraftView) });

export const SubmitResult = z.object({
  caseId: z.uuid(),
  reference: z.string(),
});

export const RecordConsentInput = ConsentGiven.extend({ version: z.number().int().min(0) });
export const WithdrawConsentInput = z.object({ reason: z.string().trim().max(500).optional() });

export const CreateReferralInput = z.object({
  toOrganisationId: z.uuid(),
  purpose: ReferralPurpose,
  note: z.string().trim().max(2000).optional(),
});
export const RespondReferralInput = z.discriminatedUnion('response', [
  z.object({ response: z.literal('accept'), version: z.number().int().min(0) }),
  z.object({ response: z.literal('decline'), version: z.number().int().min(0), reason: Text(1000) }),
  z.object({ response: z.literal('complete'), version: z.number().int().min(0) }),
  z.object({ response: z.literal('withdraw'), version: z.number().int().min(0), reason: Text(1000) }),
]);

export const TransitionInput = z.object({
  transition: Transition,
  version: z.number().int().min(0),
  reason: z.string().trim().max(1000).optional(),
});

export const IdentificationInput = z.object({
  outcome: IdentificationOutcome,
  reasons: Text(4000),
  decidedOn: DateNotInFuture,
  version: z.number().int().min(0),
});
export const CooperationInput = z.object({
  outcome: CooperationOutcome,
  decidedOn: DateNotInFuture,
  note: z.string().trim().max(2000).optional(),
  version: z.number().int().min(0),
});
export const ReflectionInput = z.object({
  startsOn: PlausibleDate,
  version: z.number().int().min(0),
});
export const ResidencePermitInput = z.object({
  status: ResidencePermitStatus,
  version: z.number().int().min(0),
});

export const AddIdentityInput = z.object({ identity: Identity, version: z.number().int().min(0) });
export const OpenIdentityInput = z.object({ reason: Text(500) });
export const NoteInput = z.object({ text: Text(5000), visibility: NoteVisibility });
export const DuplicateResolutionInput = z.object({
  resolution: z.enum(['link', 'dismiss', 'merge']),
  reason: Text(1000),
});

export const CaseQuery = z.object({
  state: CaseState.optional(),
  kind: CaseKind.optional(),
  overdue: z.enum(['true', 'false']).optional(),
});

export const OrganisationName = z.object({
  id: z.uuid(),
  name: z.object({ lt: z.string(), en: z.string() }),
});

export const DeadlineView = z.object({
  kind: DeadlineKind,
  dueAt: z.string(),
  overdue: z.boolean(),
  /** The referral or decision the deadline belongs to. */
  subjectId: z.string().nullable(),
  /** The organisation whose answer a referral waits for. */
  answerer: OrganisationName.nullable(),
});

export const ReferralView = z.object({
  id: z.uuid(),
  caseId: z.uuid(),
  from: OrganisationName,
  to: OrganisationName,
  purpose: ReferralPurpose,
  note: z.string().nullable(),
  sharesIdentity: z.boolean(),
  status: ReferralStatus,
  sentAt: z.string(),
  respondBy: z.string(),
  respondedAt: z.string().nullable(),
  declineReason: z.string().nullable(),
  version: z.number().int(),
});

export const CaseFacts = z.object({
  metAt: z.string(),
  /** ISO 3166-2:LT code; null where a name typed before the closed list named none of the 60. */
  municipality: z.string().nullable(),
  placeNote: z.string().nullable(),
  firstContactKind: FirstContactKind,
  exploitationForms: z.array(ExploitationForm),
  otherCrime: OtherCrime.nullable(),
  indicators: z.array(Indicator),
  age: z.number().int().nullable(),
  citizenship: z.string().nullable(),
  /** Absent on cases opened before the destination country was recorded. */
  destinationCountry: z.string().nullable().optional(),
  languages: z.array(z.string()),
  interpreterNeeded: z.boolean(),
  urgentNeeds: z.array(UrgentNeed),
  /** Consents refused at intake (absent on cases opened before refusals were recorded). */
  consentsRefused: z.array(ConsentScope).optional(),
});
export type CaseFacts = z.infer<typeof CaseFacts>;

export const CaseSummary = z.object({
  id: z.uuid(),
  reference: z.string(),
  kind: CaseKind,
  state: CaseState,
  child: z.boolean(),
  sex: Sex,
  ageBand: AgeBand,
  citizenshipPathway: CitizenshipPathway,
  origin: OrganisationName,
  openedAt: z.string(),
  updatedAt: z.string(),
  nextDeadline: DeadlineView.nullable(),
  version: z.number().int(),
});
export type CaseSummary = z.infer<typeof CaseSummary>;
export const CaseList = z.object({ items: z.array(CaseSummary) });

/** Finding a case: by its reference, or by the person's name and birth date (an exact match). */
export const CaseSearch = z.union([
  z.strictObject({ reference: z.string().trim().toUpperCase().min(1).max(40) }),
  z.strictObject({
    /** Given and family name, in either order, as recorded (accents and letter case do not matter). */
    name: z
      .string()
      .trim()
      .max(200)
      .refine((name) => /[\p{L}\p{N}]/u.test(name), {
        message: 'name_required: type the given and family name.',
      }),
    /** The birth date as recorded; absent to find people recorded without one. */
    birthDate: z.iso.date().optional(),
  }),
]);

/**
 * A referral waiting for an answer, with what the receiving organisation needs to decide: the case in
 * outline and what the person needs now (no identity, which travels only once accepted and consented).
 */
export const WaitingReferral = ReferralView.extend({
  case: CaseSummary.omit({ nextDeadline: true }).extend({
    needs: CaseFacts.pick({
      municipality: true,
      urgentNeeds: true,
      interpreterNeeded: true,
      languages: true,
      exploitationForms: true,
      otherCrime: true,
    }),
  }),
});
export const ReferralInbox = z.object({ items: z.array(WaitingReferral) });

export const TimelineEvent = z.object({
  id: z.uuid(),
  at: z.string(),
  type: z.string(),
  organisation: OrganisationName.nullable(),
  actorName: z.string().nullable(),
  detail: z.record(z.string(), z.unknown()),
  /** The reason given, in the staff member's words (sealed at rest). */
  reason: z.string().nullable(),
});

export const CaseView = CaseSummary.extend({
  facts: CaseFacts,
  disability: z.boolean(),
  /** none: anonymous; hidden: held but not shown to this actor; shown; erased. */
  identityState: z.enum(['none', 'hidden', 'openable', 'shown', 'erased']),
  identity: Identity.nullable(),
  team: z.array(
    OrganisationName.extend({
      role: z.string(),
      joinedAt: z.string(),
      leftAt: z.string().nullable(),
      /** The organisation's person responsible for the case, if one is named. */
      responsible: z.object({ userId: z.uuid(), name: z.string() }).nullable(),
    }),
  ),
  consents: z.array(
    z.object({
      id: z.uuid(),
      scope: ConsentScope,
      method: ConsentMethod,
      organisationId: z.uuid().nullable(),
      givenAt: z.string(),
      recordedBy: z.string(),
      withdrawnAt: z.string().nullable(),
    }),
  ),
  referrals: z.array(ReferralView),
  decisions: z.object({
    identification: z
      .object({
        outcome: IdentificationOutcome,
        /** Null once the person is erased: the reasons are sealed under their key. */
        reasons: z.string().nullable(),
        decidedOn: z.string(),
        by: z.string(),
      })
      .nullable(),
    cooperation: z
      .object({
        outcome: CooperationOutcome,
        decidedOn: z.string(),
        by: z.string(),
        note: z.string().nullable(),
      })
      .nullable(),
    reflection: z.object({ startsOn: z.string(), endsOn: z.string(), days: z.number().int() }).nullable(),
    residencePermit: ResidencePermitStatus.nullable(),
  }),
  deadlines: z.array(DeadlineView),
  /** What the acting membership may do next, so the screen offers only those. */
  allowedTransitions: z.array(Transition),
  timeline: z.array(TimelineEvent),
  notes: z.array(
    z.object({
      id: z.uuid(),
      at: z.string(),
      authorName: z.string(),
      organisation: OrganisationName,
      visibility: NoteVisibility,
      text: z.string(),
    }),
  ),
  possibleDuplicate: z.boolean(),
  /** The data protection officer restricted processing: the case is kept and read, not changed. */
  restricted: z.boolean(),
});
export type CaseView = z.infer<typeof CaseView>;

/** A deadline with the case it belongs to, for the lists of work. */
export const WorkDeadline = DeadlineView.extend({ caseId: z.uuid(), caseReference: z.string() });

export const DeskView = z.object({
  newReferrals: z.array(WaitingReferral),
  pendingIdentification: z.array(CaseSummary),
  /** Each deadline due soon or passed, one per organisation whose answer is awaited. */
  deadlines: z.array(WorkDeadline),
  duplicates: z.array(
    z.object({
      id: z.uuid(),
      caseId: z.uuid(),
      caseReference: z.string(),
      otherCaseId: z.uuid(),
      otherCaseReference: z.string(),
      flaggedAt: z.string(),
    }),
  ),
});

export const SuggestionList = z.object({
  items: z.array(
    OrganisationName.extend({
      services: z.array(z.object({ id: z.uuid(), name: z.string() })),
      cities: z.array(z.string()),
    }),
  ),
});

/** Name the acting organisation's person responsible for a case: oneself, or (a manager) a colleague. */
export const ResponsibleInput = z.strictObject({
  userId: z.uuid(),
  /** Why, when someone else was responsible: kept on the timeline and in the audit trail. */
  reason: z.string().trim().min(1).max(500).optional(),
});
export const ResponsibleView = z.object({
  organisationId: z.uuid(),
  userId: z.uuid(),
  name: z.string(),
});

/** The acting organisation's staff who may be responsible for its cases. */
export const WorkerList = z.object({ items: z.array(z.object({ userId: z.uuid(), name: z.string() })) });

/** A person's own work: their cases, their deadlines overdue first, and referrals waiting for their organisation. */
export const MyWork = z.object({
  counts: z.object({
    cases: z.number().int(),
    overdue: z.number().int(),
    dueSoon: z.number().int(),
    referralsWaiting: z.number().int(),
    unassigned: z.number().int(),
  }),
  deadlines: z.array(WorkDeadline),
  cases: z.array(CaseSummary),
  referrals: ReferralInbox.shape.items,
  /** The organisation's open cases nobody is responsible for yet. */
  unassigned: z.array(CaseSummary),
});

/** A manager's view of the organisation's open cases by worker. */
export const Caseload = z.object({
  workers: z.array(
    z.object({
      userId: z.uuid(),
      name: z.string(),
      cases: z.number().int(),
      overdue: z.number().int(),
      dueSoon: z.number().int(),
      caseList: z.array(CaseSummary),
    }),
  ),
  unassigned: z.array(CaseSummary),
});
