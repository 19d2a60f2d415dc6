import type { z } from 'zod';
import { recordAudit } from '../audit/record.ts';
import { seal, unseal } from '../platform/crypto/sealing.ts';
import { actingMembership, actorOf } from '../platform/http/actor.ts';
import type { RequestContext } from '../platform/http/context.ts';
import { CONSULTATION_TOPICS } from './catalogue.ts';
import type { ConsultationInput, ConsultationQuery, ConsultationView } from './model.ts';
import { consultationsOf, insertConsultation } from './store.ts';

// IOM's Migration Information Centre (seed 003): a light log of consultations for people returning to
// Lithuania or thinking of leaving. Anonymous by default; a call-back contact is sealed.

const aad = (id: string) => `consultation-contact:${id}`;
type Row = Awaited<ReturnType<typeof consultationsOf>>[number];

function viewOf(ctx: RequestContext, { consultation: c, userName }: Row): z.input<typeof ConsultationView> {
  return {
    id: c.id,
    on: c.on,
    topics: c.topics,
    channel: c.channel as 'phone',
    audience: c.audience as 'returning',
    country: c.country,
    anonymous: c.sealedContact === null,
    contact: c.sealedContact ? unseal(ctx.keys.master, c.sealedContact, aad(c.id)).toString('utf8') : null,
    userName,
  };
}

export async function recordConsultation(ctx: RequestContext, input: z.output<typeof ConsultationInput>) {
  const m = actingMembership(ctx);
  const id = crypto.randomUUID();
  return ctx.db.transaction(async (tx) => {
    const row = await insertConsultation(tx, {
      id,
      organisationId: m.organisationId,
      userId: actorOf(ctx).userId,
      on: input.on,
      topics: [...new Set(input.topics)],
      channel: input.channel,
      audience: input.audience,
      country: input.country,
      sealedContact: input.contact
        ? seal(ctx.keys.master, Buffer.from(input.contact, 'utf8'), aad(id))
        : null,
    });
    await recordAudit(tx, ctx, {
      action: 'consultation.record',
      recordType: 'consultation',
      recordId: id,
      outcome: 'success',
      detail: { topics: input.topics, anonymous: !input.contact },
    });
    return viewOf(ctx, { consultation: row, userName: null });
  });
}

/** The organisation's own consultations in a period, with how many touched each topic. */
export async function listConsultations(ctx: RequestContext, query: z.output<typeof ConsultationQuery>) {
  const rows = await consultationsOf(ctx.db, actingMembership(ctx).organisationId, query.from, query.to);
  const items = rows.map((r) => viewOf(ctx, r));
  return {
    items,
    byTopic: CONSULTATION_TOPICS.map((topic) => ({
      topic,
      count: items.filter((i) => i.topics.includes(topic)).length,
    })),
  };
}
