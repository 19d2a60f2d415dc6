import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  type CreateOrganisationInput,
  NRM_FUNCTIONS,
  type NrmFunction,
  type Organisation,
  type UpdateOrganisationInput,
} from '../../contract/access.ts';
import { functionName } from '../../format.ts';
import { ErrorAlert } from '../Alerts.tsx';
import { CheckboxField, TextField } from '../Field.tsx';
import { useErrorText } from '../useErrorText.ts';
import { emptyRequired, errorsFor } from '../validate.ts';

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** What the form gives: a whole organisation, with the reason for a change when editing. */
export type OrganisationInput = Required<CreateOrganisationInput> & Pick<UpdateOrganisationInput, 'reason'>;

/** The national point of contact is set in the server's configuration, never by this form. */
const CONFIGURED = 'national_contact_point';

interface OrganisationFormProps {
  /** The organisation to edit; absent when creating one. */
  organisation?: Organisation;
  onSubmit: (input: OrganisationInput) => Promise<void>;
  onCancel: () => void;
}

/** Creates or edits an organisation. The slug (a short fixed identifier) is set only on creation. */
export function OrganisationForm({ organisation, onSubmit, onCancel }: OrganisationFormProps) {
  const { t } = useTranslation();
  const { errorText, fieldErrorTexts } = useErrorText();
  const prefix = organisation ? `org-${organisation.id}` : 'org-new';
  const [slug, setSlug] = useState(organisation?.slug ?? '');
  const [nameLt, setNameLt] = useState(organisation?.name.lt ?? '');
  const [nameEn, setNameEn] = useState(organisation?.name.en ?? '');
  const [functions, setFunctions] = useState<NrmFunction[]>(organisation?.functions ?? []);
  const [accredited, setAccredited] = useState(organisation?.accredited ?? false);
  const [requiresTwoFactor, setRequiresTwoFactor] = useState(organisation?.requiresTwoFactor ?? true);
  const [reason, setReason] = useState('');
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const toggleFunction = (fn: NrmFunction, on: boolean): void => {
    setFunctions((current) =>
      on ? [...current.filter((f) => f !== fn), fn] : current.filter((f) => f !== fn),
    );
  };

  // Changing what an organisation may do is audited with a reason; the server refuses it without one.
  const powersChanged =
    organisation !== undefined &&
    (organisation.accredited !== accredited ||
      organisation.requiresTwoFactor !== requiresTwoFactor ||
      organisation.functions.length !== functions.length ||
      organisation.functions.some((fn) => !functions.includes(fn)));

  const submit = async (event: FormEvent<HTMLFormElement>): Promise<void> => {
    event.preventDefault();
    setError(null);
    const required: Record<string, [string, string]> = {};
    if (!organisation) required.slug = [`${prefix}-slug`, slug];
    required['name.lt'] = [`${prefix}-name-lt`, nameLt];
    required['name.en'] = [`${prefix}-name-en`, nameEn];
    if (powersChanged) required.reason = [`${prefix}-reason`, reason];
    const empty = emptyRequired(required);
    const local = errorsFor(empty, t('validation.required'));
    if (!organisation && !local.slug && !SLUG.test(slug.trim())) local.slug = t('validation.slug');
    if (functions.length === 0) local.functions = t('validation.functionsRequired');
    setFieldErrors(local);
    if (Object.keys(local).length > 0) {
      if (empty.length === 0) {
        document
          .getElementById(local.slug ? `${prefix}-slug` : `${prefix}-function-${NRM_FUNCTIONS[0]}`)
          ?.focus();
      }
      return;
    }
    setBusy(true);
    try {
      // Keep the functions in their canonical order.
      const ordered = NRM_FUNCTIONS.filter((fn) => functions.includes(fn));
      await onSubmit({
        slug: slug.trim(),
        name: { lt: nameLt.trim(), en: nameEn.trim() },
        functions: ordered,
        accredited,
        requiresTwoFactor,
        ...(powersChanged ? { reason: reason.trim() } : {}),
      });
    } catch (caught) {
      setFieldErrors(fieldErrorTexts(caught));
      setError(errorText(caught));
      setBusy(false);
    }
  };

  return (
    <form onSubmit={(event) => void submit(event)} noValidate className="organisation-form">
      {organisation ? null : (
        <TextField
          id={`${prefix}-slug`}
          label={t('organisations.slug')}
          hint={t('organisations.slugHint')}
          autoComplete="off"
          autoCapitalize="none"
          spellCheck={false}
          required
          value={slug}
          onValueChange={setSlug}
          error={fieldErrors.slug}
        />
      )}
      <TextField
        id={`${prefix}-name-lt`}
        label={t('organisations.nameLt')}
        lang="lt"
        required
        value={nameLt}
        onValueChange={setNameLt}
        error={fieldErrors['name.lt'] ?? fieldErrors.name}
      />
      <TextField
        id={`${prefix}-name-en`}
        label={t('organisations.nameEn')}
        lang="en"
        required
        value={nameEn}
        onValueChange={setNameEn}
        error={fieldErrors['name.en']}
      />
      <fieldset
        className="checkbox-group"
        aria-invalid={fieldErrors.functions ? true : undefined}
        aria-describedby={fieldErrors.functions ? `${prefix}-functions-error` : undefined}
      >
        <legend>{t('organisations.functions')}</legend>
        {NRM_FUNCTIONS.map((fn) => (
          <CheckboxField
            key={fn}
            id={`${prefix}-function-${fn}`}
            label={functionName(t, fn)}
            checked={functions.includes(fn)}
            onCheckedChange={(on) => toggleFunction(fn, on)}
            disabled={fn === CONFIGURED}
            hint={fn === CONFIGURED ? t('organisations.contactPointConfigured') : undefined}
          />
        ))}
        {fieldErrors.functions ? (
          <p className="field-error" id={`${prefix}-functions-error`}>
            {fieldErrors.functions}
          </p>
        ) : null}
      </fieldset>
      <CheckboxField
        id={`${prefix}-accredited`}
        label={t('organisations.accredited')}
        hint={t('organisations.accreditedHint')}
        checked={accredited}
        onCheckedChange={setAccredited}
      />
      <CheckboxField
        id={`${prefix}-two-factor`}
        label={t('organisations.requiresTwoFactor')}
        hint={t('organisations.requiresTwoFactorHint')}
        checked={requiresTwoFactor}
        onCheckedChange={setRequiresTwoFactor}
      />
      {powersChanged ? (
        <TextField
          id={`${prefix}-reason`}
          label={t('organisations.reason')}
          hint={t('organisations.reasonHint')}
          required
          value={reason}
          onValueChange={setReason}
          error={fieldErrors.reason}
        />
      ) : null}
      {error ? <ErrorAlert>{error}</ErrorAlert> : null}
      <div className="actions">
        <button type="submit" className="button-primary" disabled={busy} data-testid={`${prefix}-submit`}>
          {organisation ? t('common.save') : t('organisations.create')}
        </button>
        <button type="button" className="button-link" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
