import type { z } from 'zod';
import type { CARD_REFUSALS } from './catalogue.ts';
import type { AssistanceView } from './model.ts';
import { cardStatusOf, compensationEligibility, returnPartnersOf, totalCost } from './rules.ts';
import { openFields } from './sealed.ts';
import type { AssistanceRows, Names } from './store.ts';
import type { ServiceFields } from './tables.ts';

// Pure assembly of a case's assistance as one acting membership sees it, from rows the verbs read.

type Pathway = 'lithuanian' | 'eu' | 'third_country' | 'unknown';

export type AssistanceContext = {
  caseId: string;
  names: Names;
  /** The person's key when this viewer may read what was written about them; null otherwise. */
  personKey: Buffer | null;
  pathway: Pathway;
  canRecord: boolean;
  followUpOn: string | null;
  cardRefusals: (typeof CARD_REFUSALS)[number][];
  /** Today in Vilnius, as a calendar date. */
  today: string;
  /** The case's requests for approval: what each assessment and plan agreement awaits. */
  approvals: readonly { subjectId: string | null; status: string }[];
};

/** A service's fields as stored, with its codes read as the codes they are. */
const serviceFieldsView = (f: ServiceFields) => ({
  ...f,
  type: f.type as 'other',
  mode: f.mode as 'in_person',
});

export function assistanceViewOf(rows: AssistanceRows, c: AssistanceContext): z.input<typeof AssistanceView> {
  const open = (kind: Parameters<typeof openFields>[1], sealed: Buffer | null) =>
    openFields(c.personKey, kind, c.caseId, sealed);
  const by = (organisationId: string, userId: string | null) => ({
    organisation: c.names.organisation(organisationId),
    userName: c.names.user(userId),
  });
  const latest = rows.assessments.at(-1);
  // The newest request about a record is the one that counts (a returned plan agreed again asks anew).
  const approvalOf = (id: string) =>
    (c.approvals.filter((a) => a.subjectId === id).at(-1)?.status as
      | 'pending'
      | 'approved'
      | 'returned'
      | undefined) ?? null;
  const standing = rows.agreements.filter((a) => [null, 'approved'].includes(approvalOf(a.id)));
  const lastAgreement = standing.at(-1);
  const newest = rows.agreements.at(-1);
  const planStatus = !newest
    ? 'draft'
    : approvalOf(newest.id) === 'pending'
      ? 'awaiting_approval'
      : approvalOf(newest.id) === 'returned'
        ? 'draft'
        : 'agreed';
  return {
    caseId: c.caseId,
    canRecord: c.canRecord,
    rights: rows.rights.map((r) => ({
      ...by(r.organisationId, r.userId),
      id: r.id,
      givenOn: r.givenOn,
      language: r.language as 'lt',
      form: r.form as 'spoken',
    })),
    assessments: rows.assessments.map((a) => {
      const words = open('assessment', a.sealed);
      return {
        ...by(a.organisationId, a.userId),
        id: a.id,
        assessedOn: a.assessedOn,
        needs: a.needs.map((n) => ({
          domain: n.domain,
          urgency: n.urgency as 'none',
          note: words[`note.${n.domain}`] ?? null,
        })),
        risk: { level: a.riskLevel as 'low', reasons: words.riskReasons ?? null },
        changeReason: words.changeReason ?? null,
        current: a === latest,
        approval: approvalOf(a.id),
      };
    }),
    plan: {
      items: rows.items.map((i) => ({
        id: i.id,
        need: i.need as 'safety',
        measure: i.measure as 'other',
        organisation: c.names.organisation(i.organisationId),
        dueOn: i.dueOn,
        status: i.status as 'planned',
        note: open('plan-item', i.sealedNote).note ?? null,
        createdOn: i.createdOn,
        version: i.version,
      })),
      agreements: rows.agreements.map((a) => ({
        ...by(a.organisationId, a.userId),
        id: a.id,
        agreedOn: a.agreedOn,
        victimWords: open('plan-agreement', a.sealedWords).victimWords ?? null,
        reviewOn: a.reviewOn,
        approval: approvalOf(a.id),
      })),
      status: planStatus,
      reviewOn: lastAgreement?.reviewOn ?? null,
    },
    services: rows.services.map((s) => ({
      ...by(s.organisationId, s.userId),
      id: s.id,
      type: s.type as 'other',
      givenOn: s.givenOn,
      minutes: s.minutes,
      amountEur: s.amountEur,
      mode: s.mode as 'in_person',
      planItemId: s.planItemId,
      allocationId: s.allocationId,
      version: s.version,
    })),
    serviceCorrections: rows.serviceCorrections.map((x) => ({
      ...by(x.organisationId, x.userId),
      id: x.id,
      serviceId: x.serviceId,
      kind: x.kind,
      at: x.createdAt.toISOString(),
      before: serviceFieldsView(x.before),
      after: x.after ? serviceFieldsView(x.after) : null,
      reason: open('service-correction', x.sealedReason).reason ?? null,
    })),
    return: returnView(rows.return, c, open),
    returnPathway: { pathway: c.pathway, partners: returnPartnersOf(c.pathway) },
    legal: legalView(rows, c, open, by),
    longTerm: rows.longTerm
      ? (() => {
          const words = open('long-term', rows.longTerm.sealed);
          return {
            municipality: c.names.organisation(rows.longTerm.municipalityOrganisationId),
            contactName: words.contactName ?? null,
            contactPhone: words.contactPhone ?? null,
            note: words.note ?? null,
            handedOverOn: rows.longTerm.handedOverOn,
            referralId: rows.longTerm.referralId,
          };
        })()
      : null,
    followUpOn: c.followUpOn,
    cards: rows.cards.map((card) => ({
      id: card.id,
      number: card.number,
      issuedAt: card.issuedAt.toISOString(),
      validUntil: card.validUntil,
      status: cardStatusOf(card, c.today),
      issuedBy: by(card.organisationId, card.issuedByUserId),
      revokedAt: card.revokedAt?.toISOString() ?? null,
      verifyPath: `/verify/card/${card.token}`,
    })),
    cardRefusals: c.cardRefusals,
  };
}

type Open = (
  kind: Parameters<typeof openFields>[1],
  sealed: Buffer | null,
) => Record<string, string | undefined>;

function returnView(r: AssistanceRows['return'], c: AssistanceContext, open: Open) {
  if (!r) return null;
  const { checklist } = r;
  return {
    pathway: c.pathway,
    partners: returnPartnersOf(c.pathway),
    destinationCountry: r.destinationCountry,
    travelOn: r.travelOn,
    receivingOrganisation: r.receivingOrganisation,
    status: r.status as 'planning',
    checklist: checklist.map((i) => ({
      kind: i.kind as 'interpretation',
      status: i.status as 'to_do',
      costEur: i.costEur ?? null,
    })),
    totalCostEur: totalCost(checklist),
    reintegrationNote: open('return', r.sealedNote).note ?? null,
    organisation: c.names.organisation(r.organisationId),
    version: r.version,
  };
}

function legalView(
  rows: AssistanceRows,
  c: AssistanceContext,
  open: Open,
  by: (
    organisationId: string,
    userId: string | null,
  ) => { organisation: ReturnType<Names['organisation']>; userName: string | null },
) {
  const inv = rows.investigation;
  const invWords = inv ? open('investigation', inv.sealed) : {};
  const claim = rows.claim;
  return {
    investigation: inv
      ? {
          institution: inv.institution as 'police',
          caseNumber: invWords.caseNumber ?? null,
          startedOn: inv.startedOn,
          officerName: invWords.officerName ?? null,
          officerContact: invWords.officerContact ?? null,
          closedOn: inv.closedOn,
          outcome: (inv.outcome as 'terminated' | null) ?? null,
          recordedBy: inv.organisationId ? c.names.organisation(inv.organisationId) : null,
          version: inv.version,
        }
      : null,
    steps: rows.steps.map((s) => ({
      ...by(s.organisationId, s.userId),
      id: s.id,
      kind: s.kind as 'protection',
      measure: (s.measure as 'other' | null) ?? null,
      status: s.status as 'requested',
      on: s.on,
      answeredOn: s.answeredOn,
      note: open('legal-step', s.sealedNote).note ?? null,
      version: s.version,
    })),
    compensation: claim
      ? {
          crime: claim.crime as 'other',
          crimeOn: claim.crimeOn,
          status: claim.status as 'preparing',
          filedOn: claim.filedOn,
          amountEur: claim.amountEur,
          lawfullyResidentInEu: claim.lawfullyResidentInEu,
          eligibility: compensationEligibility({
            crime: claim.crime,
            crimeOn: claim.crimeOn,
            pathway: c.pathway,
            lawfullyResidentInEu: claim.lawfullyResidentInEu,
          }),
          ministry: claimHandlingOf(claim, c.names, (kind, sealed) =>
            openFields(c.personKey, kind, c.caseId, sealed),
          ),
          version: claim.version,
        }
      : null,
  };
}

/** How the Ministry handles a claim, once sent: its words (documents asked, a refusal's reason) opened by `open`. */
export function claimHandlingOf(
  claim: NonNullable<AssistanceRows['claim']>,
  names: Names,
  open: (kind: 'claim', sealed: Buffer | null) => Record<string, string | undefined>,
) {
  if (!claim.stage || !claim.authorityOrganisationId || !claim.sentAt) return null;
  return {
    stage: claim.stage as 'sent',
    authority: names.organisation(claim.authorityOrganisationId),
    sentOn: claim.sentAt.toISOString(),
    receivedOn: claim.receivedOn,
    documentsRequestedOn: claim.documentsRequestedOn,
    documents: open('claim', claim.sealedDocuments).documents ?? null,
    decision: (claim.decision as 'granted' | null) ?? null,
    decidedOn: claim.decidedOn,
    decidedAmountEur: claim.decidedAmountEur,
    decisionReason: open('claim', claim.sealedDecisionReason).reason ?? null,
  };
}
