import { eq } from 'drizzle-orm';
import { authorisedRecord } from '../access/record-guard.ts';
import { recordAudit } from '../audit/record.ts';
import { getPerson, type PersonRow, unsealIdentity } from '../people/store.ts';
import { personFacts } from '../people/verbs.ts';
import type { Db } from '../platform/db.ts';
import type { RequestContext } from '../platform/http/context.ts';
import { viewerOf } from './access.ts';
import { identityStateFor, mostOpen } from './rules.ts';
import { consentsOf, referralsOf, teamOf } from './store.ts';
import { cases } from './tables.ts';
import { activeTeam, identityStateOf, type Viewer } from './view.ts';

// A person's record follows their cases: it is read by the teams of the person's cases, as the cases
// themselves are, not by whoever recorded the person first (that organisation leaves at hand-over).

type PersonCases = Awaited<ReturnType<typeof casesOfPerson>>;

async function casesOfPerson(db: Db, personId: string) {
  const rows = await db.select({ id: cases.id }).from(cases).where(eq(cases.personId, personId));
  const found = [];
  for (const { id } of rows) {
    found.push({
      team: await teamOf(db, id),
      consents: await consentsOf(db, id),
      referrals: await referralsOf(db, [id]),
    });
  }
  return found;
}

/** The organisations a person belongs to: their cases' teams, or the recording one while no case exists. */
function organisationsOfPerson(person: PersonRow, personCases: PersonCases) {
  if (personCases.length === 0) return [person.organisationId];
  return personCases.flatMap((c) => activeTeam(c.team).map((m) => m.organisationId));
}

/** What the viewer may see of the person's identity: the most any of their cases shows them. */
function identityStateOfPerson(person: PersonRow, personCases: PersonCases, viewer: Viewer) {
  if (personCases.length > 0)
    return mostOpen(personCases.map((c) => identityStateOf({ person, ...c }, viewer)));
  // A person recorded without a case is held by the recording organisation alone.
  return identityStateFor({
    anonymous: person.sealedIdentity === null,
    erased: person.erasedAt !== null,
    role: viewer.role,
    organisationId: viewer.organisationId,
    onTeam: viewer.organisationId === person.organisationId,
    holderOrganisationId: person.organisationId,
    sharedWith: [],
  });
}

export async function readPerson(ctx: RequestContext, id: string) {
  const { person, personCases } = await authorisedRecord(ctx, {
    action: 'person.read',
    recordType: 'person',
    id,
    what: 'The person',
    load: async () => {
      const person = await getPerson(ctx.db, id);
      return person ? { person, personCases: await casesOfPerson(ctx.db, id) } : null;
    },
    organisationsOf: ({ person, personCases }) => organisationsOfPerson(person, personCases),
  });
  const state = identityStateOfPerson(person, personCases, viewerOf(ctx));
  return ctx.db.transaction(async (tx) => {
    const opened = state === 'shown' ? await unsealIdentity(tx, ctx.keys, person) : null;
    await recordAudit(tx, ctx, {
      action: 'person.read',
      recordType: 'person',
      recordId: id,
      outcome: 'success',
      detail: { identity: state },
    });
    return { ...personFacts(person), identity: opened?.kind === 'identity' ? opened.identity : null };
  });
}
