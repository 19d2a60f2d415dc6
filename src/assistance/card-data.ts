import type { Team } from '../cases/change.ts';
import { organisationsWith } from '../cases/organisations.ts';
import type { CaseRow } from '../cases/store.ts';
import { isOnTeam } from '../cases/view.ts';
import type { Identity } from '../people/model.ts';
import { getPerson, personDataKey } from '../people/store.ts';
import { actingMembership } from '../platform/http/actor.ts';
import type { RequestContext } from '../platform/http/context.ts';
import { assistanceRecordOf } from './access.ts';
import { CARD_TEXTS, label } from './print/texts/index.ts';
import { organisationContact } from './prints.ts';
import { dayInVilnius, lawEnforcementKnowing } from './rules.ts';

// The fields of the identification card, exactly those of seed 000, gathered from the case as it is.

/** The card's content, or null when the card is not this case's. */
export async function cardData(
  ctx: RequestContext,
  row: CaseRow,
  team: Team,
  cardId: string,
  language: 'lt' | 'en',
  /** The identity the viewer may print (identityForPrint decides), or null. */
  identity: Identity | null,
) {
  const person = (await getPerson(ctx.db, row.personId))!;
  const key = await personDataKey(ctx.db, ctx.keys, row.personId);
  // What was written about the person goes on the card only for its team, as on the case page.
  const onTeam = isOnTeam(team, actingMembership(ctx).organisationId);
  const view = await assistanceRecordOf(ctx.db, row, () => (onTeam ? key : null), { canRecord: false });
  const card = view.cards.find((c) => c.id === cardId);
  if (!card) return null;
  const { facts } = row;
  const current = view.assessments.find((a) => a.current);
  const note = (domain: string) => current?.needs.find((n) => n.domain === domain)?.note ?? null;
  const { identification } = row;
  const counts = new Map<string, number>();
  for (const s of view.services) counts.set(s.type, (counts.get(s.type) ?? 0) + 1);
  const named = await organisationsWith(ctx.db, [card.issuedBy.organisation.id, row.originOrganisationId]);
  const issuer = named.find((o) => o.id === card.issuedBy.organisation.id);
  const origin = named.find((o) => o.id === row.originOrganisationId);
  const inv = view.legal.investigation;
  return {
    verifyPath: card.verifyPath,
    status: card.status,
    card: {
      number: card.number,
      issuedOn: dayInVilnius(new Date(card.issuedAt)),
      validUntil: card.validUntil,
      person: {
        givenName: identity?.givenName ?? '',
        familyName: identity?.familyName ?? null,
        birthDate: identity?.birthDate ?? null,
        sex: person.sex,
        citizenship: facts.citizenship,
        documents: identity?.documents ?? [],
      },
      caseDescription: {
        reference: row.reference,
        exploitationForms: facts.exploitationForms,
        metOn: dayInVilnius(new Date(facts.metAt)),
        municipality: facts.municipality,
        identifiedOn: identification?.outcome === 'identified' ? (identification.decidedOn ?? null) : null,
        services: [...counts].map(([type, count]) => ({ type, count })),
      },
      health: {
        needs: (current?.needs ?? [])
          .filter((n) => n.urgency !== 'none')
          .map(({ domain, urgency }) => ({ domain, urgency })),
        healthNote: note('health'),
        psychologicalNote: note('psychological'),
      },
      risk: current ? { level: current.risk.level, reasons: current.risk.reasons } : null,
      investigation: inv
        ? { institution: inv.institution, caseNumber: inv.caseNumber, startedOn: inv.startedOn }
        : null,
      victimContacts: identity?.contacts ?? [],
      lawEnforcementOfficer:
        inv && (inv.officerName || inv.officerContact)
          ? { name: inv.officerName, contact: inv.officerContact }
          : null,
      knownToLawEnforcementBy: lawEnforcementKnowing({
        investigation: inv ? label(CARD_TEXTS[language].codes.institution, inv.institution) : null,
        firstContactKind: facts.firstContactKind,
        origin: origin
          ? { name: language === 'lt' ? origin.nameLt : origin.nameEn, functions: origin.functions }
          : null,
      }),
      ngo: {
        ...organisationContact(issuer!, language),
        representative: card.issuedBy.userName,
      },
    },
  };
}
