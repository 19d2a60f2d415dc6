import type { Keys } from '../platform/crypto/keys.ts';
import { newKey, seal, sealJson, unseal, unsealJson } from '../platform/crypto/sealing.ts';
import { IntakeDraftData } from './model.ts';
import { municipalityCodeOf } from './municipalities.ts';

// Free text about a person (notes, what a referral asks) is sealed under the person's data key, so
// erasing the person erases it too. A draft has no person yet: it gets its own key.

const draftKeyAad = (id: string) => `intake-draft-key:${id}`;
const draftAad = (id: string) => `intake-draft:${id}`;

export function sealDraft(keys: Keys, id: string, data: IntakeDraftData, wrappedKey?: Buffer) {
  const key = wrappedKey ? unseal(keys.master, wrappedKey, draftKeyAad(id)) : newKey();
  return {
    wrappedKey: wrappedKey ?? seal(keys.master, key, draftKeyAad(id)),
    sealedData: sealJson(key, data, draftAad(id)),
  };
}

export function openDraft(keys: Keys, row: { id: string; wrappedKey: Buffer; sealedData: Buffer }) {
  const key = unseal(keys.master, row.wrappedKey, draftKeyAad(row.id));
  const data = unsealJson(key, row.sealedData, draftAad(row.id)) as Record<string, unknown>;
  // A draft sealed before municipalities were a closed list may hold a name that is none of the 60:
  // the officer chooses again rather than the draft failing to open.
  if (typeof data.municipality === 'string' && !municipalityCodeOf(data.municipality))
    delete data.municipality;
  return IntakeDraftData.parse(data);
}

export type TextKind = 'case-note' | 'referral-note' | 'event-reason' | 'referral-reason' | 'decision-reason';

export const sealText = (personKey: Buffer, kind: TextKind, caseId: string, text: string) =>
  seal(personKey, Buffer.from(text, 'utf8'), `${kind}:${caseId}`);

/** A reason in a staff member's words, sealed; null when the person's key is gone (nothing about them is written then). */
export const sealReason = (
  personKey: Buffer | null,
  kind: TextKind,
  caseId: string,
  text: string | undefined,
) => (personKey && text ? sealText(personKey, kind, caseId, text) : null);

/** The text, or null when the person's key is gone (erased). */
export const openText = (personKey: Buffer | null, kind: TextKind, caseId: string, sealed: Buffer) =>
  personKey ? unseal(personKey, sealed, `${kind}:${caseId}`).toString('utf8') : null;
