import { authorisedRecord } from '../access/record-guard.ts';
import { recordAudit } from '../audit/record.ts';
import { type PersonRow, unsealIdentity, unwrapPersonKey } from '../people/store.ts';
import { personFacts } from '../people/verbs.ts';
import type { RequestContext } from '../platform/http/context.ts';
import { viewerOf } from './access.ts';
import { identityStateFor, mostOpen } from './rules.ts';
import { personWithCases } from './store.ts';
import { activeTeam, identityStateOf, type Viewer } from './view.ts';

// A person's record follows their cases: it is read by the teams of the person's cases, as the cases
// themselves are, not by whoever recorded the person first (that organisation leaves at hand-over).

type PersonCases = NonNullable<Awaited<ReturnType<typeof personWithCases>>>['cases'];

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

/** A person read in one query, checked on the teams of their cases, and the read audited. */
export async function readPerson(ctx: RequestContext, id: string) {
  const {
    person,
    wrappedKey,
    cases: personCases,
  } = await authorisedRecord(ctx, {
    action: 'person.read',
    recordType: 'person',
    id,
    what: 'The person',
    load: () => personWithCases(ctx.db, id),
    organisationsOf: ({ person, cases: theirs }) => organisationsOfPerson(person, theirs),
  });
  const state = identityStateOfPerson(person, personCases, viewerOf(ctx));
  const opened =
    state === 'shown'
      ? await unsealIdentity(ctx.db, ctx.keys, person, unwrapPersonKey(ctx.keys, id, wrappedKey))
      : null;
  await recordAudit(ctx.db, ctx, {
    action: 'person.read',
    recordType: 'person',
    recordId: id,
    outcome: 'success',
    detail: { identity: state },
  });
  return { ...personFacts(person), identity: opened?.kind === 'identity' ? opened.identity : null };
}
