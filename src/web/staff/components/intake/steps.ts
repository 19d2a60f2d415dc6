import { fromLocalInput } from '../../time.ts';
import type { IntakeForm } from './form.ts';

/** The intake in the order an officer asks: each step one screenful on a phone. */
export const STEPS = ['what', 'signs', 'person', 'needs', 'consent', 'review'] as const;
export type Step = (typeof STEPS)[number];

const FIELD_STEP: Record<string, Step> = {
  kind: 'what',
  exploitationForms: 'what',
  otherCrime: 'what',
  firstContactKind: 'what',
  metAt: 'what',
  municipality: 'what',
  placeNote: 'what',
  destinationCountry: 'what',
  indicators: 'signs',
  sex: 'person',
  age: 'person',
  ageBand: 'person',
  child: 'person',
  citizenship: 'person',
  citizenshipPathway: 'person',
  languages: 'person',
  interpreterNeeded: 'person',
  disability: 'person',
  identity: 'person',
  urgentNeeds: 'needs',
  consents: 'consent',
  supportServiceId: 'consent',
};

/** "data.identity.givenName" or "identity.givenName" → "identity": the form field it belongs to. */
export function formFieldOf(path: string): string {
  const parts = path.replace(/^(body\.)?data\./, '').split('.');
  return parts[0] ?? path;
}

export function stepOf(field: string): Step {
  return FIELD_STEP[formFieldOf(field)] ?? 'review';
}

/** Field messages from the server, under the form fields they belong to. */
export function byFormField(errors: Record<string, string>): Record<string, string> {
  const result: Record<string, string> = {};
  for (const [path, message] of Object.entries(errors)) {
    const field = formFieldOf(path);
    result[field] = result[field] ? `${result[field]} ${message}` : message;
  }
  return result;
}

/** The fields a record cannot be sent without, in step order. */
export function missingFields(form: IntakeForm): string[] {
  const missing: string[] = [];
  if (!form.kind) missing.push('kind');
  if (form.kind === 'trafficking' && form.exploitationForms.length === 0) missing.push('exploitationForms');
  if (form.kind === 'other_crime' && !form.otherCrime) missing.push('otherCrime');
  if (!form.firstContactKind) missing.push('firstContactKind');
  if (!fromLocalInput(form.metAt)) missing.push('metAt');
  if (!form.municipality) missing.push('municipality');
  if (form.firstContactKind === 'consular_mission' && !form.destinationCountry.trim())
    missing.push('destinationCountry');
  if (!form.sex) missing.push('sex');
  return missing;
}
