import { route } from '../platform/http/route.ts';
import { CreatePersonInput, PersonList, PersonView } from './model.ts';
import { createPerson, listPersons } from './verbs.ts';

const tag = 'People';

export const peopleRoutes = [
  route({
    method: 'POST',
    url: '/api/people',
    summary: 'Record a person (identity optional and sealed)',
    tag,
    policy: { kind: 'action', action: 'person.create' },
    body: CreatePersonInput,
    response: PersonView,
    status: 201,
    handler: async (ctx, { body }) => createPerson(ctx, body),
  }),
  route({
    method: 'GET',
    url: '/api/people',
    summary: 'People known to the acting organisation (national point of contact: all), without identity',
    tag,
    policy: { kind: 'action', action: 'person.list' },
    response: PersonList,
    handler: async (ctx) => listPersons(ctx),
  }),
];
