import { municipalityCodeOf } from '../../../../cases/municipalities.ts';
import type { FirstContactKind } from '../../contract/cases.ts';
import { toLocalInput } from '../../time.ts';
import type { IntakeForm } from './form.ts';

const STORAGE_KEY = 'atrama.intake.defaults';

/** Organisations whose kind of first contact their address name tells. */
const BY_SLUG: [RegExp, FirstContactKind][] = [
  [/border-guard/, 'border_guard'],
  [/labour-inspectorate/, 'labour_inspectorate'],
  [/foreign-affairs|consul|embass/, 'consular_mission'],
  [/child-rights/, 'child_rights_service'],
  [/general-help-centre/, 'emergency_line_112'],
  [/municipality|savivaldyb/, 'municipality'],
  [/prosecutor|court/, 'prosecutor_or_court'],
  [/police|policija/, 'police'],
];

export function firstContactFor(slug: string): FirstContactKind | '' {
  return BY_SLUG.find(([pattern]) => pattern.test(slug))?.[1] ?? '';
}

type Remembered = Pick<IntakeForm, 'municipality' | 'firstContactKind'>;

function remembered(): Partial<Remembered> {
  try {
    const value: unknown = JSON.parse(window.localStorage.getItem(STORAGE_KEY) ?? '{}');
    return typeof value === 'object' && value !== null ? (value as Partial<Remembered>) : {};
  } catch {
    return {};
  }
}

/**
 * What a new record starts with, so that the minimum takes seconds: met now, where this device's
 * last record was made, by the kind of institution the officer acts for.
 */
export function newRecordDefaults(organisationSlug: string, now = new Date()): Partial<IntakeForm> {
  const last = remembered();
  const firstContactKind = last.firstContactKind || firstContactFor(organisationSlug);
  return {
    metAt: toLocalInput(now.toISOString()),
    // A name remembered before municipalities were a closed list is read as its code, or dropped.
    municipality: typeof last.municipality === 'string' ? (municipalityCodeOf(last.municipality) ?? '') : '',
    firstContactKind,
    // A consular mission abroad meets Lithuania's own citizens (seed 000).
    ...(firstContactKind === 'consular_mission' ? { citizenship: 'LT' } : {}),
  };
}

/** Keeps the place and the kind of first contact of a record sent, for the next one. */
export function rememberDefaults(form: IntakeForm): void {
  const value: Remembered = { municipality: form.municipality, firstContactKind: form.firstContactKind };
  try {
    window.localStorage.setItem(STORAGE_KEY, JSON.stringify(value));
  } catch {
    // Without storage the next record starts without a place; nothing else changes.
  }
}

const DISCARDED_KEY = 'atrama.intake.discarded';

/** Remembers, for this tab, a draft discarded: Back to its address must not start it again. */
export function rememberDiscarded(draftId: string): void {
  try {
    const ids = wasDiscardedList();
    window.sessionStorage.setItem(DISCARDED_KEY, JSON.stringify([...ids, draftId].slice(-20)));
  } catch {
    // Without storage, Back to a discarded draft's address starts an empty record; nothing is lost.
  }
}

function wasDiscardedList(): string[] {
  try {
    const value: unknown = JSON.parse(window.sessionStorage.getItem(DISCARDED_KEY) ?? '[]');
    return Array.isArray(value) ? value.filter((id): id is string => typeof id === 'string') : [];
  } catch {
    return [];
  }
}

export function wasDiscarded(draftId: string): boolean {
  return wasDiscardedList().includes(draftId);
}

/** A new draft's id; randomUUID needs a secure context, which an address on a LAN may not be. */
export function newDraftId(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
