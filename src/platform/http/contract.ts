import type { z } from 'zod';

// What a route accepts and answers, apart from who may call it and what it does: the method, the
// address, the Zod schemas of its parts and of its answer. Each domain keeps its routes' contracts in
// its contract.ts, which a route spreads into its definition and the staff app reads as types only,
// so the server and the app cannot disagree about a path, a body or an answer. Types only here: the
// app's type-check reads this file and nothing else of the HTTP layer.

export type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export type RouteContract = {
  method: Method;
  url: string;
  body?: z.ZodType;
  query?: z.ZodType;
  params?: z.ZodType;
  /** The answer's schema; null answers 204 No Content (or what the handler sends itself). */
  response: z.ZodType | null;
  /** The status of a success, when not 200 (or 204 without a response schema). */
  status?: number;
};

/** A contract with its exact types kept: the literal method and address, and each schema's own type. */
export const contract = <const C extends RouteContract>(c: C): C => c;
