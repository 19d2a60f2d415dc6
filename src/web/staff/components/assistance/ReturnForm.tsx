import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { codeName, codeOptions } from '../../labels.ts';
import { CountryField, countryCode } from '../CountryField.tsx';
import { ActionForm } from '../cases/ActionForm.tsx';
import { DateField, SelectField, TextAreaField, TextField } from '../Field.tsx';
import { assistanceApi } from './api.ts';
import { euros, numberOrUndefined } from './describe.ts';
import { RETURN_HELP_KINDS, RETURN_HELP_STATUSES, RETURN_STATUSES, type ReturnView } from './types.ts';
import type { RecordAssistance } from './useAssistance.ts';

type Kind = (typeof RETURN_HELP_KINDS)[number];
type HelpStatus = (typeof RETURN_HELP_STATUSES)[number];
type Help = { status: HelpStatus; cost: string };
type Status = (typeof RETURN_STATUSES)[number];

/**
 * The whole return at once, as IOM Vilnius works it: where to, when, who meets the person, and the
 * eleven kinds of help, each with its status and cost. Saved from the version last seen.
 */
export function ReturnForm({
  saved,
  citizenship,
  record,
}: {
  saved: ReturnView | null;
  citizenship: string | null;
  record: RecordAssistance;
}) {
  const { t, i18n } = useTranslation();
  const [destination, setDestination] = useState(saved?.destinationCountry ?? citizenship ?? '');
  const [travelOn, setTravelOn] = useState(saved?.travelOn ?? '');
  const [receiving, setReceiving] = useState(saved?.receivingOrganisation ?? '');
  const [status, setStatus] = useState<Status>(saved?.status ?? 'planning');
  const [help, setHelp] = useState(() => {
    const of = (kind: Kind) => saved?.checklist.find((c) => c.kind === kind);
    return Object.fromEntries(
      RETURN_HELP_KINDS.map((kind) => [
        kind,
        { status: of(kind)?.status ?? 'to_do', cost: String(of(kind)?.costEur ?? '') },
      ]),
    ) as Record<Kind, Help>;
  });
  const [note, setNote] = useState(saved?.reintegrationNote ?? '');
  const change = (kind: Kind, patch: Partial<Help>) =>
    setHelp({ ...help, [kind]: { ...help[kind], ...patch } });
  const total = RETURN_HELP_KINDS.reduce((sum, kind) => sum + (numberOrUndefined(help[kind].cost) ?? 0), 0);
  return (
    <ActionForm
      label={t('assistance.return.save')}
      submitLabel={t('assistance.return.save')}
      testId="return-form"
      marksRequired
      check={() => ({
        destinationCountry: !countryCode(destination) && t('assistance.return.countryCode'),
        ...Object.fromEntries(
          RETURN_HELP_KINDS.map((kind, n) => {
            const cost = help[kind].cost;
            const bad = cost.trim() !== '' && !((numberOrUndefined(cost) ?? -1) >= 0);
            return [`checklist.${n}.costEur`, bad && t('assistance.services.amountRange')];
          }),
        ),
      })}
      onSubmit={() =>
        record((id) =>
          assistanceApi.saveReturn(id, {
            destinationCountry: countryCode(destination) ?? destination.trim(),
            ...(travelOn ? { travelOn } : {}),
            ...(receiving.trim() ? { receivingOrganisation: receiving.trim() } : {}),
            status,
            checklist: RETURN_HELP_KINDS.map((kind) => {
              const costEur = numberOrUndefined(help[kind].cost);
              return { kind, status: help[kind].status, ...(costEur !== undefined ? { costEur } : {}) };
            }),
            ...(note.trim() ? { reintegrationNote: note.trim() } : {}),
            version: saved?.version ?? 0,
          }),
        )
      }
    >
      {(errors) => (
        <>
          <div className="form-grid">
            <CountryField
              id="return-destination"
              label={t('assistance.return.destination')}
              hint={t('assistance.return.destinationHint')}
              language={i18n.language}
              value={destination}
              onValueChange={setDestination}
              required
              error={errors.destinationCountry}
            />
            <DateField
              id="return-travel-on"
              label={t('assistance.return.travelOn')}
              value={travelOn}
              onValueChange={setTravelOn}
              error={errors.travelOn}
            />
            <TextField
              id="return-receiving"
              label={t('assistance.return.receiving')}
              value={receiving}
              onValueChange={setReceiving}
              maxLength={200}
              error={errors.receivingOrganisation}
            />
            <SelectField
              id="return-status"
              label={t('assistance.return.status')}
              value={status}
              onValueChange={(value) => setStatus(value as Status)}
              options={codeOptions(t, 'returnStatus', RETURN_STATUSES)}
              required
              error={errors.status}
            />
          </div>
          <fieldset className="return-checklist">
            <legend>{t('assistance.return.checklist')}</legend>
            {errors.checklist ? <p className="field-error">{errors.checklist}</p> : null}
            {RETURN_HELP_KINDS.map((kind, n) => (
              <div key={kind} className="return-help">
                <SelectField
                  id={`return-help-${kind}-status`}
                  testId={`return-help-${kind}-status`}
                  label={codeName(t, 'returnHelp', kind)}
                  value={help[kind].status}
                  onValueChange={(value) => change(kind, { status: value as HelpStatus })}
                  options={codeOptions(t, 'returnHelpStatus', RETURN_HELP_STATUSES)}
                />
                <TextField
                  id={`return-help-${kind}-cost`}
                  type="number"
                  inputMode="decimal"
                  min={0}
                  step={0.01}
                  label={t('assistance.return.cost')}
                  aria-label={`${t('assistance.return.cost')}: ${codeName(t, 'returnHelp', kind)}`}
                  value={help[kind].cost}
                  onValueChange={(cost) => change(kind, { cost })}
                  error={errors[`checklist.${n}.costEur`]}
                  className="field-number"
                />
              </div>
            ))}
            <p className="return-total" data-testid="return-total">
              {t('assistance.return.total', { amount: euros(total, i18n.language) })}
            </p>
          </fieldset>
          <TextAreaField
            id="return-reintegration"
            label={t('assistance.return.reintegration')}
            hint={t('assistance.return.reintegrationHint')}
            rows={3}
            maxLength={2000}
            value={note}
            onValueChange={setNote}
            error={errors.reintegrationNote}
          />
        </>
      )}
    </ActionForm>
  );
}
