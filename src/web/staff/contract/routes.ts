// Every route of the server as the app calls it, taken from each domain's contract.ts (types only:
// nothing of the server reaches the bundle). A route is named by its method and address, as the
// server declares it ("GET /api/cases/:id"); what it takes and what it answers follow from its Zod
// schemas, so a wrong address, a wrong body or a misread answer does not type-check.
import type { z } from 'zod';
import type * as access from '../../../access/contract.ts';
import type * as alerts from '../../../alerts/contract.ts';
import type * as assistance from '../../../assistance/contract.ts';
import type * as audit from '../../../audit/contract.ts';
import type * as cases from '../../../cases/contract.ts';
import type * as directory from '../../../directory/contract.ts';
import type * as documents from '../../../documents/contract.ts';
import type * as funding from '../../../funding/contract.ts';
import type * as people from '../../../people/contract.ts';
import type { RouteContract } from '../../../platform/http/contract.ts';
import type * as programme from '../../../programme/contract.ts';
import type * as review from '../../../review/contract.ts';
import type * as rights from '../../../rights/contract.ts';
import type * as statistics from '../../../statistics/contract.ts';

type ContractsOf<Module> = Extract<Module[keyof Module], RouteContract>;
type Contract =
  | ContractsOf<typeof access>
  | ContractsOf<typeof alerts>
  | ContractsOf<typeof assistance>
  | ContractsOf<typeof audit>
  | ContractsOf<typeof cases>
  | ContractsOf<typeof directory>
  | ContractsOf<typeof documents>
  | ContractsOf<typeof funding>
  | ContractsOf<typeof people>
  | ContractsOf<typeof programme>
  | ContractsOf<typeof review>
  | ContractsOf<typeof rights>
  | ContractsOf<typeof statistics>;

/** The server's routes by method and address. */
export type Routes = { [C in Contract as `${C['method']} ${C['url']}`]: C };
export type RouteKey = keyof Routes;
export type GetRouteKey = Extract<RouteKey, `GET ${string}`>;

/**
 * One part of a request as the route's schema takes it: the path's parameters and a body are
 * required where the route has them, a query where any of its fields is; a part the route does not
 * take cannot be given.
 */
type Part<C, K extends 'params' | 'query' | 'body'> =
  C extends Record<K, infer S extends z.ZodType>
    ? K extends 'query'
      ? object extends z.input<S>
        ? { [P in K]?: z.input<S> }
        : { [P in K]: z.input<S> }
      : { [P in K]: z.input<S> }
    : { [P in K]?: never };

export type RouteInput<K extends RouteKey> = Part<Routes[K], 'params'> &
  Part<Routes[K], 'query'> &
  Part<Routes[K], 'body'>;

/** The arguments after the route's name: none when it needs nothing. */
export type RouteArgs<K extends RouteKey> =
  object extends RouteInput<K> ? [input?: RouteInput<K>] : [input: RouteInput<K>];

/** What the route answers: its response schema's output, or nothing (204). */
export type RouteAnswer<K extends RouteKey> =
  Routes[K] extends Record<'response', infer R extends z.ZodType> ? z.output<R> : undefined;
