import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseView } from '../../contract/cases.ts';
import { todayInVilnius } from '../../time.ts';
import { ActionForm } from '../cases/ActionForm.tsx';
import { assistanceApi } from './api.ts';
import { caseBeganOn } from './describe.ts';
import {
  type ServiceRow,
  ServiceRowFields,
  serviceEntryOf,
  serviceRowProblems,
} from './ServiceRowFields.tsx';
import type { RecordAssistance } from './useAssistance.ts';

const MAX_ROWS = 20;

/**
 * A day's services in one go: a compact row each (what, when, how long or how much, in person or
 * remote), another row in one keystroke, one Save for all. A new row takes the last one's date and mode.
 */
export function ServicesForm({
  caseView,
  record,
}: {
  caseView: Pick<CaseView, 'facts' | 'openedAt'>;
  record: RecordAssistance;
}) {
  const { t } = useTranslation();
  const today = todayInVilnius();
  const began = caseBeganOn(caseView);
  const next = useRef(0);
  const blank = (from?: ServiceRow): ServiceRow => ({
    key: next.current++,
    type: '',
    givenOn: from?.givenOn ?? today,
    minutes: '',
    amount: '',
    mode: from?.mode ?? 'in_person',
  });
  const [rows, setRows] = useState<ServiceRow[]>(() => [blank()]);
  const change = (key: number, patch: Partial<ServiceRow>) =>
    setRows((all) => all.map((row) => (row.key === key ? { ...row, ...patch } : row)));
  const addRow = () => {
    const row = blank(rows.at(-1));
    setRows([...rows, row]);
    // The keyboard goes on to the new row's first field.
    requestAnimationFrame(() => document.getElementById(`service-${row.key}-type`)?.focus());
  };
  const removeRow = (key: number) => {
    setRows(rows.filter((row) => row.key !== key));
    // The removed row's button is gone: the keyboard waits on "add another" instead of the page's top.
    requestAnimationFrame(() => document.getElementById('services-add-row')?.focus());
  };
  return (
    <ActionForm
      label={t('assistance.services.record')}
      submitLabel={t('assistance.services.save', { number: rows.length })}
      testId="services-form"
      marksRequired
      check={() =>
        Object.fromEntries(
          rows.flatMap((row, n) => serviceRowProblems(t, row, { prefix: `services.${n}.`, today, began })),
        )
      }
      onSubmit={async () => {
        await record((id) => assistanceApi.recordServices(id, rows.map(serviceEntryOf)));
        setRows([blank()]);
      }}
    >
      {(errors) => (
        <>
          <ol className="plain-list service-rows">
            {rows.map((row, n) => (
              <ServiceRowFields
                key={row.key}
                row={row}
                number={n + 1}
                errors={errors}
                errorPrefix={`services.${n}.`}
                today={today}
                onChange={(patch) => change(row.key, patch)}
                onRemove={rows.length > 1 ? () => removeRow(row.key) : null}
              />
            ))}
          </ol>
          <p className="service-add">
            <button
              type="button"
              id="services-add-row"
              className="button-secondary"
              onClick={addRow}
              disabled={rows.length >= MAX_ROWS}
              data-testid="services-add-row"
            >
              {t('assistance.services.addRow')}
            </button>
          </p>
        </>
      )}
    </ActionForm>
  );
}
