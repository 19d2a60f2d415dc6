import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { codeOptions } from '../../labels.ts';
import { CheckboxField, DateField, SelectField, TextField } from '../Field.tsx';
import { numberOrUndefined } from './describe.ts';
import { type SERVICE_MODES, SERVICE_TYPES, type ServiceEntry, type ServiceType } from './types.ts';

export interface ServiceRow {
  key: number;
  type: ServiceType | '';
  givenOn: string;
  /** As typed: a number field's text. */
  minutes: string;
  amount: string;
  mode: (typeof SERVICE_MODES)[number];
}

/**
 * What is wrong with a row as typed, by its field's key (`${prefix}type`, …): the same checks the
 * server makes, said before the round trip.
 */
export function serviceRowProblems(
  t: TFunction,
  row: ServiceRow,
  { prefix, today, began }: { prefix: string; today: string; began: string },
): [string, string | false][] {
  const minutes = numberOrUndefined(row.minutes);
  const amount = numberOrUndefined(row.amount);
  return [
    [`${prefix}type`, !row.type && t('validation.required')],
    [
      `${prefix}givenOn`,
      (!row.givenOn && t('validation.required')) ||
        (row.givenOn > today && t('validation.service_in_future')) ||
        (row.givenOn < began && t('validation.service_before_case')),
    ],
    [
      `${prefix}minutes`,
      row.minutes.trim() !== '' &&
        !(minutes !== undefined && Number.isInteger(minutes) && minutes >= 1 && minutes <= 1440) &&
        t('assistance.services.minutesRange'),
    ],
    [
      `${prefix}amountEur`,
      row.amount.trim() !== '' &&
        !(amount !== undefined && amount >= 0) &&
        t('assistance.services.amountRange'),
    ],
  ];
}

/** A checked row as the server takes it. */
export function serviceEntryOf(row: ServiceRow): ServiceEntry {
  const minutes = numberOrUndefined(row.minutes);
  const amountEur = numberOrUndefined(row.amount);
  return {
    type: row.type as ServiceType,
    givenOn: row.givenOn,
    mode: row.mode,
    ...(minutes !== undefined ? { minutes } : {}),
    ...(amountEur !== undefined ? { amountEur } : {}),
  };
}

/** One service of the day: its fields side by side on a wide screen, stacked on a phone. */
export function ServiceRowFields({
  row,
  number,
  legend,
  errors,
  errorPrefix,
  today,
  onChange,
  onRemove,
}: {
  row: ServiceRow;
  number: number;
  /** The fieldset's name, when not "Service {number}". */
  legend?: string;
  errors: Record<string, string>;
  /** Where the messages for this row are ("services.2."), by its place in the list; "" for a row alone. */
  errorPrefix: string;
  today: string;
  onChange: (patch: Partial<ServiceRow>) => void;
  onRemove: (() => void) | null;
}) {
  const { t } = useTranslation();
  const id = `service-${row.key}`;
  return (
    <li className="service-row" data-testid={`services-row-${number}`}>
      <fieldset>
        <legend>{legend ?? t('assistance.services.row', { number })}</legend>
        {onRemove ? (
          <button type="button" className="button-link service-remove" onClick={onRemove}>
            {t('assistance.services.removeRow', { number })}
          </button>
        ) : null}
        <div className="service-fields">
          <SelectField
            id={`${id}-type`}
            label={t('assistance.services.type')}
            value={row.type}
            onValueChange={(value) => onChange({ type: value as ServiceType | '' })}
            options={[
              { value: '', label: t('assistance.choose') },
              ...codeOptions(t, 'serviceType', SERVICE_TYPES),
            ]}
            required
            error={errors[`${errorPrefix}type`]}
            className="service-type"
          />
          <DateField
            id={`${id}-date`}
            label={t('assistance.services.givenOn')}
            value={row.givenOn}
            onValueChange={(givenOn) => onChange({ givenOn })}
            max={today}
            required
            error={errors[`${errorPrefix}givenOn`]}
          />
          <TextField
            id={`${id}-minutes`}
            type="number"
            inputMode="numeric"
            min={1}
            max={1440}
            step={1}
            label={t('assistance.services.minutes')}
            value={row.minutes}
            onValueChange={(minutes) => onChange({ minutes })}
            error={errors[`${errorPrefix}minutes`]}
            className="field-number"
          />
          <TextField
            id={`${id}-amount`}
            type="number"
            inputMode="decimal"
            min={0}
            step={0.01}
            label={t('assistance.services.amount')}
            value={row.amount}
            onValueChange={(amount) => onChange({ amount })}
            error={errors[`${errorPrefix}amountEur`]}
            className="field-number"
          />
          <CheckboxField
            id={`${id}-remote`}
            label={t('assistance.services.remote')}
            checked={row.mode === 'remote'}
            onCheckedChange={(remote) => onChange({ mode: remote ? 'remote' : 'in_person' })}
          />
        </div>
      </fieldset>
    </li>
  );
}
