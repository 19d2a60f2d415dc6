import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  type DirectoryPhone,
  type DirectorySchedule,
  type DirectoryService,
  type DirectoryServicePatch,
  WEEKDAYS,
  type Weekday,
} from '../../contract/directory.ts';
import { ErrorAlert } from '../Alerts.tsx';
import { CheckboxField, TextAreaField, TextField } from '../Field.tsx';
import { useErrorText } from '../useErrorText.ts';
import { weekdayName } from './describe.ts';

type HoursKind = 'unknown' | 'always' | 'weekly';
type FieldName = 'phones' | 'emails' | 'url' | 'languages' | 'schedule' | 'days' | 'opens' | 'closes';

/** The same rules as the server's, so that most mistakes are told in the interface language. */
const PHONE = /^\+?[0-9][0-9 ]{1,24}$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const LANGUAGE_CODE = /^[a-z]{2}$/;
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
const MAX_ENTRIES = 10;

/** Default days when someone first chooses "on set days". */
const WORKING_WEEK: Weekday[] = ['MO', 'TU', 'WE', 'TH', 'FR'];

function lines(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

function codes(text: string): string[] {
  return [
    ...new Set(
      text
        .split(/[,\s]+/)
        .map((code) => code.trim().toLowerCase())
        .filter((code) => code !== ''),
    ),
  ];
}

function isFullWebAddress(text: string): boolean {
  try {
    const url = new URL(text);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname.includes('.');
  } catch {
    return false;
  }
}

const sameList = (a: readonly string[], b: readonly string[]): boolean =>
  a.length === b.length && a.every((value, index) => value === b[index]);

const sameSchedule = (a: DirectorySchedule, b: DirectorySchedule): boolean =>
  JSON.stringify(a) === JSON.stringify(b);

/** "body.phones.0.number" → "phones"; "schedule.days" → "days". */
function fieldOf(path: string): FieldName | null {
  const parts = path.split(/[.[\]]+/).filter((part) => part !== '' && !/^\d+$/.test(part));
  const [first, second] = parts;
  if (first === 'schedule' && (second === 'days' || second === 'opens' || second === 'closes')) return second;
  if (
    first === 'phones' ||
    first === 'emails' ||
    first === 'url' ||
    first === 'languages' ||
    first === 'schedule'
  ) {
    return first;
  }
  return null;
}

interface ServiceFormProps {
  service: DirectoryService;
  onSave: (patch: DirectoryServicePatch) => Promise<void>;
  onCancel: () => void;
}

/**
 * Edits the contact details of a service: phone numbers, e-mail addresses, website, languages
 * and working hours. Only what changed is sent.
 */
export function ServiceForm({ service, onSave, onCancel }: ServiceFormProps) {
  const { t, i18n } = useTranslation();
  const { errorText, fieldErrorTexts } = useErrorText();
  const prefix = `directory-${service.id}`;
  const schedule = service.schedule;
  const [phones, setPhones] = useState(service.phones.map((phone) => phone.number).join('\n'));
  const [emails, setEmails] = useState(service.emails.join('\n'));
  const [url, setUrl] = useState(service.url ?? '');
  const [languages, setLanguages] = useState(service.languages.join(', '));
  const [hours, setHours] = useState<HoursKind>(schedule === null ? 'unknown' : schedule.kind);
  const [days, setDays] = useState<Weekday[]>(schedule?.kind === 'weekly' ? schedule.days : WORKING_WEEK);
  const [opens, setOpens] = useState(schedule?.kind === 'weekly' ? schedule.opens : '');
  const [closes, setCloses] = useState(schedule?.kind === 'weekly' ? schedule.closes : '');
  const [errors, setErrors] = useState<Partial<Record<FieldName, string>>>({});
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  // Opening the form puts the keyboard in its first field.
  useEffect(() => {
    document.getElementById(`${prefix}-phones`)?.focus();
  }, [prefix]);

  /** Clears the messages of fields the user is now correcting. */
  const clearErrors = (...names: FieldName[]): void => {
    setErrors((current) => {
      if (!names.some((name) => current[name])) return current;
      const next = { ...current };
      for (const name of names) delete next[name];
      return next;
    });
  };

  /** A setter that also clears the field's message. */
  const editing =
    <T,>(set: (value: T) => void, ...names: FieldName[]) =>
    (value: T): void => {
      set(value);
      clearErrors(...names);
    };

  const toggleDay = (day: Weekday, on: boolean): void => {
    clearErrors('days');
    setDays((current) => WEEKDAYS.filter((d) => (d === day ? on : current.includes(d))));
  };

  /** The schedule the form describes. */
  const chosenSchedule = (): DirectorySchedule => {
    if (hours === 'always') return { kind: 'always' };
    if (hours === 'weekly') return { kind: 'weekly', days, opens, closes };
    return null;
  };

  const check = (): Partial<Record<FieldName, string>> => {
    const found: Partial<Record<FieldName, string>> = {};
    const phoneLines = lines(phones);
    if (phoneLines.some((line) => !PHONE.test(line))) found.phones = t('validation.phone');
    else if (phoneLines.length > MAX_ENTRIES) found.phones = t('validation.tooMany', { number: MAX_ENTRIES });
    const emailLines = lines(emails);
    if (emailLines.some((line) => !EMAIL.test(line))) found.emails = t('validation.email');
    else if (emailLines.length > MAX_ENTRIES) found.emails = t('validation.tooMany', { number: MAX_ENTRIES });
    if (url.trim() !== '' && !isFullWebAddress(url.trim())) found.url = t('validation.url');
    const languageCodes = codes(languages);
    if (languageCodes.length === 0 || languageCodes.some((code) => !LANGUAGE_CODE.test(code))) {
      found.languages = t('validation.languageCodes');
    }
    if (hours === 'weekly') {
      if (days.length === 0) found.days = t('validation.daysRequired');
      if (!TIME.test(opens)) found.opens = t('validation.time');
      if (!TIME.test(closes)) found.closes = t('validation.time');
    }
    return found;
  };

  const patch = (): DirectoryServicePatch => {
    const result: DirectoryServicePatch = {};
    const numbers = lines(phones);
    if (
      !sameList(
        numbers,
        service.phones.map((phone) => phone.number),
      )
    ) {
      // A number that stays keeps its description ("Information line (24/7)").
      const labels = new Map(service.phones.map((phone) => [phone.number.replace(/\s+/g, ''), phone.label]));
      result.phones = numbers.map(
        (number): DirectoryPhone => ({ number, label: labels.get(number.replace(/\s+/g, '')) ?? null }),
      );
    }
    const addresses = lines(emails);
    if (!sameList(addresses, service.emails)) result.emails = addresses;
    const website = url.trim() === '' ? null : url.trim();
    if (website !== service.url) result.url = website;
    const languageCodes = codes(languages);
    if (!sameList(languageCodes, service.languages)) result.languages = languageCodes;
    const next = chosenSchedule();
    if (!sameSchedule(next, service.schedule)) result.schedule = next;
    return result;
  };

  const focusFirst = (found: Partial<Record<FieldName, string>>): void => {
    const order: [FieldName, string][] = [
      ['phones', `${prefix}-phones`],
      ['emails', `${prefix}-emails`],
      ['url', `${prefix}-url`],
      ['languages', `${prefix}-languages`],
      ['schedule', `${prefix}-hours-${hours}`],
      ['days', `${prefix}-day-${WEEKDAYS[0]}`],
      ['opens', `${prefix}-opens`],
      ['closes', `${prefix}-closes`],
    ];
    const first = order.find(([name]) => found[name]);
    if (first) document.getElementById(first[1])?.focus();
  };

  const submit = async (event: FormEvent<HTMLFormElement>): Promise<void> => {
    event.preventDefault();
    setError(null);
    const found = check();
    setErrors(found);
    if (Object.keys(found).length > 0) {
      focusFirst(found);
      return;
    }
    setBusy(true);
    try {
      await onSave(patch());
    } catch (caught) {
      const byField: Partial<Record<FieldName, string>> = {};
      for (const [path, message] of Object.entries(fieldErrorTexts(caught))) {
        const name = fieldOf(path);
        if (name) byField[name] = byField[name] ? `${byField[name]} ${message}` : message;
      }
      setErrors(byField);
      setError(errorText(caught));
      setBusy(false);
      focusFirst(byField);
    }
  };

  const hoursOptions: { kind: HoursKind; label: string }[] = [
    { kind: 'unknown', label: t('directory.form.hoursUnknown') },
    { kind: 'always', label: t('directory.form.hoursAlways') },
    { kind: 'weekly', label: t('directory.form.hoursWeekly') },
  ];

  return (
    <form
      className="directory-form"
      noValidate
      aria-label={t('directory.form.label', { name: service.name })}
      onSubmit={(event) => void submit(event)}
    >
      <TextAreaField
        id={`${prefix}-phones`}
        label={t('directory.form.phones')}
        hint={t('directory.form.phonesHint')}
        rows={Math.max(2, service.phones.length + 1)}
        autoComplete="off"
        spellCheck={false}
        value={phones}
        onValueChange={editing(setPhones, 'phones')}
        error={errors.phones}
      />
      <TextAreaField
        id={`${prefix}-emails`}
        label={t('directory.form.emails')}
        hint={t('directory.form.emailsHint')}
        rows={Math.max(2, service.emails.length + 1)}
        autoComplete="off"
        autoCapitalize="none"
        spellCheck={false}
        value={emails}
        onValueChange={editing(setEmails, 'emails')}
        error={errors.emails}
      />
      <TextField
        id={`${prefix}-url`}
        type="url"
        label={t('directory.form.url')}
        hint={t('directory.form.urlHint')}
        autoComplete="off"
        autoCapitalize="none"
        spellCheck={false}
        value={url}
        onValueChange={editing(setUrl, 'url')}
        error={errors.url}
      />
      <TextField
        id={`${prefix}-languages`}
        label={t('directory.form.languages')}
        hint={t('directory.form.languagesHint')}
        autoComplete="off"
        autoCapitalize="none"
        spellCheck={false}
        value={languages}
        onValueChange={editing(setLanguages, 'languages')}
        error={errors.languages}
      />
      <fieldset
        className="checkbox-group"
        aria-describedby={errors.schedule ? `${prefix}-hours-error` : undefined}
      >
        <legend>{t('directory.form.hours')}</legend>
        {hoursOptions.map((option) => (
          <div key={option.kind} className="checkbox-field">
            <input
              type="radio"
              id={`${prefix}-hours-${option.kind}`}
              name={`${prefix}-hours`}
              value={option.kind}
              checked={hours === option.kind}
              onChange={() => editing(setHours, 'schedule', 'days', 'opens', 'closes')(option.kind)}
              data-testid={`directory-hours-${option.kind}`}
            />
            <label htmlFor={`${prefix}-hours-${option.kind}`}>{option.label}</label>
          </div>
        ))}
        {hours === 'weekly' ? (
          <div className="weekly-hours">
            <fieldset
              className="checkbox-group day-group"
              aria-describedby={errors.days ? `${prefix}-days-error` : undefined}
            >
              <legend>{t('directory.form.days')}</legend>
              <div className="day-list">
                {WEEKDAYS.map((day) => (
                  <CheckboxField
                    key={day}
                    id={`${prefix}-day-${day}`}
                    label={weekdayName(day, i18n.language, 'long')}
                    checked={days.includes(day)}
                    onCheckedChange={(on) => toggleDay(day, on)}
                  />
                ))}
              </div>
              {errors.days ? (
                <p className="field-error" id={`${prefix}-days-error`}>
                  {errors.days}
                </p>
              ) : null}
            </fieldset>
            <div className="time-pair">
              <TextField
                id={`${prefix}-opens`}
                type="time"
                label={t('directory.form.opens')}
                value={opens}
                onValueChange={editing(setOpens, 'opens')}
                error={errors.opens}
              />
              <TextField
                id={`${prefix}-closes`}
                type="time"
                label={t('directory.form.closes')}
                value={closes}
                onValueChange={editing(setCloses, 'closes')}
                error={errors.closes}
              />
            </div>
          </div>
        ) : null}
        {errors.schedule ? (
          <p className="field-error" id={`${prefix}-hours-error`}>
            {errors.schedule}
          </p>
        ) : null}
      </fieldset>
      {error ? <ErrorAlert>{error}</ErrorAlert> : null}
      <div className="actions">
        <button type="submit" className="button-primary" disabled={busy} data-testid="directory-save">
          {t('common.save')}
        </button>
        <button type="button" className="button-link" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
