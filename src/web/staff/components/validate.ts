/**
 * Forms use noValidate so that every message comes from the catalogues rather than from the
 * browser. This finds the required fields left empty, in form order, and focuses the first one.
 *
 * @param fields field name → [input element id, current value]
 * @returns the names of the empty fields
 */
export function emptyRequired(fields: Record<string, [string, string]>): string[] {
  const empty = Object.entries(fields)
    .filter(([, [, value]]) => value.trim() === '')
    .map(([name]) => name);
  const first = empty[0];
  if (first !== undefined) {
    const entry = fields[first];
    if (entry) document.getElementById(entry[0])?.focus();
  }
  return empty;
}

export function errorsFor(names: string[], message: string): Record<string, string> {
  return Object.fromEntries(names.map((name) => [name, message]));
}
