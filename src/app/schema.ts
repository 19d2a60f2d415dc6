// The one place drizzle-kit reads the whole database schema from.
export * from '../access/tables.ts';
export * from '../alerts/tables.ts';
export * from '../assistance/tables.ts';
export * from '../audit/tables.ts';
export * from '../cases/tables.ts';
export * from '../directory/tables.ts';
export * from '../documents/tables.ts';
export * from '../funding/tables.ts';
export * from '../people/tables.ts';
export * from '../platform/tables.ts';
export * from '../programme/tables.ts';
export * from '../review/tables.ts';
export * from '../rights/tables.ts';
export * from './relations.ts';

declare module '../platform/db.ts' {
  interface Schema extends Tables {}
}
type Tables = typeof import('./schema.ts');
