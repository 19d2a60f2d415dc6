import { randomBytes } from 'node:crypto';
import type { z } from 'zod';
import { recordAudit } from '../audit/record.ts';
import { caseFor, identityForPrint } from '../cases/access.ts';
import { todayInVilnius } from '../cases/model.ts';
import { isOnTeam } from '../cases/view.ts';
import { AppError, conflict } from '../platform/errors.ts';
import { actingMembership } from '../platform/http/actor.ts';
import type { RequestContext } from '../platform/http/context.ts';
import { changeAssistance, personFacts } from './access.ts';
import { cardData } from './card-data.ts';
import type { CardRevokeInput, CardVerification } from './model.ts';
import { identificationCardPdf } from './print/card.ts';
import { fontPathOf } from './prints.ts';
import { CARD_VALID_DAYS, cardRefusals, cardStatusOf, dayInVilnius, shiftDay } from './rules.ts';
import { sealFields } from './sealed.ts';
import { cardByToken, insertCard, revokeCard } from './store.ts';

// The Human Trafficking Victim Identification Card (seed 000): issued from a formally identified case,
// printed on demand from the case as it is, checked by anyone through the QR code, revoked when wrong.

export function issueCard(ctx: RequestContext, id: string) {
  return changeAssistance(ctx, id, 'card.issue', 'card.issue', async (s) => {
    const refusals = cardRefusals((await personFacts(s.ctx.db, s.row)).card);
    if (refusals.length > 0) {
      throw conflict(`No card can be issued for this case: ${refusals.join(', ')}.`, refusals[0]);
    }
    const card = await insertCard(s.ctx.db, {
      caseId: s.row.id,
      token: randomBytes(18).toString('base64url'),
      organisationId: s.organisationId,
      issuedByUserId: s.userId,
      validUntil: shiftDay(s.today, CARD_VALID_DAYS),
    });
    return { event: 'card_issued', detail: { cardId: card.id, number: card.number } };
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

/** What the QR code's page says: genuine and valid, revoked, expired, or unknown; nothing about the person. */
export async function verifyCard(
  ctx: Pick<RequestContext, 'db'>,
  token: string,
): Promise<z.input<typeof CardVerification>> {
  const card = await cardByToken(ctx.db, token);
  if (!card) return { status: 'unknown', number: null, issuedOn: null, validUntil: null };
  return {
    status: cardStatusOf(card, todayInVilnius()),
    number: card.number,
    issuedOn: dayInVilnius(card.issuedAt),
    validUntil: card.validUntil,
  };
}
