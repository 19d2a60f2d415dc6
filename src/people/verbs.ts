import type { z } from 'zod';
import type { Action } from '../access/policy.ts';
import { authorisedRecord } from '../access/record-guard.ts';
import { recordAudit } from '../audit/record.ts';
import { actingMembership } from '../platform/http/actor.ts';
import type { RequestContext } from '../platform/http/context.ts';
import type { CreatePersonInput, PersonView } from './model.ts';
import { getPerson, insertPerson, listPeople, type PersonRow } from './store.ts';

/** What a person's record says without their identity. */
export function personFacts(row: PersonRow) {
  return {
    id: row.id,
    organisationId: row.organisationId,
    sex: row.sex as PersonView['sex'],
    ageBand: row.ageBand as PersonView['ageBand'],
    citizenshipPathway: row.citizenshipPathway as PersonView['citizenshipPathway'],
    disability: row.disability,
    anonymous: row.sealedIdentity === null,
    erased: row.erasedAt !== null,
    createdAt: row.createdAt.toISOString(),
  };
}

/** Load a person the actor may act on; anything else reads as "not found" and is audited. */
const _personFor = (ctx: RequestContext, action: Action, id: string) =>
  authorisedRecord(ctx, {
    action,
    recordType: 'person',
    id,
    what: 'The person',
    load: () => getPerson(ctx.db, id),
    organisationsOf: (person) => [person.organisationId],
  });

export async function createPerson(ctx: RequestContext, input: z.output<typeof CreatePersonInput>) {
  const m = actingMembership(ctx);
  return ctx.db.transaction(async (tx) => {
    const row = await insertPerson(tx, ctx.keys, {
      organisationId: m.organisationId,
      sex: input.sex,
      ageBand: input.ageBand,
      citizenshipPathway: input.citizenshipPathway,
      disability: input.disability,
      createdByUserId: ctx.actor?.userId,
      identity: input.identity,
    });
    await recordAudit(tx, ctx, {
      action: 'person.create',
      recordType: 'person',
      recordId: row.id,
      outcome: 'success',
    });
    return { ...personFacts(row), identity: input.identity ?? null };
  });
}

export async function listPersons(ctx: RequestContext) {
  const m = actingMembership(ctx);
  const scope = m.role === 'national_coordinator' ? null : m.organisationId;
  const rows = await listPeople(ctx.db, scope);
  return { items: rows.map(personFacts) };
}
