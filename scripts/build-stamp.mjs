// What the build is made from, and the stamp recording it: `npm start` runs the compiled server
// only when the stamp holds the hash of these sources as they are now.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const SRC = path.join(ROOT, 'src');
export const DIST = path.join(ROOT, 'dist');
export const BUILD = path.join(ROOT, 'build');
export const STAMP = path.join(BUILD, '.sources-hash');
/** What the build needs besides src/: its settings and the exact dependencies. */
const INPUTS = [
  'vite.config.ts',
  'tsconfig.json',
  'tsconfig.server.json',
  'package-lock.json',
  'scripts/build.mjs',
];

/** SHA-256 over the path and content of every source file (tests, which the build leaves out, too). */
export function sourceHash() {
  const hash = createHash('sha256');
  const sources = readdirSync(SRC, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(ROOT, path.join(entry.parentPath ?? entry.path, entry.name)));
  for (const file of [...sources.sort(), ...INPUTS]) {
    hash.update(`${file}\0`);
    hash.update(readFileSync(path.join(ROOT, file)));
    hash.update('\0');
  }
  return hash.digest('hex');
}

/** Whether build/ and dist/ hold a build of the sources as they are now. */
export function buildIsCurrent() {
  if (!existsSync(STAMP) || !existsSync(path.join(DIST, 'staff', 'index.html'))) return false;
  return readFileSync(STAMP, 'utf8').trim() === sourceHash();
}
