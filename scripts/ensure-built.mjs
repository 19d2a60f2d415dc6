// Build the staff web app when it is missing, so `npm start` works on a fresh clone.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

if (!existsSync(new URL('../dist/staff/index.html', import.meta.url))) {
  console.log('Building the staff web app (first start)…');
  execFileSync('npx', ['vite', 'build', '--logLevel', 'warn'], { stdio: 'inherit' });
}
