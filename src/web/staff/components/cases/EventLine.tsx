import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { TimelineEvent } from '../../contract/cases.ts';
import { formatDateTime, localName } from '../../format.ts';
import { codeName, type LabelledList } from '../../labels.ts';

/** For an event whose detail names a code, which detail and which list names it. */
const DETAIL: Record<string, [string, LabelledList]> = {
  state_changed: ['to', 'state'],
  identification_decided: ['outcome', 'identification'],
  cooperation_decided: ['outcome', 'cooperation'],
  consent_given: ['scope', 'consentScope'],
  consent_withdrawn: ['scope', 'consentScope'],
  referral_sent: ['purpose', 'purpose'],
  residence_permit_changed: ['status', 'residencePermit'],
  team_joined: ['role', 'teamRole'],
  note_added: ['visibility', 'visibility'],
  document_added: ['kind', 'caseDocument'],
  rights_given: ['form', 'rightsForm'],
  needs_assessed: ['risk', 'riskLevel'],
  plan_item_added: ['measure', 'serviceType'],
  plan_item_changed: ['to', 'planItemStatus'],
  service_corrected: ['type', 'serviceType'],
  service_removed: ['type', 'serviceType'],
  return_updated: ['status', 'returnStatus'],
  investigation_linked: ['institution', 'institution'],
  legal_step_added: ['kind', 'legalStepKind'],
  legal_step_changed: ['status', 'legalStepStatus'],
  compensation_updated: ['status', 'compensationStatus'],
  compensation_decided: ['decision', 'claimDecision'],
  protection_answered: ['status', 'legalStepStatus'],
};

/** "State changed: Identified": the event in plain words, with the one detail that says what changed. */
export function eventText(t: TFunction, event: TimelineEvent): string {
  const name = codeName(t, 'event', event.type);
  const [key, list] = DETAIL[event.type] ?? [];
  const value = key ? event.detail[key] : undefined;
  return list && typeof value === 'string' ? `${name}: ${codeName(t, list, value)}` : name;
}

/** When, what, and who (person and organisation) for one event of a case. */
export function EventLine({ event }: { event: TimelineEvent }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const who = [event.actorName, event.organisation ? localName(event.organisation.name, language) : null]
    .filter(Boolean)
    .join(', ');
  return (
    <>
      <time dateTime={event.at} className="event-time">
        {formatDateTime(event.at, language)}
      </time>{' '}
      <span className="event-name">{eventText(t, event)}</span>
      {who ? <span className="muted"> · {who}</span> : null}
    </>
  );
}
