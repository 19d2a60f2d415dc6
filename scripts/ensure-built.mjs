// Before `npm start`: build when the build is missing or was made from other sources than these
// (scripts/build-stamp.mjs), so `npm ci && npm start` works on a fresh clone and after a change.
import { execFileSync } from 'node:child_process';
import { buildIsCurrent } from './build-stamp.mjs';

// `--check` (a service manager's pre-start step, on a read-only install): only say whether it is current.
if (process.argv.includes('--check')) {
  if (!buildIsCurrent()) {
    console.error('The build is missing or older than the sources: run `npm run build` first.');
    process.exit(1);
  }
  process.exit(0);
}
if (!buildIsCurrent()) {
  console.log('Building the staff app and the server (the build is missing or older than the sources)…');
  execFileSync(process.execPath, [new URL('./build.mjs', import.meta.url).pathname], { stdio: 'inherit' });
}
