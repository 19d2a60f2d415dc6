import { useTranslation } from 'react-i18next';
import { codeOptions } from '../../labels.ts';
import { CheckboxField, DateField, SelectField, TextField } from '../Field.tsx';
import { type SERVICE_MODES, SERVICE_TYPES, type ServiceType } from './types.ts';

export interface ServiceRow {
  key: number;
  type: ServiceType | '';
  givenOn: string;
  /** As typed: a number field's text. */
  minutes: string;
  amount: string;
  mode: (typeof SERVICE_MODES)[number];
}

/** One service of the day: its fields side by side on a wide screen, stacked on a phone. */
export function ServiceRowFields({
  row,
  number,
  errors,
  errorPrefix,
  today,
  onChange,
  onRemove,
}: {
  row: ServiceRow;
  number: number;
  errors: Record<string, string>;
  /** Where the messages for this row are ("services.2"), by its place in the list. */
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
        <legend>{t('assistance.services.row', { number })}</legend>
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
            error={errors[`${errorPrefix}.type`]}
            className="service-type"
          />
          <DateField
            id={`${id}-date`}
            label={t('assistance.services.givenOn')}
            value={row.givenOn}
            onValueChange={(givenOn) => onChange({ givenOn })}
            max={today}
            required
            error={errors[`${errorPrefix}.givenOn`]}
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
            error={errors[`${errorPrefix}.minutes`]}
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
            error={errors[`${errorPrefix}.amountEur`]}
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
