import { contract } from '../platform/http/contract.ts';
import { CreatePersonInput, PersonList, PersonView } from './model.ts';

// The routes of people.
// Each route spreads its contract into its definition; the staff app reads them as types only
// (src/web/staff/contract/routes.ts), so neither can change a path, a body or an answer alone.

export const createPerson = contract({
  method: 'POST',
  url: '/api/people',
  body: CreatePersonInput,
  response: PersonView,
  status: 201,
});

export const listPeople = contract({
  method: 'GET',
  url: '/api/people',
  response: PersonList,
});
