import { readFileSync } from 'node:fs';
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import formats from 'ajv-formats';

// The official HSDS 3.1 schemas, copied beside this file (hsds-schemas/README.md names the source)
// because an installation has the repository and nothing around it.
const SCHEMA_FILE = new URL('./hsds-schemas/service_with_definitions.json', import.meta.url);

export type FieldProblem = { field: string; message: string };
export type HsdsCheck = (value: unknown) => FieldProblem[];
export type HsdsValidators = { service: HsdsCheck; organization: HsdsCheck; taxonomyTerm: HsdsCheck };

/** An Ajv error as a dotted field path and a reason: `phones.0.number`, "must be string". */
function fieldProblem(error: ErrorObject, prefix: string): FieldProblem {
  const path = error.instancePath
    .split('/')
    .slice(1)
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'));
  if (error.keyword === 'required') {
    path.push(String(error.params.missingProperty));
    return { field: [prefix, ...path].filter(Boolean).join('.'), message: 'is required' };
  }
  const allowed = error.keyword === 'enum' ? `: ${(error.params.allowedValues as unknown[]).join(', ')}` : '';
  return { field: [prefix, ...path].filter(Boolean).join('.'), message: `${error.message}${allowed}` };
}

const problemsOf = (validate: ValidateFunction, value: unknown, prefix = ''): FieldProblem[] =>
  validate(value) ? [] : (validate.errors ?? []).map((error) => fieldProblem(error, prefix));

let validators: HsdsValidators | null = null;

/** Validators for HSDS services, organisations and taxonomy terms, compiled once. */
export function hsdsValidators(): HsdsValidators {
  if (validators) return validators;
  const ajv = new Ajv({ strict: false, allErrors: true });
  // ajv-formats is CommonJS: its plugin is the default export's default.
  const addFormats = ((formats as unknown as { default?: unknown }).default ?? formats) as (ajv: Ajv) => Ajv;
  addFormats(ajv);
  ajv.addSchema(JSON.parse(readFileSync(SCHEMA_FILE, 'utf8')), 'service');
  const schema = (ref: string) => ajv.getSchema(ref)!;
  const service = schema('service');
  const organization = schema('service#/definitions/organization');
  const taxonomyTerm = schema('service#/definitions/taxonomy_term');
  validators = {
    service: (value) => problemsOf(service, value),
    // The standard's compiled organisation nests its services whole; the definition leaves them out.
    organization: (value) => {
      const problems = problemsOf(organization, value);
      const nested = (value as { services?: unknown } | null)?.services;
      if (Array.isArray(nested)) {
        for (const [i, item] of nested.entries())
          problems.push(...problemsOf(service, item, `services.${i}`));
      } else if (nested !== undefined) problems.push({ field: 'services', message: 'must be array' });
      return problems;
    },
    taxonomyTerm: (value) => problemsOf(taxonomyTerm, value),
  };
  return validators;
}
