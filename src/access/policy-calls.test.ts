import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// The access policy is asked in two places only: the route guard (may this role call the route at all)
// and record-guard.ts (may it act on this record). A verb that asked the policy itself would be a
// second way to authorise, with its own mistakes; this test finds one.

const SRC = path.resolve(import.meta.dirname, '..');
const POLICY_QUESTIONS = /\b(isAllowed|mayEverDo|relationshipTo|relationshipToAccount)\b/g;
const ASKERS: Record<string, string[]> = {
  'access/guard.ts': ['mayEverDo'],
  'access/record-guard.ts': ['isAllowed', 'relationshipTo', 'relationshipToAccount'],
};

function sources(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : sources(full);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

/** Every file naming a policy question (importing or calling it), outside its definition. */
function policyCalls() {
  const calls: Record<string, string[]> = {};
  for (const file of sources(SRC)) {
    const relative = path.relative(SRC, file).split(path.sep).join('/');
    if (relative === 'access/policy.ts') continue;
    const found = [...readFileSync(file, 'utf8').matchAll(POLICY_QUESTIONS)].map((m) => m[1]!);
    if (found.length > 0) calls[relative] = [...new Set(found)].sort();
  }
  return calls;
}

describe('who asks the access policy', () => {
  it('is the route guard and the record check, and nothing else', () => {
    expect(policyCalls()).toEqual(ASKERS);
  });

  it('would notice a verb asking the policy itself', () => {
    const verb = "if (!isAllowed(m.role, 'case.read', relationshipTo(m.organisationId, owners))) throw x;";
    expect([...verb.matchAll(POLICY_QUESTIONS)].map((m) => m[1])).toEqual(['isAllowed', 'relationshipTo']);
  });
});
