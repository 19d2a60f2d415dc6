import { route } from '../platform/http/route.ts';
import * as contract from './contract.ts';
import { createPerson, listPersons } from './verbs.ts';

const tag = 'People';

export const peopleRoutes = [
  route({
    ...contract.createPerson,
    summary: 'Record a person (identity optional and sealed)',
    tag,
    policy: { kind: 'action', action: 'person.create' },
    handler: async (ctx, { body }) => createPerson(ctx, body),
  }),
  route({
    ...contract.listPeople,
    summary: 'People known to the acting organisation (national point of contact: all), without identity',
    tag,
    policy: { kind: 'action', action: 'person.list' },
    handler: async (ctx) => listPersons(ctx),
  }),
];
