import { type InputHTMLAttributes, type ReactNode, type TextareaHTMLAttributes, useId } from 'react';

interface TextFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'onChange' | 'value'> {
  label: string;
  value: string;
  onValueChange: (value: string) => void;
  hint?: string;
  error?: string | undefined;
  /** A stable id so that tests and label "for" attributes can rely on it. */
  id?: string;
}

/** The mark of a field that must be filled in; the control itself says so to screen readers. */
export function RequiredMark({ required }: { required?: boolean | undefined }) {
  return required ? (
    <span className="required-mark" aria-hidden="true">
      {' *'}
    </span>
  ) : null;
}

type FieldIds = { inputId: string; describedBy: string | undefined; invalid: true | undefined };

/** Label, hint and error around one control, wired together for screen readers. */
function FieldFrame({
  label,
  hint,
  error,
  id,
  className,
  required,
  control,
}: {
  label: string;
  hint?: string | undefined;
  error?: string | undefined;
  id?: string | undefined;
  className?: string | undefined;
  required?: boolean | undefined;
  control: (ids: FieldIds) => ReactNode;
}) {
  const generated = useId();
  const inputId = id ?? generated;
  const hintId = `${inputId}-hint`;
  const errorId = `${inputId}-error`;
  const describedBy = [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className={['field', className].filter(Boolean).join(' ')}>
      <label htmlFor={inputId}>
        {label}
        <RequiredMark required={required} />
      </label>
      {hint ? (
        <p className="field-hint" id={hintId}>
          {hint}
        </p>
      ) : null}
      {control({ inputId, describedBy, invalid: error ? true : undefined })}
      {error ? (
        <p className="field-error" id={errorId}>
          {error}
        </p>
      ) : null}
    </div>
  );
}

export function TextField({
  label,
  value,
  onValueChange,
  hint,
  error,
  id,
  className,
  ...rest
}: TextFieldProps) {
  return (
    <FieldFrame
      label={label}
      hint={hint}
      error={error}
      id={id}
      className={className}
      required={rest.required}
      control={({ inputId, describedBy, invalid }) => (
        <input
          id={inputId}
          value={value}
          onChange={(event) => onValueChange(event.target.value)}
          aria-invalid={invalid}
          aria-describedby={describedBy}
          {...rest}
        />
      )}
    />
  );
}

interface TextAreaFieldProps
  extends Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id' | 'onChange' | 'value'> {
  label: string;
  value: string;
  onValueChange: (value: string) => void;
  hint?: string;
  error?: string | undefined;
  id?: string;
}

export function TextAreaField({
  label,
  value,
  onValueChange,
  hint,
  error,
  id,
  className,
  ...rest
}: TextAreaFieldProps) {
  return (
    <FieldFrame
      label={label}
      hint={hint}
      error={error}
      id={id}
      className={className}
      required={rest.required}
      control={({ inputId, describedBy, invalid }) => (
        <textarea
          id={inputId}
          value={value}
          onChange={(event) => onValueChange(event.target.value)}
          aria-invalid={invalid}
          aria-describedby={describedBy}
          {...rest}
        />
      )}
    />
  );
}

interface SelectFieldProps {
  label: string;
  value: string;
  onValueChange: (value: string) => void;
  /** A disabled option is shown but cannot be chosen (the hint says why). */
  options: { value: string; label: string; disabled?: boolean }[];
  hint?: string | undefined;
  id?: string;
  required?: boolean;
  error?: string | undefined;
  className?: string;
  testId?: string;
}

export function SelectField({
  label,
  value,
  onValueChange,
  options,
  id,
  required,
  error,
  className,
  testId,
  hint,
}: SelectFieldProps) {
  return (
    <FieldFrame
      label={label}
      hint={hint}
      error={error}
      id={id}
      className={className}
      required={required}
      control={({ inputId, describedBy, invalid }) => (
        <select
          id={inputId}
          value={value}
          required={required}
          data-testid={testId}
          onChange={(event) => onValueChange(event.target.value)}
          aria-invalid={invalid}
          aria-describedby={describedBy}
        >
          {options.map((option) => (
            <option key={option.value} value={option.value} disabled={option.disabled}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    />
  );
}

interface CheckboxFieldProps {
  label: string;
  checked: boolean;
  onCheckedChange: (checked: boolean) => void;
  id?: string;
  hint?: string;
  /** Shown but not changeable here (the hint says why). */
  disabled?: boolean;
}

export function CheckboxField({ label, checked, onCheckedChange, id, hint, disabled }: CheckboxFieldProps) {
  const generated = useId();
  const inputId = id ?? generated;
  const hintId = `${inputId}-hint`;
  return (
    <div className="checkbox-field">
      <input
        type="checkbox"
        id={inputId}
        checked={checked}
        disabled={disabled}
        onChange={(event) => onCheckedChange(event.target.checked)}
        aria-describedby={hint ? hintId : undefined}
      />
      <label htmlFor={inputId}>{label}</label>
      {hint ? (
        <p className="field-hint" id={hintId}>
          {hint}
        </p>
      ) : null}
    </div>
  );
}

/** A calendar day, as the browser's date picker takes it ("2026-01-05"). */
export function DateField({
  id,
  label,
  value,
  onValueChange,
  error,
  hint,
  required,
  max,
}: {
  id: string;
  label: string;
  value: string;
  onValueChange: (value: string) => void;
  error?: string | undefined;
  hint?: string;
  required?: boolean;
  max?: string;
}) {
  return (
    <TextField
      id={id}
      type="date"
      label={label}
      value={value}
      onValueChange={onValueChange}
      error={error}
      className="field-short"
      {...(hint ? { hint } : {})}
      required={required}
      max={max}
    />
  );
}
