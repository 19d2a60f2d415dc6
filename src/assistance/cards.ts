import { randomBytes } from 'node:crypto';
import type { z } from 'zod';
import { recordAudit } from '../audit/record.ts';
import { caseFor, identityForPrint } from '../cases/access.ts';
import { todayInVilnius } from '../cases/model.ts';
import { nationalContactPoint, organisationsWith } from '../cases/organisations.ts';
import { isOnTeam } from '../cases/view.ts';
import { AppError, conflict } from '../platform/errors.ts';
import { actingMembership } from '../platform/http/actor.ts';
import type { RequestContext } from '../platform/http/context.ts';
import { changeAssistance, personFacts } from './access.ts';
import { cardData } from './card-data.ts';
import type { CardIssueInput, CardRevokeInput } from './model.ts';
import { identificationCardPdf } from './print/card.ts';
import type { CardVerificationResult } from './print/verify-page.ts';
import { fontPathOf, organisationContact } from './prints.ts';
import { CARD_VALID_DAYS, cardRefusals, cardStatusOf, dayInVilnius, shiftDay } from './rules.ts';
import { sealFields } from './sealed.ts';
import { cardByToken, currentCardsOf, insertCard, replaceCard, revokeCard } from './store.ts';

// The Human Trafficking Victim Identification Card (seed 000): issued from a formally identified case,
// printed on demand from the case as it is, checked by anyone through the QR code, revoked when wrong.

const VALID_EXISTS =
  'A card of this case is still valid: give the reason it is revoked, and the new card takes its place.';

/** Another change wrote the case's current card first (the database allows one): refused, not failed. */
const isCurrentCardTaken = (error: unknown): boolean =>
  typeof error === 'object' &&
  error !== null &&
  (((error as { code?: unknown }).code === '23505' &&
    String((error as { constraint?: unknown }).constraint ?? 'identification_cards_one_current_per_case') ===
      'identification_cards_one_current_per_case') ||
    isCurrentCardTaken((error as { cause?: unknown }).cause));

/**
 * Issue a card. A case has at most one valid card: one still valid is revoked in the same change, with
 * the reason the staff member gives (refused without one); one past its last day is simply replaced.
 */
export function issueCard(ctx: RequestContext, id: string, input: z.output<typeof CardIssueInput>) {
  return changeAssistance(ctx, id, 'card.issue', 'card.issue', async (s) => {
    const refusals = cardRefusals((await personFacts(s.ctx.db, s.row)).card);
    if (refusals.length > 0) {
      throw conflict(`No card can be issued for this case: ${refusals.join(', ')}.`, refusals[0]);
    }
    const current = await currentCardsOf(s.ctx.db, s.row.id);
    const valid = current.filter((card) => cardStatusOf(card, s.today) === 'valid');
    if (valid.length > 0 && !input.reason) throw conflict(VALID_EXISTS, 'card_valid_exists');
    const revoked: { cardId: string; number: string }[] = [];
    for (const card of current) {
      if (cardStatusOf(card, s.today) !== 'valid') {
        await replaceCard(s.ctx.db, card.id);
        continue;
      }
      const done = await revokeCard(
        s.ctx.db,
        s.row.id,
        card.id,
        s.userId,
        sealFields(s.personKey, 'card-reason', s.row.id, { reason: input.reason }),
      );
      // Revoked by someone else a moment ago: what the staff member confirmed is no longer so.
      if (!done) throw conflict(VALID_EXISTS, 'card_valid_exists');
      const detail = { cardId: card.id, number: card.number };
      s.case.event('card_revoked', detail, { reason: input.reason });
      s.case.audit({ action: 'card.revoke', detail });
      revoked.push(detail);
    }
    const card = await insertCard(s.ctx.db, {
      caseId: s.row.id,
      token: randomBytes(18).toString('base64url'),
      organisationId: s.organisationId,
      issuedByUserId: s.userId,
      validUntil: shiftDay(s.today, CARD_VALID_DAYS),
    }).catch((error: unknown) => {
      if (isCurrentCardTaken(error)) throw conflict(VALID_EXISTS, 'card_valid_exists');
      throw error;
    });
    return {
      event: 'card_issued',
      detail: {
        cardId: card.id,
        number: card.number,
        // The timeline says which card this one replaces, by the number printed on it.
        ...(revoked.length > 0
          ? { revokedCardIds: revoked.map((r) => r.cardId), replacesNumbers: revoked.map((r) => r.number) }
          : {}),
      },
    };
  });
}

export function revokeIdentificationCard(
  ctx: RequestContext,
  id: string,
  cardId: string,
  input: z.output<typeof CardRevokeInput>,
) {
  return changeAssistance(ctx, id, 'card.issue', 'card.revoke', async (s) => {
    const card = await revokeCard(
      s.ctx.db,
      s.row.id,
      cardId,
      s.userId,
      sealFields(s.personKey, 'card-reason', s.row.id, { reason: input.reason }),
    );
    if (!card) throw new AppError('not_found', 'The card was not found, or is already revoked.');
    return { event: 'card_revoked', detail: { cardId, number: card.number } };
  });
}

/** The card as a PDF, in Lithuanian or English, from the case as it is now; the printing is audited. */
export async function cardPdf(
  ctx: RequestContext,
  id: string,
  cardId: string,
  language: 'lt' | 'en',
  base: string,
) {
  const fontPath = fontPathOf(ctx);
  const { row, team } = await caseFor(ctx, 'card.issue', id);
  return ctx.db.transaction(async (tx) => {
    const scoped = { ...ctx, db: tx };
    const printable = await identityForPrint(scoped, row, team);
    if (printable.state === 'openable') {
      throw conflict(
        "Open the person's identity on the case page, with your reason, before printing their card.",
        'card_identity_not_opened',
      );
    }
    if (printable.state === 'hidden') {
      throw conflict(
        "The person's identity was not shared with your organisation under their consent, so their card cannot be printed here.",
        'card_identity_hidden',
      );
    }
    const data = await cardData(scoped, row, team, cardId, language, printable.identity);
    if (!data) throw new AppError('not_found', 'The card was not found.');
    if (data.status !== 'valid')
      throw conflict(`The card is ${data.status}; issue a new one.`, `card_${data.status}`);
    await recordAudit(tx, ctx, {
      action: 'card.print',
      recordType: 'case',
      recordId: row.id,
      outcome: 'success',
      // A coordinator off the team prints an identity only after break-glass: flagged with its reason.
      detail: {
        cardId,
        language,
        ...(isOnTeam(team, actingMembership(ctx).organisationId) ? {} : { outsideTeam: true }),
        ...(printable.breakGlass ? { breakGlass: true, reason: printable.breakGlass.reason } : {}),
      },
    });
    const pdf = await identificationCardPdf({
      ...data.card,
      language,
      verifyUrl: `${base}${data.verifyPath}`,
      fontPath,
    });
    return { pdf, number: data.card.number };
  });
}

/**
 * What the QR code's page says: genuine and valid, revoked, expired, or unknown; who issued the card
 * and whom to tell about a false one; nothing about the person.
 */
export async function verifyCard(
  ctx: Pick<RequestContext, 'db'>,
  token: string,
  language: 'lt' | 'en',
): Promise<CardVerificationResult> {
  const [card, point] = await Promise.all([cardByToken(ctx.db, token), nationalContactPoint(ctx.db)]);
  const contactOf = (org: Parameters<typeof organisationContact>[0]) => {
    const { organisation, phone, email } = organisationContact(org, language);
    return { name: organisation, phone, email };
  };
  const contactPoint = point ? contactOf(point) : null;
  if (!card) {
    return { status: 'unknown', number: null, issuedOn: null, validUntil: null, issuer: null, contactPoint };
  }
  const [issuer] = await organisationsWith(ctx.db, [card.organisationId]);
  return {
    status: cardStatusOf(card, todayInVilnius()),
    number: card.number,
    issuedOn: dayInVilnius(card.issuedAt),
    validUntil: card.validUntil,
    issuer: issuer ? contactOf(issuer) : null,
    contactPoint,
  };
}
