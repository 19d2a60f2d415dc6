import { desc, eq } from 'drizzle-orm';
import type { Keys } from '../platform/crypto/keys.ts';
import { blindIndex, newKey, seal, sealJson, unseal, unsealJson } from '../platform/crypto/sealing.ts';
import type { Db } from '../platform/db.ts';
import { conflict } from '../platform/errors.ts';
import { Identity } from './model.ts';
import { people, personKeys } from './tables.ts';

const keyAad = (personId: string) => `person-key:${personId}`;
const identityAad = (personId: string) => `person-identity:${personId}`;

export type PersonRow = typeof people.$inferSelect;

/**
 * Insert a person with a fresh data key wrapped by the master key. Every person has one, named or not:
 * identity, notes and every free text about them are sealed under it, so destroying it erases them all.
 */
export async function insertPerson(
  db: Db,
  keys: Keys,
  input: Omit<typeof people.$inferInsert, 'id' | 'sealedIdentity' | 'blindIndex'> & { identity?: Identity },
) {
  const { identity, ...facts } = input;
  const [row] = await db.insert(people).values(facts).returning();
  const { dataKey, wrappedKey } = wrapNewKey(keys, row!.id);
  await db.insert(personKeys).values({ personId: row!.id, wrappedKey });
  return identity ? setIdentity(db, keys, row!.id, identity, dataKey) : row!;
}

/** A new person's data key, wrapped by the master key: for writers that insert people in bulk. */
export function wrapNewKey(keys: Keys, personId: string) {
  const dataKey = newKey();
  return { dataKey, wrappedKey: seal(keys.master, dataKey, keyAad(personId)) };
}

/** The sealed identity and its blind index, as stored on the person. */
export function sealIdentity(keys: Keys, personId: string, identity: Identity, dataKey: Buffer) {
  const fullName = [identity.givenName, identity.familyName].filter(Boolean).join(' ');
  return {
    sealedIdentity: sealJson(dataKey, identity, identityAad(personId)),
    blindIndex: blindIndex(keys.blindIndex, fullName, identity.birthDate ?? null),
  };
}

/** Seal (or replace) a person's identity under their data key, with its blind index. */
export async function setIdentity(
  db: Db,
  keys: Keys,
  personId: string,
  identity: Identity,
  dataKey?: Buffer,
) {
  const key = dataKey ?? (await personDataKey(db, keys, personId));
  if (!key) throw new Error('the person has been erased');
  const [sealed] = await db
    .update(people)
    .set({ ...sealIdentity(keys, personId, identity, key), updatedAt: new Date() })
    .where(eq(people.id, personId))
    .returning();
  return sealed!;
}

/** The person's data key, or null once it has been destroyed. */
export async function personDataKey(db: Db, keys: Keys, personId: string): Promise<Buffer | null> {
  const [key] = await db.select().from(personKeys).where(eq(personKeys.personId, personId)).limit(1);
  return unwrapPersonKey(keys, personId, key?.wrappedKey ?? null);
}

/** A wrapped key read with the person (a case page's one query) opened; null once destroyed. */
export function unwrapPersonKey(keys: Keys, personId: string, wrappedKey: Buffer | null): Buffer | null {
  return wrappedKey ? unseal(keys.master, wrappedKey, keyAad(personId)) : null;
}

export async function getPerson(db: Db, id: string) {
  const [row] = await db.select().from(people).where(eq(people.id, id)).limit(1);
  return row ?? null;
}

export async function listPeople(db: Db, organisationId: string | null, limit = 200) {
  const query = db.select().from(people);
  const scoped = organisationId ? query.where(eq(people.organisationId, organisationId)) : query;
  return scoped.orderBy(desc(people.createdAt)).limit(limit);
}

export type Unsealed = { kind: 'none' } | { kind: 'shredded' } | { kind: 'identity'; identity: Identity };

/** Unwrap the person's key and open their identity; a shredded key means it is gone for good. */
export async function unsealIdentity(
  db: Db,
  keys: Keys,
  person: PersonRow,
  dataKey?: Buffer | null,
): Promise<Unsealed> {
  if (!person.sealedIdentity) return { kind: 'none' };
  const key = dataKey === undefined ? await personDataKey(db, keys, person.id) : dataKey;
  if (!key) return { kind: 'shredded' };
  return {
    kind: 'identity',
    identity: Identity.parse(unsealJson(key, person.sealedIdentity, identityAad(person.id))),
  };
}

/**
 * Crypto-shredding: destroy the data key and drop the blind index; the non-identifying facts stay.
 * What the cases hold about the person is forgotten with them (cases/store.ts forgetPersonInCases).
 */
export async function shredPerson(db: Db, id: string) {
  await db.delete(personKeys).where(eq(personKeys.personId, id));
  await db
    .update(people)
    .set({ blindIndex: null, erasedAt: new Date(), updatedAt: new Date() })
    .where(eq(people.id, id));
}

/**
 * While the data protection officer restricts a person's data, it is stored and read, never changed:
 * every change to their cases, referrals and decisions is refused with the stable code "restricted".
 */
export async function refuseIfRestricted(db: Db, personId: string) {
  const [row] = await db
    .select({ restrictedAt: people.restrictedAt })
    .from(people)
    .where(eq(people.id, personId))
    .limit(1);
  if (row?.restrictedAt) {
    throw conflict(
      "Processing of this person's data is restricted by the data protection officer: the case can be read, not changed.",
      'restricted',
    );
  }
}
