import type { IntakeForm } from './form.ts';

/** What every intake step gets: the form, a way to change it, and messages by form field. */
export interface StepProps {
  form: IntakeForm;
  update: (patch: Partial<IntakeForm>) => void;
  errors: Record<string, string>;
}
