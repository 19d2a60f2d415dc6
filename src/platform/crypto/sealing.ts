import { createCipheriv, createDecipheriv, createHmac, randomBytes } from 'node:crypto';

// Sealed values are AES-256-GCM: [version 1 byte][iv 12][tag 16][ciphertext]. The additional
// authenticated data binds a ciphertext to its owner, so a sealed value copied onto another record
// does not decrypt.
const VERSION = 1;
const IV_BYTES = 12;
const TAG_BYTES = 16;

export class SealError extends Error {}

export function newKey(): Buffer {
  return randomBytes(32);
}

export function seal(key: Buffer, plaintext: Buffer, aad: string): Buffer {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(Buffer.from(aad, 'utf8'));
  const body = Buffer.concat([cipher.update(plaintext), cipher.final()]);
  return Buffer.concat([Buffer.from([VERSION]), iv, cipher.getAuthTag(), body]);
}

export function unseal(key: Buffer, sealed: Buffer, aad: string): Buffer {
  if (sealed.length < 1 + IV_BYTES + TAG_BYTES || sealed[0] !== VERSION) {
    throw new SealError('unknown sealed format');
  }
  const iv = sealed.subarray(1, 1 + IV_BYTES);
  const tag = sealed.subarray(1 + IV_BYTES, 1 + IV_BYTES + TAG_BYTES);
  const decipher = createDecipheriv('aes-256-gcm', key, iv);
  decipher.setAAD(Buffer.from(aad, 'utf8'));
  decipher.setAuthTag(tag);
  try {
    return Buffer.concat([decipher.update(sealed.subarray(1 + IV_BYTES + TAG_BYTES)), decipher.final()]);
  } catch {
    throw new SealError('sealed value does not authenticate');
  }
}

export function sealJson(key: Buffer, value: unknown, aad: string): Buffer {
  return seal(key, Buffer.from(JSON.stringify(value), 'utf8'), aad);
}

export function unsealJson(key: Buffer, sealed: Buffer, aad: string): unknown {
  return JSON.parse(unseal(key, sealed, aad).toString('utf8'));
}

/** Lower-case, strip diacritics and punctuation, collapse spaces: "Šarūnė  Jonaitytė" → "sarune jonaityte". */
export function normaliseForIndex(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Keyed blind index: equal names and birth dates give equal tokens, without the names being stored. */
export function blindIndex(key: Buffer, fullName: string, birthDate: string | null): string {
  const material = `${normaliseForIndex(fullName)}|${birthDate ?? ''}`;
  return createHmac('sha256', key).update(material, 'utf8').digest('hex');
}
