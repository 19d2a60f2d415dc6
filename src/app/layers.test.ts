import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// The house has three floors: the apps on top (src/app, the composition root; src/web, the browser
// apps), the domains in the middle, the platform at the bottom. Imports run down, never up: the
// platform names no domain, and no domain reaches into an app.

const SRC = path.resolve(import.meta.dirname, '..');
const IMPORT = /(?:from|import)\s*\(?\s*['"](\.{1,2}\/[^'"]+)['"]/g;

type Floor = 'app' | 'domain' | 'platform';
const floorOf = (relative: string): Floor =>
  relative.startsWith('app/') || relative.startsWith('web/') || !relative.includes('/')
    ? 'app'
    : relative.startsWith('platform/')
      ? 'platform'
      : 'domain';
const BELOW: Record<Floor, Floor[]> = {
  app: ['app', 'domain', 'platform'],
  domain: ['domain', 'platform'],
  platform: ['platform'],
};

function sources(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) return sources(full);
    return /\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

/** Every import that runs up a floor, as "file → imported". */
function upwardImports(files: { file: string; text: string }[]) {
  const found: string[] = [];
  for (const { file, text } of files) {
    const from = path.relative(SRC, file).split(path.sep).join('/');
    for (const [, spec] of text.matchAll(IMPORT)) {
      const to = path
        .relative(SRC, path.resolve(path.dirname(file), spec!))
        .split(path.sep)
        .join('/');
      if (to.startsWith('..')) continue; // outside src: the standards, the built apps
      if (!BELOW[floorOf(from)].includes(floorOf(to))) found.push(`${from} → ${to}`);
    }
  }
  return found;
}

describe('the floors of the house', () => {
  it('has every import running down: the platform names no domain, no domain names an app', () => {
    const files = sources(SRC).map((file) => ({ file, text: readFileSync(file, 'utf8') }));
    expect(upwardImports(files)).toEqual([]);
  });

  it('would find a platform file that names a domain, or a domain that names the composition root', () => {
    const at = (relative: string, text: string) => ({ file: path.join(SRC, relative), text });
    expect(
      upwardImports([
        at('platform/db.ts', "import * as schema from '../app/schema.ts';"),
        at('platform/http/context.ts', "import type { Role } from '../../access/model.ts';"),
        at('cases/verbs.ts', "import { loadConfig } from '../app/config.ts';"),
        at('cases/read.ts', "import { recordAudit } from '../audit/record.ts';"),
      ]),
    ).toEqual([
      'platform/db.ts → app/schema.ts',
      'platform/http/context.ts → access/model.ts',
      'cases/verbs.ts → app/config.ts',
    ]);
  });
});
