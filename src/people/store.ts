import { desc, eq } from 'drizzle-orm';
import type { Keys } from '../platform/crypto/keys.ts';
import { blindIndex, newKey, seal, sealJson, unseal, unsealJson } from '../platform/crypto/sealing.ts';
import type { Db } from '../platform/db.ts';
import { Identity } from './model.ts';
import { people, personKeys } from './tables.ts';

const keyAad = (personId: string) => `person-key:${personId}`;
const identityAad = (personId: string) => `person-identity:${personId}`;

export type PersonRow = typeof people.$inferSelect;

/** Insert a person; identity is sealed under a fresh data key wrapped by the master key. */
export async function insertPerson(
  db: Db,
  keys: Keys,
  input: Omit<typeof people.$inferInsert, 'id' | 'sealedIdentity' | 'blindIndex'> & { identity?: Identity },
) {
  const { identity, ...facts } = input;
  const [row] = await db.insert(people).values(facts).returning();
  if (!identity) return row!;
  const dataKey = newKey();
  await db
    .insert(personKeys)
    .values({ personId: row!.id, wrappedKey: seal(keys.master, dataKey, keyAad(row!.id)) });
  const fullName = [identity.givenName, identity.familyName].filter(Boolean).join(' ');
  const [sealed] = await db
    .update(people)
    .set({
      sealedIdentity: sealJson(dataKey, identity, identityAad(row!.id)),
      blindIndex: blindIndex(keys.blindIndex, fullName, identity.birthDate ?? null),
    })
    .where(eq(people.id, row!.id))
    .returning();
  return sealed!;
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
export async function unsealIdentity(db: Db, keys: Keys, person: PersonRow): Promise<Unsealed> {
  if (!person.sealedIdentity) return { kind: 'none' };
  const [key] = await db.select().from(personKeys).where(eq(personKeys.personId, person.id)).limit(1);
  if (!key) return { kind: 'shredded' };
  const dataKey = unseal(keys.master, key.wrappedKey, keyAad(person.id));
  return {
    kind: 'identity',
    identity: Identity.parse(unsealJson(dataKey, person.sealedIdentity, identityAad(person.id))),
  };
}

/** Crypto-shredding: destroy the data key, drop the blind index; the non-identifying facts stay. */
export async function shredPerson(db: Db, id: string) {
  await db.delete(personKeys).where(eq(personKeys.personId, id));
  await db
    .update(people)
    .set({ blindIndex: null, erasedAt: new Date(), updatedAt: new Date() })
    .where(eq(people.id, id));
}
