import type { z } from 'zod';
import { assistanceRecordOf } from '../assistance/access.ts';
import { lastDayOf } from '../cases/deadlines.ts';
import type { NrmPeriods } from '../cases/periods.ts';
import { identityStateFor } from '../cases/rules.ts';
import { openText } from '../cases/sealed.ts';
import type { CaseRow } from '../cases/store.ts';
import { consentsOf, eventsOf, referralsOf, teamOf } from '../cases/store.ts';
import { documentsForCopy } from '../documents/verbs.ts';
import type { Identity } from '../people/model.ts';
import { type PersonRow, personDataKey, unsealIdentity } from '../people/store.ts';
import type { Keys } from '../platform/crypto/keys.ts';
import { seal, unseal } from '../platform/crypto/sealing.ts';
import { type Db, inTurn } from '../platform/db.ts';
import { openReview } from '../review/sealed.ts';
import { approvalsOf, reconsiderationsOf } from '../review/store.ts';
import type { CaseExport, RestrictionView, SubjectView } from './model.ts';
import { allNotesOf, auditAbout, casesOfPerson, organisationNames, restrictionHistory } from './store.ts';
import { EXPORT_LANGUAGES, type ExportLanguage } from './texts/index.ts';

// Everything held about one person, read and opened with their key. Texts sealed under a destroyed
// key come back as null: stored, and unreadable by anyone.

const iso = (d: Date) => d.toISOString();
const restrictionAad = (personId: string) => `person-restriction:${personId}`;

/** The officer's reason for restricting or lifting, sealed under the person's key (null once erased). */
export const sealRestrictionReason = (personKey: Buffer | null, personId: string, reason: string) =>
  personKey ? seal(personKey, Buffer.from(reason, 'utf8'), restrictionAad(personId)) : null;

type Names = Awaited<ReturnType<typeof organisationNames>>;
const nameOf = (names: Names, id: string) => names.get(id) ?? { id, name: { lt: id, en: id } };

function personFacts(
  names: Names,
  person: PersonRow,
  opened: { kind: 'none' } | { kind: 'shredded' } | { kind: 'identity'; identity: Identity },
): SubjectView['person'] {
  return {
    id: person.id,
    sex: person.sex as SubjectView['person']['sex'],
    ageBand: person.ageBand as SubjectView['person']['ageBand'],
    citizenshipPathway: person.citizenshipPathway as SubjectView['person']['citizenshipPathway'],
    disability: person.disability,
    createdAt: iso(person.createdAt),
    holder: nameOf(names, person.organisationId),
    erasedAt: person.erasedAt ? iso(person.erasedAt) : null,
    identityState:
      opened.kind === 'identity'
        ? 'shown'
        : opened.kind === 'shredded' || person.erasedAt
          ? 'erased'
          : 'none',
    identity: opened.kind === 'identity' ? opened.identity : null,
  };
}

async function restrictionOf(
  db: Db,
  names: Names,
  person: PersonRow,
  personKey: Buffer | null,
): Promise<z.input<typeof RestrictionView>> {
  const history = await restrictionHistory(db, person.id);
  return {
    restricted: person.restrictedAt !== null,
    since: person.restrictedAt ? iso(person.restrictedAt) : null,
    history: history.map((h) => ({
      restricted: h.restricted,
      at: iso(h.at),
      organisation: h.organisationId ? nameOf(names, h.organisationId) : null,
      reason:
        h.sealedReason && personKey
          ? unseal(personKey, h.sealedReason, restrictionAad(person.id)).toString('utf8')
          : null,
    })),
  };
}

/** Whether processing is restricted, since when, and each time it was set or lifted, with the reasons. */
export async function restrictionViewOf(db: Db, keys: Keys, person: PersonRow) {
  const [names, personKey] = await inTurn(
    () => organisationNames(db),
    () => personDataKey(db, keys, person.id),
  );
  return restrictionOf(db, names, person, personKey) as Promise<SubjectView['restriction']>;
}

/** The language to write to the person in: the first of their recorded languages the export has. */
export function languageOf(caseRows: Pick<CaseRow, 'facts'>[]): ExportLanguage {
  for (const row of caseRows) {
    const spoken = row.facts.languages;
    if (!Array.isArray(spoken)) continue;
    const known = spoken.find((l): l is ExportLanguage => EXPORT_LANGUAGES.includes(l as ExportLanguage));
    if (known) return known;
  }
  return 'lt';
}

/** The person's identity for the data protection officer, as the one identity decision allows it. */
function identityForOfficer(db: Db, keys: Keys, person: PersonRow, personKey: Buffer | null) {
  const state = identityStateFor({
    anonymous: person.sealedIdentity === null,
    erased: person.erasedAt !== null,
    role: 'data_protection_officer',
    organisationId: person.organisationId,
    onTeam: false,
    holderOrganisationId: person.organisationId,
    sharedWith: [],
  });
  return state === 'shown'
    ? unsealIdentity(db, keys, person, personKey)
    : unsealIdentity(db, keys, { ...person, sealedIdentity: null });
}

/** The data protection officer's view: the person, their identity, restriction and cases in brief. */
export async function subjectView(db: Db, keys: Keys, person: PersonRow): Promise<SubjectView> {
  const names = await organisationNames(db);
  const personKey = await personDataKey(db, keys, person.id);
  const [opened, caseRows, restriction] = await inTurn(
    () => identityForOfficer(db, keys, person, personKey),
    () => casesOfPerson(db, person.id),
    () => restrictionOf(db, names, person, personKey),
  );
  return {
    person: personFacts(names, person, opened),
    restriction: restriction as SubjectView['restriction'],
    cases: caseRows.map((c) => ({
      id: c.id,
      reference: c.reference,
      kind: c.kind as 'trafficking',
      state: c.state,
      openedAt: iso(c.createdAt),
      closedAt: c.closedAt ? iso(c.closedAt) : null,
    })),
    language: languageOf(caseRows),
  };
}

/** An audit entry's detail without the ids of other people's cases (a possible duplicate names them). */
function ownDetail(detail: unknown): Record<string, unknown> | null {
  if (!detail || typeof detail !== 'object') return null;
  const { otherCaseIds: _others, otherCaseId: _other, ...own } = detail as Record<string, unknown>;
  return own;
}

/**
 * Assistance as the person receives it: staff appear by organisation, not by name (Art. 15(4):
 * staff may be at risk from traffickers), as everywhere else in the copy.
 */
function withoutStaffNames<A extends Awaited<ReturnType<typeof assistanceRecordOf>>>(a: A): A {
  const anonymous = <T extends { userName: string | null }>(r: T): T => ({ ...r, userName: null });
  return {
    ...a,
    rights: a.rights.map(anonymous),
    assessments: a.assessments.map(anonymous),
    plan: { ...a.plan, agreements: a.plan.agreements.map(anonymous) },
    services: a.services.map(anonymous),
    legal: { ...a.legal, steps: a.legal.steps.map(anonymous) },
    cards: a.cards.map((c) => ({ ...c, issuedBy: anonymous(c.issuedBy) })),
  };
}

/** Everything held about the person: identity, every case with its texts opened, and the audit entries. */
export async function subjectRecord(db: Db, keys: Keys, person: PersonRow, periods: NrmPeriods) {
  const names = await organisationNames(db);
  const org = (id: string) => nameOf(names, id);
  const personKey = await personDataKey(db, keys, person.id);
  const opened = await identityForOfficer(db, keys, person, personKey);
  const caseRows = await casesOfPerson(db, person.id);
  const caseIds = caseRows.map((c) => c.id);
  const [referrals, notes, restriction, documents] = await inTurn(
    () => referralsOf(db, caseIds),
    () => allNotesOf(db, caseIds),
    () => restrictionOf(db, names, person, personKey),
    () => documentsForCopy(db, personKey, caseIds),
  );

  const cases: z.input<typeof CaseExport>[] = [];
  for (const row of caseRows) {
    const [team, consents, events, record, approvals, reconsiderations] = await inTurn(
      () => teamOf(db, row.id),
      () => consentsOf(db, row.id),
      () => eventsOf(db, row.id),
      () => assistanceRecordOf(db, row, () => personKey, { canRecord: false }),
      () => approvalsOf(db, row.id),
      () => reconsiderationsOf(db, row.id),
    );
    const review = (kind: Parameters<typeof openReview>[1], sealed: Buffer | null) =>
      openReview(personKey, kind, row.id, sealed);
    const { canRecord: _, cardRefusals: __, ...assistance } = withoutStaffNames(record);
    const open = (kind: Parameters<typeof openText>[1], sealed: Buffer | null) =>
      sealed ? openText(personKey, kind, row.id, sealed) : null;
    const openBase64 = (sealed: unknown) =>
      typeof sealed === 'string' ? open('decision-reason', Buffer.from(sealed, 'base64')) : null;
    // A cooperation note is sealed; one written before notes were sealed may still be in the clear.
    const { identification, cooperation } = row;
    cases.push({
      id: row.id,
      reference: row.reference,
      kind: row.kind as 'trafficking',
      state: row.state,
      child: row.child,
      openedAt: iso(row.createdAt),
      closedAt: row.closedAt ? iso(row.closedAt) : null,
      origin: org(row.originOrganisationId),
      facts: row.facts,
      team: team.map((m) => ({
        organisation: org(m.organisationId),
        role: m.role,
        joinedAt: iso(m.joinedAt),
        leftAt: m.leftAt ? iso(m.leftAt) : null,
      })),
      consents: consents.map(({ consent }) => ({
        scope: consent.scope as 'share_identity',
        method: consent.method as 'spoken',
        organisation: consent.organisationId ? org(consent.organisationId) : null,
        givenAt: iso(consent.givenAt),
        withdrawnAt: consent.withdrawnAt ? iso(consent.withdrawnAt) : null,
      })),
      referrals: referrals
        .filter((r) => r.referral.caseId === row.id)
        .map(({ referral }) => ({
          id: referral.id,
          from: org(referral.fromOrganisationId),
          to: org(referral.toOrganisationId),
          purpose: referral.purpose as 'assistance',
          status: referral.status as 'sent',
          sharesIdentity: referral.sharesIdentity,
          sentAt: iso(referral.sentAt),
          respondedAt: referral.respondedAt ? iso(referral.respondedAt) : null,
          note: open('referral-note', referral.sealedNote),
          reason: open('referral-reason', referral.sealedReason),
        })),
      decisions: {
        identification: identification
          ? {
              outcome: identification.outcome as 'identified',
              decidedOn: identification.decidedOn,
              reasons: openBase64(identification.reasonsSealed),
            }
          : null,
        cooperation: cooperation
          ? {
              outcome: cooperation.outcome as 'yes',
              decidedOn: cooperation.decidedOn,
              note: openBase64(cooperation.noteSealed) ?? cooperation.note ?? null,
            }
          : null,
        reflection: row.reflectionStartsOn
          ? {
              startsOn: row.reflectionStartsOn,
              endsOn: lastDayOf(row.reflectionStartsOn, periods.reflectionPeriodDays),
              days: periods.reflectionPeriodDays,
            }
          : null,
        residencePermit: (row.residencePermit as 'applied' | null) ?? null,
        reconsiderations: reconsiderations.map((r) => ({
          organisation: org(r.organisationId),
          requestedBy: r.requestedBy as 'team',
          requestedOn: r.requestedOn,
          earlierOutcome: r.earlierOutcome,
          reasons: review('reconsideration-reasons', r.sealedReasons),
          outcome: r.outcome,
          decidedOn: r.decidedOn,
          decisionReasons: review('reconsideration-decision', r.sealedDecisionReasons),
        })),
      },
      approvals: approvals.map((a) => ({
        organisation: org(a.organisationId),
        subject: a.subject as 'plan',
        status: a.status as 'pending',
        requestedAt: iso(a.createdAt),
        decidedAt: a.decidedAt ? iso(a.decidedAt) : null,
        reason: review('closure-reason', a.sealedReason),
        comments: review('approval-comments', a.sealedComments),
      })),
      notes: notes
        .filter((n) => n.caseId === row.id)
        .map((n) => ({
          id: n.id,
          at: iso(n.createdAt),
          organisation: org(n.organisationId),
          visibility: n.visibility as 'team',
          text: open('case-note', n.sealedText),
        })),
      timeline: [...events].reverse().map((e) => ({
        at: iso(e.at),
        type: e.type,
        organisation: e.organisationId ? org(e.organisationId) : null,
        detail: e.detail,
        reason: open('event-reason', e.sealedReason),
      })),
      assistance,
      documents: documents.get(row.id) ?? [],
    });
  }

  const audit = await auditAbout(
    db,
    person.id,
    caseIds,
    referrals.map((r) => r.referral.id),
  );
  return {
    person: personFacts(names, person, opened),
    restriction,
    cases,
    audit: audit.map((e) => ({
      at: iso(e.at),
      action: e.action,
      outcome: e.outcome as 'success',
      recordType: e.recordType,
      recordId: e.recordId,
      organisation: e.organisationId ? org(e.organisationId) : null,
      role: e.role,
      detail: ownDetail(e.detail),
    })),
    language: languageOf(caseRows),
    organisation: org,
  };
}
