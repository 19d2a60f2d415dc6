import type { PrintTexts } from './texts/types.ts';

/** The organisation a document comes from, and how the person reaches it. */
export type PrintOrganisation = { name: string; phone: string | null; email: string | null };

/** The organisation's name and each contact it has, one a line. */
export function organisationLines(organisation: PrintOrganisation, t: PrintTexts): string {
  const lines = [organisation.name];
  if (organisation.phone) lines.push(`${t.phone}: ${organisation.phone}`);
  if (organisation.email) lines.push(`${t.email}: ${organisation.email}`);
  return lines.join('\n');
}
