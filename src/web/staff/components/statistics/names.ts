import type { TFunction } from 'i18next';
import { municipalityByCode, municipalityName } from '../../../../cases/municipalities.ts';
import type { View } from './views.ts';

// The words for the keys a breakdown answers with. Shared with the public page, which loads only the
// "figures" and "catalogue" parts of the catalogues: no import of the staff app's i18n here.

const LISTS: Partial<Record<View, string>> = {
  sex: 'sex',
  ageBand: 'ageBand',
  pathway: 'pathway',
  serviceType: 'serviceType',
};

const NATURAL: Record<string, string> = {
  exploitation_forms: 'exploitation',
  trafficking_identification: 'identification',
  cooperation_decisions: 'cooperation',
  consultations: 'consultationTopic',
  training_participants: 'profession',
  trainings: 'profession',
  awareness_activities: 'awarenessKind',
  awareness_reach: 'awarenessKind',
  action_plan_measures: 'measureState',
};

/** A code in words from the catalogue's list, or the code itself when the list does not know it. */
const fromList = (t: TFunction, list: string, code: string) =>
  t(`catalogue.${list}.${code}`, { defaultValue: code === 'unknown' ? t('figures.unknown') : code });

export function crimeTypeName(t: TFunction, code: string): string {
  return code === 'trafficking' ? t('catalogue.kind.trafficking') : fromList(t, 'otherCrime', code);
}

/** "2026-03" as "March 2026" in the interface language. */
export function monthName(key: string, language: string): string {
  const [year, month] = key.split('-').map(Number);
  if (!year || !month) return key;
  return new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'lt-LT', {
    year: 'numeric',
    month: 'long',
    timeZone: 'UTC',
  }).format(Date.UTC(year, month - 1, 15));
}

/**
 * A breakdown key in words. Organisations are named by the caller (it knows them); a municipality by
 * its code's name.
 */
export function keyName(
  t: TFunction,
  language: string,
  indicator: string,
  view: View,
  key: string,
  organisationName: (id: string) => string | undefined = () => undefined,
): string {
  if (view === 'crimeType') return crimeTypeName(t, key);
  if (view === 'month') return monthName(key, language);
  if (view === 'organisation') return organisationName(key) ?? key;
  if (view === 'municipality')
    return municipalityByCode(key) ? municipalityName(key, language) : t('figures.unknown');
  const list = view === 'natural' ? NATURAL[indicator] : LISTS[view];
  if (list) return key === 'presumed' ? t('figures.presumed') : fromList(t, list, key);
  if (indicator === 'referrals' && key.includes(' / ')) {
    // The referral's source and answer, "police / accepted".
    const [contact = '', status = ''] = key.split(' / ');
    return `${fromList(t, 'firstContact', contact)}: ${fromList(t, 'referralStatus', status)}`;
  }
  return key === 'unknown' ? t('figures.unknown') : key;
}
