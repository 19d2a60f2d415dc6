// Build the web apps (staff, public statistics) when either is missing, so `npm start` works on a
// fresh clone.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const built = ['../dist/staff/index.html', '../dist/statistics/index.html'].every((file) =>
  existsSync(new URL(file, import.meta.url)),
);
if (!built) {
  console.log('Building the staff web app (first start)…');
  execFileSync('npx', ['vite', 'build', '--logLevel', 'warn'], { stdio: 'inherit' });
}
