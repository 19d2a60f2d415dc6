// Build the staff web app when it is missing, so `npm start` works on a fresh clone. (The public
// pages, the finder and the statistics, are rendered by the server and need no build.)
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

if (!existsSync(new URL('../dist/staff/index.html', import.meta.url))) {
  console.log('Building the staff web app (first start)…');
  execFileSync('npx', ['vite', 'build', '--logLevel', 'warn'], { stdio: 'inherit' });
}
