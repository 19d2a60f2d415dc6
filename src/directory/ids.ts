import { createHash } from 'node:crypto';

/**
 * Stable identifiers: the same record in the shipped file gets the same UUID on every machine
 * and every import, so HSDS consumers can follow a service over time.
 */
export function stableId(kind: string, key: string): string {
  const hex = createHash('sha256').update(`atrama:${kind}:${key}`).digest('hex');
  // Shaped as a version 5 (name-based), RFC 4122 variant UUID.
  const variant = ((Number.parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
