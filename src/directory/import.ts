import { SourceDirectory, SourceService } from './source.ts';

export type RecordProblem = { record: string; field: string; message: string };

/**
 * Check a directory dataset record by record: which record, which field, why. Nothing is imported
 * unless the whole dataset is clean, so a report lists every problem at once.
 */
export function checkDataset(
  raw: unknown,
  organisationSlugs: ReadonlySet<string>,
): {
  problems: RecordProblem[];
  dataset: SourceDirectory | null;
} {
  const problems: RecordProblem[] = [];
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return { problems: [{ record: 'dataset', field: '', message: 'must be a JSON object' }], dataset: null };
  }
  const { services, ...rest } = raw as Record<string, unknown>;
  const top = SourceDirectory.omit({ services: true }).safeParse(rest);
  if (!top.success) {
    for (const issue of top.error.issues)
      problems.push({ record: 'dataset', field: issue.path.join('.'), message: issue.message });
  }
  if (!Array.isArray(services) || services.length === 0) {
    problems.push({ record: 'dataset', field: 'services', message: 'must be a non-empty list' });
    return { problems, dataset: null };
  }
  const declaredNeeds = new Set(top.success ? top.data.needs.map((n) => n.code) : []);
  const serviceSlugs = new Set<string>();
  const locationSlugs = new Set<string>();
  services.forEach((item, index) => {
    const name = (item as { slug?: unknown })?.slug;
    const record = `services[${index}]${typeof name === 'string' ? ` (${name})` : ''}`;
    const parsed = SourceService.safeParse(item);
    if (!parsed.success) {
      for (const issue of parsed.error.issues)
        problems.push({ record, field: issue.path.join('.'), message: issue.message });
      return;
    }
    const service = parsed.data;
    if (serviceSlugs.has(service.slug))
      problems.push({ record, field: 'slug', message: 'is used by another service' });
    serviceSlugs.add(service.slug);
    if (!organisationSlugs.has(service.organisation)) {
      problems.push({ record, field: 'organisation', message: `no organisation "${service.organisation}"` });
    }
    service.needs.forEach((need, i) => {
      if (top.success && !declaredNeeds.has(need))
        problems.push({ record, field: `needs.${i}`, message: `need "${need}" is not declared` });
    });
    service.locations.forEach((location, i) => {
      if (locationSlugs.has(location.slug)) {
        problems.push({ record, field: `locations.${i}.slug`, message: 'is used by another location' });
      }
      locationSlugs.add(location.slug);
    });
  });
  if (problems.length > 0) return { problems, dataset: null };
  return { problems, dataset: SourceDirectory.parse(raw) };
}
