import type { LocalisedName } from '../../contract/access.ts';
import type { CaseView, OrganisationName } from '../../contract/cases.ts';
import { locale, localName } from '../../format.ts';
import { todayInVilnius } from '../../time.ts';
import { PRINT_LANGUAGES, type PrintLanguage } from './types.ts';

/** "Eglė Jankauskienė, Caritas": who recorded something (the name is absent for an erased user). */
export function byLine(
  by: { organisation: { name: LocalisedName }; userName: string | null },
  language: string,
) {
  return [by.userName, localName(by.organisation.name, language)].filter(Boolean).join(', ');
}

/**
 * The language to print for the person in: the first of their languages there is a print in;
 * English for someone who speaks none of them, Lithuanian when nothing is known.
 */
export function personLanguage(view: Pick<CaseView, 'facts'>): PrintLanguage {
  const known = view.facts.languages.map((code) => code.toLowerCase());
  const printable = known.find((code): code is PrintLanguage =>
    (PRINT_LANGUAGES as readonly string[]).includes(code),
  );
  return printable ?? (known.length > 0 ? 'en' : 'lt');
}

/** The organisations on the case team now, each once, in the order they joined. */
export function activeTeam(view: Pick<CaseView, 'team'>): OrganisationName[] {
  const seen = new Map<string, OrganisationName>();
  for (const member of view.team) {
    if (member.leftAt === null && !seen.has(member.id))
      seen.set(member.id, { id: member.id, name: member.name });
  }
  return [...seen.values()];
}

/** The day the case began, as the server counts it: the person was met or the case opened, the earlier. */
export function caseBeganOn(view: Pick<CaseView, 'facts' | 'openedAt'>): string {
  const days = [view.facts.metAt, view.openedAt].map((iso) => todayInVilnius(new Date(iso)));
  return days.sort()[0]!;
}

/** How many of each, the most frequent first. */
export function countsBy<T extends string>(items: readonly T[]): [T, number][] {
  const counts = new Map<T, number>();
  for (const item of items) counts.set(item, (counts.get(item) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1]);
}

/** An amount in euros, in the interface language's conventions. */
export function euros(amount: number, language: string): string {
  return new Intl.NumberFormat(locale(language), { style: 'currency', currency: 'EUR' }).format(amount);
}

/** A number field's text as a number (a decimal comma accepted), or undefined when empty or not one. */
export function numberOrUndefined(text: string): number | undefined {
  const trimmed = text.trim().replace(',', '.');
  if (trimmed === '') return undefined;
  const value = Number(trimmed);
  return Number.isFinite(value) ? value : undefined;
}
