import { describe, expect, it } from 'vitest';
import { STEPS } from '../components/intake/steps.ts';
import { DELIVERIES } from '../contract/alerts.ts';
import { CASE_KINDS, CITIZENSHIP_PATHWAYS, CONSENT_SCOPES } from '../contract/cases.ts';
import { LABELLED_LISTS } from '../labels.ts';
import en from './en.json';
import lt from './lt.json';

type Catalogue = { [key: string]: string | Catalogue };

function has(catalogue: Catalogue, key: string): boolean {
  let node: string | Catalogue | undefined = catalogue;
  for (const part of key.split('.')) {
    if (typeof node !== 'object') return false;
    node = node[part];
  }
  return typeof node === 'string' && node.trim() !== '';
}

/** Keys the case screens build from codes, which the literal-key check cannot see. */
const BUILT_KEYS = [
  ...Object.entries(LABELLED_LISTS).flatMap(([list, codes]) =>
    codes.map((code) => `catalogue.${list}.${code}`),
  ),
  ...STEPS.map((step) => `intake.steps.${step}`),
  ...CASE_KINDS.map((kind) => `intake.what.kindHint.${kind}`),
  ...CITIZENSHIP_PATHWAYS.map((pathway) => `intake.person.pathwayHint.${pathway}`),
  ...CONSENT_SCOPES.map((scope) => `intake.consent.hint.${scope}`),
  ...['none', 'hidden', 'openable', 'shown', 'erased'].map((state) => `caseIdentity.state.${state}`),
  ...['phone', 'email', 'other'].map((kind) => `identity.contact.${kind}`),
  ...[
    'myOverdue',
    'myDueSoon',
    'referrals',
    'unassigned',
    'drafts',
    'newReferrals',
    'pendingIdentification',
    'overdue',
    'duplicates',
  ].map((key) => `home.waiting.${key}`),
  ...['overdue', 'dueSoon', 'referralsWaiting', 'cases', 'unassigned'].map((key) => `work.counts.${key}`),
  ...DELIVERIES.map((delivery) => `alerts.delivery.${delivery}`),
  ...['pending', 'sent', 'failed'].map((status) => `mail.status.${status}`),
  ...['work', 'mail', 'requests'].map((area) => `nav.${area}`),
  ...['intake', 'desk', 'caseload', 'cases', 'statistics', 'funding'].flatMap((area) => [
    `nav.${area}`,
    `home.shortcuts.${area}`,
    `home.shortcuts.${area}Body`,
  ]),
];

describe('names of the case catalogue codes', () => {
  it('exist in both languages for every code the screens show', () => {
    for (const catalogue of [lt, en] as Catalogue[]) {
      expect(BUILT_KEYS.filter((key) => !has(catalogue, key))).toEqual([]);
    }
  });
});
