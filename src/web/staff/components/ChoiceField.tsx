import { type ReactNode, useId } from 'react';
import { RequiredMark } from './Field.tsx';

export interface ChoiceOption<T extends string> {
  value: T;
  label: string;
  hint?: string;
}

interface FrameProps {
  legend: string;
  hint?: string | undefined;
  error?: string | undefined;
  id?: string | undefined;
  className?: string | undefined;
  /** Marks the legend; the group is checked by the form, which words what is missing. */
  required?: boolean | undefined;
  children: ReactNode;
}

/** A fieldset with its legend, hint and error, wired together for screen readers. */
function ChoiceFrame({ legend, hint, error, id, className, required, children }: FrameProps) {
  const generated = useId();
  const groupId = id ?? generated;
  const describedBy =
    [hint ? `${groupId}-hint` : null, error ? `${groupId}-error` : null].filter(Boolean).join(' ') ||
    undefined;
  return (
    <fieldset
      id={groupId}
      className={['choice-group', error ? 'choice-group-invalid' : null, className].filter(Boolean).join(' ')}
      aria-describedby={describedBy}
    >
      <legend>
        {legend}
        <RequiredMark required={required} />
      </legend>
      {hint ? (
        <p className="field-hint" id={`${groupId}-hint`}>
          {hint}
        </p>
      ) : null}
      {error ? (
        <p className="field-error" id={`${groupId}-error`}>
          {error}
        </p>
      ) : null}
      <div className="choice-options">{children}</div>
    </fieldset>
  );
}

function Choice(props: {
  type: 'radio' | 'checkbox';
  name: string;
  label: string;
  hint?: string | undefined;
  checked: boolean;
  onChange: (checked: boolean) => void;
  testId: string;
}) {
  const id = useId();
  return (
    <div className="choice">
      <input
        id={id}
        type={props.type}
        name={props.name}
        checked={props.checked}
        onChange={(event) => props.onChange(event.target.checked)}
        aria-describedby={props.hint ? `${id}-hint` : undefined}
        data-testid={props.testId}
      />
      <label htmlFor={id}>
        {props.label}
        {props.hint ? (
          <span className="choice-hint" id={`${id}-hint`}>
            {props.hint}
          </span>
        ) : null}
      </label>
    </div>
  );
}

interface GroupProps<T extends string> extends Omit<FrameProps, 'children'> {
  options: ChoiceOption<T>[];
  /** Prefix of each option's test id: `${testId}-${value}`. */
  testId: string;
}

/** One choice of several, each a large tap target. */
export function RadioGroupField<T extends string>({
  options,
  value,
  onValueChange,
  testId,
  ...frame
}: GroupProps<T> & { value: T | ''; onValueChange: (value: T) => void }) {
  const name = useId();
  return (
    <ChoiceFrame {...frame}>
      {options.map((option) => (
        <Choice
          key={option.value}
          type="radio"
          name={name}
          label={option.label}
          hint={option.hint}
          checked={value === option.value}
          onChange={() => onValueChange(option.value)}
          testId={`${testId}-${option.value}`}
        />
      ))}
    </ChoiceFrame>
  );
}

/** Any number of choices, each a large tap target; the values keep the options' order. */
export function CheckboxGroupField<T extends string>({
  options,
  values,
  onValuesChange,
  testId,
  ...frame
}: GroupProps<T> & { values: readonly T[]; onValuesChange: (values: T[]) => void }) {
  const toggle = (value: T, on: boolean): void => {
    const chosen = new Set(values);
    if (on) chosen.add(value);
    else chosen.delete(value);
    onValuesChange(options.map((o) => o.value).filter((v) => chosen.has(v)));
  };
  return (
    <ChoiceFrame {...frame}>
      {options.map((option) => (
        <Choice
          key={option.value}
          type="checkbox"
          name={option.value}
          label={option.label}
          hint={option.hint}
          checked={values.includes(option.value)}
          onChange={(on) => toggle(option.value, on)}
          testId={`${testId}-${option.value}`}
        />
      ))}
    </ChoiceFrame>
  );
}

/** One yes-or-no question as a large tap target, for a form used on a phone. */
export function ToggleField({
  label,
  checked,
  onCheckedChange,
  testId,
}: {
  label: string;
  checked: boolean;
  onCheckedChange: (checked: boolean) => void;
  testId: string;
}) {
  return (
    <div className="toggle-field">
      <Choice
        type="checkbox"
        name={testId}
        label={label}
        checked={checked}
        onChange={onCheckedChange}
        testId={testId}
      />
    </div>
  );
}
