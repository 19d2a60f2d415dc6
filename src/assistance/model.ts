import { z } from 'zod';
import { Country, DateNotInFuture, OrganisationName, PlausibleDate, Text } from '../cases/model.ts';
import { CitizenshipPathway } from '../people/model.ts';
import { APPROVAL_STATUSES } from '../review/catalogue.ts';
import {
  CARD_REFUSALS,
  CARD_STATUSES,
  CLAIM_DECISIONS,
  CLAIM_STAGES,
  COMPENSATION_CRIMES,
  COMPENSATION_STATUSES,
  CONSULTATION_AUDIENCES,
  CONSULTATION_CHANNELS,
  CONSULTATION_TOPICS,
  ELIGIBILITY_REASONS,
  INVESTIGATING_INSTITUTIONS,
  INVESTIGATION_OUTCOMES,
  LEGAL_STEP_KINDS,
  LEGAL_STEP_STATUSES,
  NEED_DOMAINS,
  PLAN_ITEM_STATUSES,
  PRINT_LANGUAGES,
  PROTECTION_MEASURES,
  RETURN_HELP_KINDS,
  RETURN_HELP_STATUSES,
  RETURN_PARTNERS,
  RETURN_STATUSES,
  RIGHTS_FORMS,
  RISK_LEVELS,
  SERVICE_MODES,
  SERVICE_TYPES,
  URGENCIES,
} from './catalogue.ts';

export const PrintLanguage = z.enum(PRINT_LANGUAGES);
export const RightsForm = z.enum(RIGHTS_FORMS);
export const NeedDomain = z.enum(NEED_DOMAINS);
export const Urgency = z.enum(URGENCIES);
export const RiskLevel = z.enum(RISK_LEVELS);
export const ServiceType = z.enum(SERVICE_TYPES);
export const ServiceMode = z.enum(SERVICE_MODES);
export const PlanItemStatus = z.enum(PLAN_ITEM_STATUSES);
export const ReturnHelpKind = z.enum(RETURN_HELP_KINDS);
export const ReturnHelpStatus = z.enum(RETURN_HELP_STATUSES);
export const ReturnStatus = z.enum(RETURN_STATUSES);
export const ProtectionMeasure = z.enum(PROTECTION_MEASURES);
export const LegalStepKind = z.enum(LEGAL_STEP_KINDS);
export const LegalStepStatus = z.enum(LEGAL_STEP_STATUSES);
export const InvestigatingInstitution = z.enum(INVESTIGATING_INSTITUTIONS);
export const CompensationCrime = z.enum(COMPENSATION_CRIMES);
export const CompensationStatus = z.enum(COMPENSATION_STATUSES);
export const InvestigationOutcome = z.enum(INVESTIGATION_OUTCOMES);
export const ClaimStage = z.enum(CLAIM_STAGES);
export const ClaimDecision = z.enum(CLAIM_DECISIONS);
export const ConsultationTopic = z.enum(CONSULTATION_TOPICS);
export const ConsultationChannel = z.enum(CONSULTATION_CHANNELS);
export const ConsultationAudience = z.enum(CONSULTATION_AUDIENCES);
export const CardStatus = z.enum(CARD_STATUSES);
export type ServiceType = z.infer<typeof ServiceType>;
export type NeedDomain = z.infer<typeof NeedDomain>;

export const Version = z.number().int().min(0);
export const Note = z.string().trim().max(2000).optional();
export const Euros = z.number().min(0).max(1_000_000).multipleOf(0.01);
/** No two entries with the same code (a need domain, a kind of return help). */
const distinct = (codes: string[]) => new Set(codes).size === codes.length;

// ── Inputs ──────────────────────────────────────────────────────────────────────────────────────

export const RightsInput = z.object({
  givenOn: DateNotInFuture,
  language: PrintLanguage,
  form: RightsForm,
});

export const AssessmentInput = z.object({
  assessedOn: DateNotInFuture,
  needs: z
    .array(z.object({ domain: NeedDomain, urgency: Urgency, note: Note }))
    .min(1)
    .max(NEED_DOMAINS.length)
    .refine((needs) => distinct(needs.map((n) => n.domain)), 'duplicate_entry: each need domain once'),
  risk: z.object({ level: RiskLevel, reasons: Text(2000) }),
  /** Why it is done again: what changed since the last one. */
  changeReason: z.string().trim().max(1000).optional(),
});

export const PlanItemInput = z.object({
  need: NeedDomain,
  measure: ServiceType,
  organisationId: z.uuid(),
  dueOn: PlausibleDate,
  note: Note,
  /** The case worker saw that another organisation of the team gives the same help, and plans it still. */
  acknowledgeOverlap: z.boolean().default(false),
});

export const PlanItemUpdateInput = z.object({ status: PlanItemStatus, version: Version });

export const PlanAgreementInput = z.object({
  agreedOn: DateNotInFuture,
  /** What the person said about the plan, in their own words. */
  victimWords: Text(2000),
  /** When the plan is looked at again; by default the configured review period after agreement. */
  reviewOn: PlausibleDate.optional(),
});

export const ServiceEntry = z.object({
  type: ServiceType,
  givenOn: DateNotInFuture,
  minutes: z
    .number()
    .int()
    .min(1)
    .max(24 * 60)
    .optional(),
  amountEur: Euros.optional(),
  mode: ServiceMode,
  planItemId: z.uuid().optional(),
  /** The funding allocation it was given under: the organisation's own, for the year it was given. */
  allocationId: z.uuid().optional(),
});
export const ServicesInput = z.object({ services: z.array(ServiceEntry).min(1).max(20) });

/** Why a recorded service is corrected or removed: said by whoever changes it, and kept. */
const ServiceChange = z.object({ version: z.number().int().min(1), reason: Text(500) });
/** A recorded service as it should have been, from the version the worker saw. */
export const ServiceCorrectionInput = ServiceEntry.extend(ServiceChange.shape);
/** A service recorded by mistake (twice, or on the wrong case) taken out, from the version seen. */
export const ServiceRemovalInput = ServiceChange;

export const ReturnInput = z.object({
  destinationCountry: Country,
  travelOn: PlausibleDate.optional(),
  /** Who meets the person in the country of origin. */
  receivingOrganisation: z.string().trim().max(200).optional(),
  status: ReturnStatus,
  checklist: z
    .array(z.object({ kind: ReturnHelpKind, status: ReturnHelpStatus, costEur: Euros.optional() }))
    .max(RETURN_HELP_KINDS.length)
    .refine((items) => distinct(items.map((i) => i.kind)), 'duplicate_entry: each kind of help once'),
  /** Reintegration in kind (never cash): what is paid to which supplier, and the follow-up. */
  reintegrationNote: Note,
  version: Version,
});

const InvestigationFields = z.object({
  institution: InvestigatingInstitution,
  caseNumber: Text(60),
  startedOn: DateNotInFuture.optional(),
  officerName: z.string().trim().max(120).optional(),
  officerContact: z.string().trim().max(200).optional(),
  closedOn: DateNotInFuture.optional(),
  outcome: InvestigationOutcome.optional(),
});
/** An investigation closes after it opens, and says how it ended exactly when it is closed. */
const investigationChecks = <T extends z.ZodType<z.output<typeof InvestigationFields>>>(schema: T) =>
  schema
    .refine((i) => !i.closedOn || !i.startedOn || i.closedOn >= i.startedOn, {
      message: 'closed_before_opened: closes on or after the day it opened',
      path: ['closedOn'],
    })
    .refine((i) => (i.closedOn === undefined) === (i.outcome === undefined), {
      message: 'outcome_when_closed: a closed investigation says how it ended, and only a closed one',
      path: ['outcome'],
    });
export const InvestigationInput = investigationChecks(InvestigationFields);
/** The police keep the investigation itself: their change is guarded by the version they read. */
export const PoliceInvestigationInput = investigationChecks(InvestigationFields.extend({ version: Version }));

export const LegalStepInput = z
  .object({
    kind: LegalStepKind,
    measure: ProtectionMeasure.optional(),
    status: LegalStepStatus,
    on: DateNotInFuture,
    note: Note,
  })
  .refine((s) => s.kind !== 'protection' || s.measure !== undefined, {
    message: 'protection_measure_required: a protection step names its measure',
    path: ['measure'],
  });
export const LegalStepUpdateInput = z.object({ status: LegalStepStatus, version: Version });

export const CompensationInput = z.object({
  crime: CompensationCrime,
  crimeOn: DateNotInFuture,
  status: CompensationStatus,
  filedOn: DateNotInFuture.optional(),
  amountEur: Euros.optional(),
  /** A third-country national lawfully and habitually resident in Lithuania or another EU state. */
  lawfullyResidentInEu: z.boolean().default(false),
  version: Version,
});

export const LongTermInput = z.object({
  municipalityOrganisationId: z.uuid(),
  contactName: Text(120),
  contactPhone: z.string().trim().max(40).optional(),
  note: Note,
});

/** The day someone checks on the person after closure; null once they have. */
export const FollowUpInput = z.object({ followUpOn: PlausibleDate.nullable() });

export const CardRevokeInput = z.object({ reason: Text(500) });
/** Issuing while a card is valid revokes it: then the reason why is required. */
export const CardIssueInput = z.object({ reason: Text(500).optional() });
export const PrintQuery = z.object({ lang: PrintLanguage.default('lt') });
export const CardPdfQuery = z.object({ lang: z.enum(['lt', 'en']).default('lt') });

export const ConsultationInput = z.object({
  on: DateNotInFuture,
  topics: z.array(ConsultationTopic).min(1).max(CONSULTATION_TOPICS.length),
  channel: ConsultationChannel,
  audience: ConsultationAudience,
  country: Country,
  /** Anonymous unless the person asks to be called back: then a name or contact, sealed. */
  contact: z.string().trim().max(200).optional(),
});
export const ConsultationQuery = z.object({ from: z.iso.date().optional(), to: z.iso.date().optional() });

// ── Views ───────────────────────────────────────────────────────────────────────────────────────

const By = z.object({ organisation: OrganisationName, userName: z.string().nullable() });

export const RightsView = By.extend({
  id: z.uuid(),
  givenOn: z.string(),
  language: PrintLanguage,
  form: RightsForm,
});

export const AssessmentView = By.extend({
  id: z.uuid(),
  assessedOn: z.string(),
  needs: z.array(z.object({ domain: NeedDomain, urgency: Urgency, note: z.string().nullable() })),
  risk: z.object({ level: RiskLevel, reasons: z.string().nullable() }),
  changeReason: z.string().nullable(),
  current: z.boolean(),
  /** Its approval, where the organisation asks one: pending, approved or returned. */
  approval: z.enum(APPROVAL_STATUSES).nullable(),
});

export const PlanItemView = z.object({
  id: z.uuid(),
  need: NeedDomain,
  measure: ServiceType,
  organisation: OrganisationName,
  dueOn: z.string(),
  status: PlanItemStatus,
  note: z.string().nullable(),
  createdOn: z.string(),
  version: z.number().int(),
});

export const PlanAgreementView = By.extend({
  id: z.uuid(),
  agreedOn: z.string(),
  victimWords: z.string().nullable(),
  reviewOn: z.string(),
  approval: z.enum(APPROVAL_STATUSES).nullable(),
});

export const ServiceView = By.extend({
  id: z.uuid(),
  type: ServiceType,
  givenOn: z.string(),
  minutes: z.number().int().nullable(),
  amountEur: z.number().nullable(),
  mode: ServiceMode,
  planItemId: z.string().nullable(),
  allocationId: z.string().nullable(),
  version: z.number().int(),
});

const ServiceFieldsView = ServiceView.pick({
  type: true,
  givenOn: true,
  minutes: true,
  amountEur: true,
  mode: true,
  planItemId: true,
  allocationId: true,
});
/** A correction or removal of a service: what it was, what it became, who changed it and why. */
export const ServiceCorrectionView = By.extend({
  id: z.uuid(),
  serviceId: z.uuid(),
  kind: z.enum(['corrected', 'removed']),
  at: z.string(),
  before: ServiceFieldsView,
  after: ServiceFieldsView.nullable(),
  /** Null where this viewer may not read what was written about the person. */
  reason: z.string().nullable(),
});

export const ReturnView = z.object({
  pathway: CitizenshipPathway,
  partners: z.array(z.enum(RETURN_PARTNERS)),
  destinationCountry: z.string(),
  travelOn: z.string().nullable(),
  receivingOrganisation: z.string().nullable(),
  status: ReturnStatus,
  checklist: z.array(
    z.object({ kind: ReturnHelpKind, status: ReturnHelpStatus, costEur: z.number().nullable() }),
  ),
  totalCostEur: z.number(),
  reintegrationNote: z.string().nullable(),
  organisation: OrganisationName,
  version: z.number().int(),
});

export const EligibilityView = z.object({
  eligible: z.boolean(),
  reasons: z.array(z.enum(ELIGIBILITY_REASONS)),
});

/** How the Ministry of Justice handles a claim sent to it, as the case team and the Ministry see it. */
export const ClaimHandling = z.object({
  stage: ClaimStage,
  authority: OrganisationName,
  sentOn: z.string(),
  receivedOn: z.string().nullable(),
  documentsRequestedOn: z.string().nullable(),
  documents: z.string().nullable(),
  decision: ClaimDecision.nullable(),
  decidedOn: z.string().nullable(),
  decidedAmountEur: z.number().nullable(),
  decisionReason: z.string().nullable(),
});

export const LegalView = z.object({
  investigation: z
    .object({
      institution: InvestigatingInstitution,
      caseNumber: z.string().nullable(),
      startedOn: z.string().nullable(),
      officerName: z.string().nullable(),
      officerContact: z.string().nullable(),
      closedOn: z.string().nullable(),
      outcome: InvestigationOutcome.nullable(),
      recordedBy: OrganisationName.nullable(),
      version: z.number().int(),
    })
    .nullable(),
  steps: z.array(
    By.extend({
      id: z.uuid(),
      kind: LegalStepKind,
      measure: ProtectionMeasure.nullable(),
      status: LegalStepStatus,
      on: z.string(),
      answeredOn: z.string().nullable(),
      note: z.string().nullable(),
      version: z.number().int(),
    }),
  ),
  compensation: z
    .object({
      crime: CompensationCrime,
      crimeOn: z.string(),
      status: CompensationStatus,
      filedOn: z.string().nullable(),
      amountEur: z.number().nullable(),
      lawfullyResidentInEu: z.boolean(),
      eligibility: EligibilityView,
      ministry: ClaimHandling.nullable(),
      version: z.number().int(),
    })
    .nullable(),
});

export const LongTermView = z
  .object({
    municipality: OrganisationName,
    contactName: z.string().nullable(),
    contactPhone: z.string().nullable(),
    note: z.string().nullable(),
    handedOverOn: z.string(),
    referralId: z.uuid(),
  })
  .nullable();

export const CardView = z.object({
  id: z.uuid(),
  number: z.string(),
  issuedAt: z.string(),
  validUntil: z.string(),
  status: CardStatus,
  issuedBy: By,
  revokedAt: z.string().nullable(),
  /** The page the card's QR code opens, for staff to check it as anyone would. */
  verifyPath: z.string(),
});

export const AssistanceView = z.object({
  caseId: z.uuid(),
  /** Whether the acting membership may record here: its organisation is on the team. */
  canRecord: z.boolean(),
  /** Whether it may record the return (a consular mission may, alone of assistance); absent in exports. */
  canRecordReturn: z.boolean().optional(),
  rights: z.array(RightsView),
  assessments: z.array(AssessmentView),
  plan: z.object({
    items: z.array(PlanItemView),
    agreements: z.array(PlanAgreementView),
    /** Draft until the person agrees; agreed once approved where the organisation asks approval. */
    status: z.enum(['draft', 'awaiting_approval', 'agreed']),
    reviewOn: z.string().nullable(),
  }),
  services: z.array(ServiceView),
  /** Services corrected or removed, oldest first. */
  serviceCorrections: z.array(ServiceCorrectionView),
  return: ReturnView.nullable(),
  /** The pathway the person's citizenship sets, and who works a return on it. */
  returnPathway: z.object({ pathway: CitizenshipPathway, partners: z.array(z.enum(RETURN_PARTNERS)) }),
  legal: LegalView,
  longTerm: LongTermView,
  followUpOn: z.string().nullable(),
  cards: z.array(CardView),
  /** Why no card can be issued now (codes), empty when one can. */
  cardRefusals: z.array(z.enum(CARD_REFUSALS)),
});
export type AssistanceView = z.infer<typeof AssistanceView>;

export const OverlapWarning = z.object({
  organisation: OrganisationName,
  source: z.enum(['plan', 'service']),
  on: z.string(),
});
/** Other organisations of the team that already plan or give this kind of help in the period. */
export const OverlapList = z.object({ items: z.array(OverlapWarning) });

export const ConsultationView = z.object({
  id: z.uuid(),
  on: z.string(),
  topics: z.array(ConsultationTopic),
  channel: ConsultationChannel,
  audience: ConsultationAudience,
  country: z.string(),
  anonymous: z.boolean(),
  contact: z.string().nullable(),
  userName: z.string().nullable(),
});
export const ConsultationList = z.object({
  items: z.array(ConsultationView),
  byTopic: z.array(z.object({ topic: ConsultationTopic, count: z.number().int() })),
});
