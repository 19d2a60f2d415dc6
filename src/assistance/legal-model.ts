import { z } from 'zod';
import { CaseKind, CaseState, DateNotInFuture, OrganisationName, Text } from '../cases/model.ts';
import { POLICE_GROUNDS } from './catalogue.ts';
import {
  ClaimDecision,
  ClaimHandling,
  ClaimStage,
  CompensationCrime,
  EligibilityView,
  Euros,
  InvestigatingInstitution,
  InvestigationOutcome,
  LegalStepStatus,
  Note,
  ProtectionMeasure,
  Version,
} from './model.ts';

// What the police (an investigator) and the Ministry of Justice (a compensation officer) send and see.

/** Why the police may see the case: the person's consent, or criminal proceedings running. */
export const PoliceGround = z.enum(POLICE_GROUNDS);

/** A request for protection to the Witness and Victim Protection Service (seed 001). */
export const ProtectionRequestInput = z.object({
  measure: ProtectionMeasure,
  on: DateNotInFuture,
  note: Note,
});

/** The Service's answer: granted or refused, or the request withdrawn; the day it came. */
export const ProtectionAnswerInput = z.object({
  status: LegalStepStatus.exclude(['requested']),
  answeredOn: DateNotInFuture,
  version: Version,
});

const PoliceInvestigation = z.object({
  institution: InvestigatingInstitution,
  caseNumber: z.string().nullable(),
  startedOn: z.string().nullable(),
  closedOn: z.string().nullable(),
  outcome: InvestigationOutcome.nullable(),
  officerName: z.string().nullable(),
  officerContact: z.string().nullable(),
  version: z.number().int(),
});

/**
 * A case as the police see it: the facts of the crime and of the mechanism's decisions, the case team to
 * contact, the investigation and the protection asked for. No assistance, no notes of other organisations.
 */
export const PoliceCaseView = z.object({
  caseId: z.uuid(),
  reference: z.string(),
  kind: CaseKind,
  state: CaseState,
  ground: PoliceGround,
  metOn: z.string(),
  municipality: z.string().nullable(),
  firstContactKind: z.string(),
  exploitationForms: z.array(z.string()),
  person: z.object({
    sex: z.string(),
    ageBand: z.string(),
    citizenship: z.string().nullable(),
    child: z.boolean(),
  }),
  identification: z.string().nullable(),
  cooperation: z.string().nullable(),
  team: z.array(z.object({ organisation: OrganisationName, role: z.string() })),
  investigation: PoliceInvestigation.nullable(),
  protection: z.array(
    z.object({
      id: z.uuid(),
      organisation: OrganisationName,
      measure: ProtectionMeasure.nullable(),
      status: LegalStepStatus,
      on: z.string(),
      answeredOn: z.string().nullable(),
      /** Only the police's own note: another organisation's words stay with it. */
      note: z.string().nullable(),
      version: z.number().int(),
    }),
  ),
});

export const PoliceCaseList = z.object({
  items: z.array(
    z.object({
      caseId: z.uuid(),
      reference: z.string(),
      kind: CaseKind,
      state: CaseState,
      ground: PoliceGround,
      metOn: z.string(),
      investigation: z
        .object({
          institution: InvestigatingInstitution,
          startedOn: z.string().nullable(),
          closedOn: z.string().nullable(),
        })
        .nullable(),
      protectionRequested: z.number().int(),
    }),
  ),
});

/** The team sends its claim to the Ministry of Justice, guarded by the claim's version. */
export const SendClaimInput = z.object({ version: Version });

/** One step of the Ministry on a claim; a decision says exactly what its kind needs, and nothing else. */
export const ClaimStepInput = z.discriminatedUnion('step', [
  z.object({ step: z.literal('receive'), receivedOn: DateNotInFuture, version: Version }).strict(),
  z
    .object({
      step: z.literal('request_documents'),
      requestedOn: DateNotInFuture,
      documents: Text(2000),
      version: Version,
    })
    .strict(),
  z.discriminatedUnion('decision', [
    z
      .object({
        step: z.literal('decide'),
        decision: ClaimDecision.extract(['granted', 'advance_payment']),
        decidedOn: DateNotInFuture,
        amountEur: Euros.positive(),
        version: Version,
      })
      .strict(),
    z
      .object({
        step: z.literal('decide'),
        decision: z.literal('refused'),
        decidedOn: DateNotInFuture,
        reason: Text(2000),
        version: Version,
      })
      .strict(),
  ]),
]);

export const ClaimView = z.object({
  caseId: z.uuid(),
  reference: z.string(),
  crime: CompensationCrime,
  crimeOn: z.string(),
  amountEur: z.number().nullable(),
  lawfullyResidentInEu: z.boolean(),
  pathway: z.string(),
  eligibility: EligibilityView,
  sentBy: OrganisationName,
  handling: ClaimHandling,
  version: z.number().int(),
});

export const ClaimList = z.object({
  items: z.array(ClaimView.omit({ handling: true }).extend({ stage: ClaimStage, sentOn: z.string() })),
});
