import { describe, expect, it } from 'vitest';
import { ERROR_CODES } from '../../../platform/errors.ts';
import { NRM_FUNCTIONS, ROLES } from '../contract/access.ts';
import { AUDIT_OUTCOMES } from '../contract/audit.ts';
import { AUDIT_ACTIONS, AUDIT_RECORD_TYPES } from '../format.ts';
import en from './en.json';
import figuresEn from './figures.en.json';
import figuresLt from './figures.lt.json';
import lt from './lt.json';

type Catalogue = { [key: string]: string | Catalogue };

/** Every leaf key, dotted ("login.title"), with its value. */
function leaves(catalogue: Catalogue, prefix = ''): Map<string, string> {
  const result = new Map<string, string>();
  for (const [key, value] of Object.entries(catalogue)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') result.set(path, value);
    else for (const [k, v] of leaves(value, path)) result.set(k, v);
  }
  return result;
}

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1] ?? '').sort();
}

// The staff app's catalogues and the words its statistics screens load with them.
const catalogues: Record<string, Map<string, string>> = {
  lt: leaves({ ...lt, ...figuresLt }),
  en: leaves({ ...en, ...figuresEn }),
};
const ltKeys = [...(catalogues.lt?.keys() ?? [])].sort();
const enKeys = [...(catalogues.en?.keys() ?? [])].sort();

describe('translation catalogues', () => {
  it('have exactly the same keys', () => {
    expect(ltKeys.length).toBeGreaterThan(0);
    expect(enKeys).toEqual(ltKeys);
  });

  it('have no empty strings', () => {
    for (const [language, entries] of Object.entries(catalogues)) {
      const empty = [...entries]
        .filter(([, value]) => value.trim() === '')
        .map(([key]) => `${language}:${key}`);
      expect(empty).toEqual([]);
    }
  });

  it('use the same placeholders in both languages', () => {
    const mismatched = ltKeys.filter(
      (key) =>
        placeholders(catalogues.lt?.get(key) ?? '').join() !==
        placeholders(catalogues.en?.get(key) ?? '').join(),
    );
    expect(mismatched).toEqual([]);
  });

  it('name every role, NRM function and audit outcome, action and record type', () => {
    const missing = [
      ...ROLES.map((role) => `roles.${role}`),
      ...NRM_FUNCTIONS.map((fn) => `functions.${fn}`),
      ...AUDIT_OUTCOMES.map((outcome) => `audit.outcome.${outcome}`),
      ...AUDIT_ACTIONS.map((action) => `audit.actions.${action}`),
      ...AUDIT_RECORD_TYPES.map((type) => `audit.recordTypes.${type}`),
    ].filter((key) => !catalogues.lt?.has(key));
    expect(missing).toEqual([]);
  });

  it('translate the error codes the API documents', () => {
    for (const catalogue of [catalogues.lt, catalogues.en]) {
      expect(ERROR_CODES.filter((code) => !catalogue?.has(`errors.${code}`))).toEqual([]);
    }
    const rules = ['too_short', 'too_common', 'contains_email'];
    expect(rules.filter((rule) => !catalogues.lt?.has(`validation.${rule}`))).toEqual([]);
  });

  it('contain every literal key the source code asks for', () => {
    const sources = import.meta.glob<string>(['../**/*.ts', '../**/*.tsx', '!../**/*.test.ts'], {
      query: '?raw',
      import: 'default',
      eager: true,
    });
    const used = new Set<string>();
    for (const text of Object.values(sources)) {
      for (const match of text.matchAll(/\bt\(\s*'([a-zA-Z0-9_.]+)'/g)) used.add(match[1] ?? '');
      for (const match of text.matchAll(
        /\?\s*'([a-z]+\.[a-zA-Z0-9_.]+)'\s*:\s*'([a-z]+\.[a-zA-Z0-9_.]+)'/g,
      )) {
        used.add(match[1] ?? '');
        used.add(match[2] ?? '');
      }
    }
    expect(used.size).toBeGreaterThan(50);
    const missing = [...used].filter((key) => !catalogues.lt?.has(key)).sort();
    expect(missing).toEqual([]);
  });
});
