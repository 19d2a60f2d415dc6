import { z } from 'zod';
import { ROLES } from '../access/roles.ts';
import { AssistanceView } from '../assistance/model.ts';
import {
  CaseKind,
  CaseState,
  ConsentMethod,
  ConsentScope,
  CooperationOutcome,
  IdentificationOutcome,
  NoteVisibility,
  ReferralPurpose,
  ReferralStatus,
  ResidencePermitStatus,
} from '../cases/model.ts';
import { DocumentExport } from '../documents/model.ts';
import { AgeBand, CitizenshipPathway, Identity, Sex } from '../people/model.ts';
import { ApprovalStatus, ApprovalSubject, ReconsiderationRequester } from '../review/model.ts';
import { SUBJECT_REQUEST_CHANNELS, SUBJECT_REQUEST_KINDS } from './catalogue.ts';
import { EXPORT_LANGUAGES } from './texts/index.ts';

// The data protection officer's view of one person, and everything held about them as one document.

export const ExportLanguage = z.enum(EXPORT_LANGUAGES);

/** A case reference as staff say it ("ATR-2026-000042") or a case id, as in the staff app's address. */
export const LookupQuery = z.object({ case: z.string().trim().min(1).max(60) });

export const ExportQuery = z.object({
  format: z.enum(['json', 'pdf']).default('json'),
  /** The person's language; without it, the first of their languages the export is written in, or Lithuanian. */
  lang: ExportLanguage.optional(),
});

export const RestrictionInput = z.object({
  restricted: z.boolean(),
  reason: z.string().trim().min(1).max(1000),
});

const OrganisationName = z.object({ id: z.uuid(), name: z.object({ lt: z.string(), en: z.string() }) });

export const RestrictionView = z.object({
  restricted: z.boolean(),
  since: z.string().nullable(),
  history: z.array(
    z.object({
      restricted: z.boolean(),
      at: z.string(),
      organisation: OrganisationName.nullable(),
      /** The reason in the officer's words (sealed at rest); null once the person is erased. */
      reason: z.string().nullable(),
    }),
  ),
});

const PersonFacts = z.object({
  id: z.uuid(),
  sex: Sex,
  ageBand: AgeBand,
  citizenshipPathway: CitizenshipPathway,
  disability: z.boolean(),
  createdAt: z.string(),
  holder: OrganisationName,
  erasedAt: z.string().nullable(),
  /** none: recorded anonymously; shown: opened here; erased: the key is destroyed. */
  identityState: z.enum(['none', 'shown', 'erased']),
  identity: Identity.nullable(),
});

export const SubjectView = z.object({
  person: PersonFacts,
  restriction: RestrictionView,
  cases: z.array(
    z.object({
      id: z.uuid(),
      reference: z.string(),
      kind: CaseKind,
      state: CaseState,
      openedAt: z.string(),
      closedAt: z.string().nullable(),
    }),
  ),
  /** The language to offer first for the export: the person's own, where the export has it. */
  language: ExportLanguage,
});
export type SubjectView = z.infer<typeof SubjectView>;

export const CaseExport = z.object({
  id: z.uuid(),
  reference: z.string(),
  kind: CaseKind,
  state: CaseState,
  child: z.boolean(),
  openedAt: z.string(),
  closedAt: z.string().nullable(),
  origin: OrganisationName,
  /** As recorded at intake (generalised if retention anonymised the case). */
  facts: z.record(z.string(), z.unknown()),
  team: z.array(
    z.object({
      organisation: OrganisationName,
      role: z.string(),
      joinedAt: z.string(),
      leftAt: z.string().nullable(),
    }),
  ),
  consents: z.array(
    z.object({
      scope: ConsentScope,
      method: ConsentMethod,
      organisation: OrganisationName.nullable(),
      givenAt: z.string(),
      withdrawnAt: z.string().nullable(),
    }),
  ),
  referrals: z.array(
    z.object({
      id: z.uuid(),
      from: OrganisationName,
      to: OrganisationName,
      purpose: ReferralPurpose,
      status: ReferralStatus,
      sharesIdentity: z.boolean(),
      sentAt: z.string(),
      respondedAt: z.string().nullable(),
      note: z.string().nullable(),
      reason: z.string().nullable(),
    }),
  ),
  decisions: z.object({
    identification: z
      .object({ outcome: IdentificationOutcome, decidedOn: z.string(), reasons: z.string().nullable() })
      .nullable(),
    cooperation: z
      .object({ outcome: CooperationOutcome, decidedOn: z.string(), note: z.string().nullable() })
      .nullable(),
    reflection: z.object({ startsOn: z.string(), endsOn: z.string(), days: z.number().int() }).nullable(),
    residencePermit: ResidencePermitStatus.nullable(),
    /** Requests to reconsider the identification decision and the coordinator's decisions on them. */
    reconsiderations: z
      .array(
        z.object({
          organisation: OrganisationName,
          requestedBy: ReconsiderationRequester,
          requestedOn: z.string(),
          earlierOutcome: z.string(),
          reasons: z.string().nullable(),
          outcome: z.string().nullable(),
          decidedOn: z.string().nullable(),
          decisionReasons: z.string().nullable(),
        }),
      )
      .default([]),
  }),
  /** The organisation's approvals of work done for the person, with the approver's comments. */
  approvals: z
    .array(
      z.object({
        organisation: OrganisationName,
        subject: ApprovalSubject,
        status: ApprovalStatus,
        requestedAt: z.string(),
        decidedAt: z.string().nullable(),
        reason: z.string().nullable(),
        comments: z.string().nullable(),
      }),
    )
    .default([]),
  notes: z.array(
    z.object({
      id: z.uuid(),
      at: z.string(),
      organisation: OrganisationName,
      visibility: NoteVisibility,
      /** Null once the person is erased: the note is still stored, and nobody can read it. */
      text: z.string().nullable(),
    }),
  ),
  timeline: z.array(
    z.object({
      at: z.string(),
      type: z.string(),
      organisation: OrganisationName.nullable(),
      detail: z.record(z.string(), z.unknown()),
      reason: z.string().nullable(),
    }),
  ),
  /** Rights given, assessments, the plan, services, return, legal steps, long-term help and cards. */
  assistance: AssistanceView.omit({ canRecord: true, cardRefusals: true }),
  /** The files attached to the case (a signed consent, an identity document…), each with its content. */
  documents: z.array(DocumentExport),
});
export type CaseExport = z.infer<typeof CaseExport>;

export const AuditExport = z.object({
  at: z.string(),
  action: z.string(),
  outcome: z.enum(['success', 'denied', 'failure']),
  recordType: z.string().nullable(),
  recordId: z.string().nullable(),
  organisation: OrganisationName.nullable(),
  role: z.string().nullable(),
  detail: z.record(z.string(), z.unknown()).nullable(),
});

/** Everything held about one person, machine-readable (GDPR Art. 15 and 20). */
export const SubjectExport = z.object({
  format: z.literal('atrama.subject-export/1'),
  exportedAt: z.string(),
  language: ExportLanguage,
  exportedBy: z.object({ organisation: OrganisationName, role: z.enum(ROLES) }),
  person: PersonFacts,
  restriction: RestrictionView,
  cases: z.array(CaseExport),
  /** The audit trail's entries about the person, their cases and referrals, oldest first. */
  audit: z.array(AuditExport),
});
export type SubjectExport = z.infer<typeof SubjectExport>;

/**
 * A data subject's request as the data protection officer registers it: what is asked, when it came
 * and how, and the case it concerns if known. No name: the case reference says whose it is.
 */
export const SubjectRequestInput = z.strictObject({
  kind: z.enum(SUBJECT_REQUEST_KINDS),
  channel: z.enum(SUBJECT_REQUEST_CHANNELS),
  receivedOn: z.iso.date(),
  caseReference: z.string().trim().min(1).max(60).optional(),
});
export const SubjectRequestView = z.object({
  id: z.uuid(),
  kind: z.enum(SUBJECT_REQUEST_KINDS),
  channel: z.enum(SUBJECT_REQUEST_CHANNELS),
  receivedOn: z.string(),
  /** One month from receipt (GDPR Article 12(3)). */
  dueOn: z.string(),
  caseReference: z.string().nullable(),
  answeredOn: z.string().nullable(),
  overdue: z.boolean(),
});
export const SubjectRequestList = z.object({ items: z.array(SubjectRequestView) });
