import { deriveKey, type Keys } from '../platform/crypto/keys.ts';

export type AuditKeys = {
  /** Keys every link of the hash chains. */
  link: Buffer;
  /** Signs the checkpoints kept outside the database. */
  checkpoint: Buffer;
};

const derived = new WeakMap<Keys, AuditKeys>();

/** The audit trail's keys, derived from the master key once per set of keys. */
export function auditKeys(keys: Keys): AuditKeys {
  let found = derived.get(keys);
  if (!found) {
    found = {
      link: deriveKey(keys.master, 'atrama-audit-link'),
      checkpoint: deriveKey(keys.master, 'atrama-audit-checkpoint'),
    };
    derived.set(keys, found);
  }
  return found;
}
