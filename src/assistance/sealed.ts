import { sealJson, unsealJson } from '../platform/crypto/sealing.ts';

// Every word written about a person in assistance (a need's note, their own words about the plan, an
// investigation's number) is sealed under the person's key, bound to the kind of record and the case:
// erasing the person, or anonymising the case, leaves these unreadable.

export type SealedKind =
  | 'assessment'
  | 'plan-item'
  | 'plan-agreement'
  | 'return'
  | 'investigation'
  | 'legal-step'
  | 'claim'
  | 'long-term'
  | 'card-reason'
  | 'service-correction';

const aad = (kind: SealedKind, caseId: string) => `assistance-${kind}:${caseId}`;

/** The fields sealed, leaving out empty ones; null when nothing is said or the person's key is gone. */
export function sealFields(
  personKey: Buffer | null,
  kind: SealedKind,
  caseId: string,
  fields: Record<string, unknown>,
): Buffer | null {
  const said = Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined && v !== ''));
  if (!personKey || Object.keys(said).length === 0) return null;
  return sealJson(personKey, said, aad(kind, caseId));
}

/** The fields, or an empty record when nothing was sealed, the key is gone, or the reader may not see them. */
export function openFields(
  personKey: Buffer | null,
  kind: SealedKind,
  caseId: string,
  sealed: Buffer | null,
): Record<string, string | undefined> {
  if (!personKey || !sealed) return {};
  return unsealJson(personKey, sealed, aad(kind, caseId)) as Record<string, string | undefined>;
}
