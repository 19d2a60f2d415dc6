import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api.ts';
import type { DirectoryService, DirectoryServicePatch } from '../../contract/directory.ts';
import { formatDate } from '../../format.ts';
import { ErrorAlert, StatusMessage } from '../Alerts.tsx';
import { useErrorText } from '../useErrorText.ts';
import { CopyButton } from './CopyButton.tsx';
import { isWebAddress, languageName, scheduleText, telHref } from './describe.ts';
import { ServiceForm } from './ServiceForm.tsx';

/**
 * The record after an edit or a check, with the texts the card already shows in the interface
 * language: the server answers those two requests in Lithuanian, and an edit never changes the
 * name, the organisation, the needs or the description of a number that stays.
 */
function inShownLanguage(shown: DirectoryService, updated: DirectoryService): DirectoryService {
  const labels = new Map(shown.phones.map((phone) => [phone.number, phone.label]));
  return {
    ...updated,
    name: shown.name,
    organisation: shown.organisation,
    needs: shown.needs,
    phones: updated.phones.map((phone) =>
      labels.has(phone.number) ? { ...phone, label: labels.get(phone.number) ?? null } : phone,
    ),
  };
}

interface ServiceCardProps {
  service: DirectoryService;
  /** Called with the record as the server now has it, after an edit or a check. */
  onChanged: (service: DirectoryService) => void;
}

/** One service of the directory: how to reach it, and for its own organisation, editing. */
export function ServiceCard({ service, onChanged }: ServiceCardProps) {
  const { t, i18n } = useTranslation();
  const { errorText } = useErrorText();
  const language = i18n.language;
  const [editing, setEditing] = useState(false);
  /** What was last done here; worded at render time, so that it follows a change of language. */
  const [done, setDone] = useState<'saved' | 'unchanged' | 'checked' | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [checking, setChecking] = useState(false);
  const editButton = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);
  const headingId = `service-${service.id}-heading`;

  // After saving or cancelling, the keyboard goes back to the Edit button.
  useEffect(() => {
    if (!editing && returnFocus.current) {
      returnFocus.current = false;
      editButton.current?.focus();
    }
  }, [editing]);

  const closeForm = (): void => {
    returnFocus.current = true;
    setEditing(false);
  };

  const save = async (patch: DirectoryServicePatch): Promise<void> => {
    if (Object.keys(patch).length === 0) {
      setDone('unchanged');
      closeForm();
      return;
    }
    const updated = inShownLanguage(service, await api.updateDirectoryService(service.id, patch));
    onChanged(updated);
    setDone('saved');
    closeForm();
  };

  const markChecked = async (): Promise<void> => {
    setChecking(true);
    setError(null);
    setDone(null);
    try {
      const updated = inShownLanguage(service, await api.markDirectoryServiceChecked(service.id));
      onChanged(updated);
      setDone('checked');
    } catch (caught) {
      setError(caught);
    } finally {
      setChecking(false);
    }
  };

  const doneText =
    done === 'saved'
      ? t('directory.saved', { name: service.name })
      : done === 'unchanged'
        ? t('directory.unchanged')
        : done === 'checked'
          ? t('directory.checkedNow', {
              name: service.name,
              date: formatDate(service.lastCheckedAt, language),
            })
          : null;

  return (
    <article
      className="card directory-card"
      aria-labelledby={headingId}
      data-testid={`service-${service.id}`}
    >
      <h3 id={headingId}>{service.name}</h3>
      <p className="muted directory-organisation">{service.organisation.name}</p>
      {service.takesReferrals || service.stale ? (
        <p className="badges">
          {service.takesReferrals ? (
            <span className="badge badge-ok">{t('directory.takesReferrals')}</span>
          ) : null}
          {service.stale ? (
            <span className="badge badge-warn" data-testid={`stale-${service.id}`}>
              {t('directory.stale')}
            </span>
          ) : null}
        </p>
      ) : null}
      {service.needs.length > 0 ? (
        <ul className="tag-list" aria-label={t('directory.needs')}>
          {service.needs.map((need) => (
            <li key={need.code} className="tag">
              {need.name}
            </li>
          ))}
        </ul>
      ) : null}

      {editing ? (
        <ServiceForm service={service} onSave={save} onCancel={closeForm} />
      ) : (
        <dl className="facts directory-facts">
          <div>
            <dt>{t('directory.phones')}</dt>
            <dd>
              {service.phones.length === 0 ? (
                t('directory.none')
              ) : (
                <ul className="plain-list contact-list">
                  {service.phones.map((phone) => (
                    <li key={phone.number}>
                      <span className="contact-value">
                        <a href={telHref(phone.number)} className="nowrap">
                          {phone.number}
                        </a>
                        {phone.label ? <span className="contact-label">{phone.label}</span> : null}
                      </span>
                      <CopyButton value={phone.number} />
                    </li>
                  ))}
                </ul>
              )}
            </dd>
          </div>
          <div>
            <dt>{t('directory.emails')}</dt>
            <dd>
              {service.emails.length === 0 ? (
                t('directory.none')
              ) : (
                <ul className="plain-list contact-list">
                  {service.emails.map((email) => (
                    <li key={email}>
                      <span className="contact-value">
                        <a href={`mailto:${email}`}>{email}</a>
                      </span>
                      <CopyButton value={email} />
                    </li>
                  ))}
                </ul>
              )}
            </dd>
          </div>
          <div>
            <dt>{t('directory.website')}</dt>
            <dd data-testid={`website-${service.id}`}>
              {service.url === null ? (
                t('directory.none')
              ) : isWebAddress(service.url) ? (
                <a href={service.url} target="_blank" rel="noreferrer">
                  {service.url.replace(/^https?:\/\//, '').replace(/\/$/, '')}
                  <span className="visually-hidden"> {t('directory.opensInNewTab')}</span>
                </a>
              ) : (
                service.url
              )}
            </dd>
          </div>
          <div>
            <dt>{t('directory.hoursLabel')}</dt>
            <dd data-testid={`hours-${service.id}`}>{scheduleText(t, service.schedule, language)}</dd>
          </div>
          <div>
            <dt>{t('directory.languages')}</dt>
            <dd>
              {service.languages.length === 0
                ? t('directory.none')
                : service.languages.map((code) => languageName(code, language)).join(', ')}
            </dd>
          </div>
          <div>
            <dt>{t('directory.lastChecked')}</dt>
            <dd data-testid={`checked-${service.id}`}>{formatDate(service.lastCheckedAt, language)}</dd>
          </div>
        </dl>
      )}

      {error ? <ErrorAlert>{errorText(error)}</ErrorAlert> : null}
      <StatusMessage>{doneText}</StatusMessage>
      {service.canEdit && !editing ? (
        <div className="actions">
          <button
            ref={editButton}
            type="button"
            className="button-secondary"
            aria-describedby={headingId}
            data-testid={`directory-edit-${service.id}`}
            onClick={() => {
              setDone(null);
              setError(null);
              setEditing(true);
            }}
          >
            {t('common.edit')}
          </button>
          <button
            type="button"
            className="button-secondary"
            aria-describedby={headingId}
            disabled={checking}
            data-testid={`directory-checked-${service.id}`}
            onClick={() => void markChecked()}
          >
            {t('directory.markChecked')}
          </button>
        </div>
      ) : null}
    </article>
  );
}
