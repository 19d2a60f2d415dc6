import type { TFunction } from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { codeOptions } from '../../labels.ts';
import { INVESTIGATING_INSTITUTIONS } from '../assistance/types.ts';
import { DateField, SelectField, TextField } from '../Field.tsx';

type Institution = (typeof INVESTIGATING_INSTITUTIONS)[number];

/** What the team and the police both write about a pre-trial investigation. */
export type InvestigationDraft = {
  institution: Institution;
  caseNumber: string;
  startedOn: string;
  officerName: string;
  officerContact: string;
};

type Saved = {
  institution: Institution;
  caseNumber: string | null;
  startedOn: string | null;
  officerName: string | null;
  officerContact: string | null;
} | null;

export function useInvestigationDraft(saved: Saved, startedOn: string) {
  const [draft, setDraft] = useState<InvestigationDraft>({
    institution: saved?.institution ?? 'police',
    caseNumber: saved?.caseNumber ?? '',
    startedOn: saved?.startedOn ?? startedOn,
    officerName: saved?.officerName ?? '',
    officerContact: saved?.officerContact ?? '',
  });
  const change = (patch: Partial<InvestigationDraft>) => setDraft((current) => ({ ...current, ...patch }));
  return [draft, change] as const;
}

export const optional = (key: string, value: string) => (value.trim() ? { [key]: value.trim() } : {});

/** The investigation as the API takes it: texts trimmed, empty ones left out. */
export const investigationInput = (draft: InvestigationDraft) => ({
  institution: draft.institution,
  caseNumber: draft.caseNumber.trim(),
  ...optional('startedOn', draft.startedOn),
  ...optional('officerName', draft.officerName),
  ...optional('officerContact', draft.officerContact),
});

export const checkInvestigation = (t: TFunction, draft: InvestigationDraft, today: string) => ({
  caseNumber: !draft.caseNumber.trim() && t('validation.required'),
  startedOn: draft.startedOn > today && t('assistance.notInFuture'),
});

/** The institution, its number, the day it opened and the officer responsible (seed 001). */
export function InvestigationFields({
  prefix,
  draft,
  change,
  errors,
  today,
}: {
  prefix: string;
  draft: InvestigationDraft;
  change: (patch: Partial<InvestigationDraft>) => void;
  errors: Record<string, string>;
  today: string;
}) {
  const { t } = useTranslation();
  return (
    <>
      <SelectField
        id={`${prefix}-institution`}
        label={t('assistance.legal.institution')}
        value={draft.institution}
        onValueChange={(value) => change({ institution: value as Institution })}
        options={codeOptions(t, 'institution', INVESTIGATING_INSTITUTIONS)}
        required
        error={errors.institution}
      />
      <TextField
        id={`${prefix}-case-number`}
        label={t('assistance.legal.caseNumber')}
        value={draft.caseNumber}
        onValueChange={(caseNumber) => change({ caseNumber })}
        maxLength={60}
        required
        error={errors.caseNumber}
      />
      <DateField
        id={`${prefix}-started`}
        label={t('assistance.legal.startedOn')}
        value={draft.startedOn}
        onValueChange={(startedOn) => change({ startedOn })}
        max={today}
        error={errors.startedOn}
      />
      <TextField
        id={`${prefix}-officer`}
        label={t('assistance.legal.officerName')}
        value={draft.officerName}
        onValueChange={(officerName) => change({ officerName })}
        maxLength={120}
        autoComplete="name"
        error={errors.officerName}
      />
      <TextField
        id={`${prefix}-officer-contact`}
        label={t('assistance.legal.officerContact')}
        value={draft.officerContact}
        onValueChange={(officerContact) => change({ officerContact })}
        maxLength={200}
        inputMode="tel"
        error={errors.officerContact}
      />
    </>
  );
}
