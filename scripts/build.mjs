// `npm run build`: the staff web app (Vite, into dist/, each file also brotli- and gzip-compressed for
// the server to send as it is), then the server (TypeScript compiled into build/, beside src/, so a
// path a module reads relative to itself, like ../../db/migrations, is the same folder), then the
// stamp by which `npm start` knows the build is current (scripts/ensure-built.mjs).
import { execFileSync } from 'node:child_process';
import { cpSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { BUILD, DIST, SRC, STAMP, sourceHash } from './build-stamp.mjs';

// A production build whoever runs it: under the test runner NODE_ENV is "test", which would bundle
// React's development build.
const run = (command, args) =>
  execFileSync('npx', [command, ...args], {
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: 'production' },
  });

const files = (folder) =>
  readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath ?? entry.path, entry.name));

// Text only: images and fonts are compressed already. Files under 1 KB gain too little to be worth it.
const COMPRESSIBLE = /\.(js|mjs|css|html|svg|json|webmanifest|txt|map)$/;

/** A .br and a .gz beside each compressible file of the built apps. */
function precompress() {
  for (const file of files(DIST)) {
    if (!COMPRESSIBLE.test(file) || statSync(file).size < 1024) continue;
    const body = readFileSync(file);
    writeFileSync(
      `${file}.br`,
      brotliCompressSync(body, {
        params: { [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY },
      }),
    );
    writeFileSync(`${file}.gz`, gzipSync(body, { level: 9 }));
  }
}

const hash = sourceHash();
rmSync(STAMP, { force: true });
run('vite', ['build', '--logLevel', 'warn']);
precompress();
rmSync(BUILD, { recursive: true, force: true });
run('tsc', ['-p', 'tsconfig.server.json']);
// What the server reads at run time beside its modules (the finder's assets, the password list,
// the shipped directory, the statistics page's stylesheet): every file in src/ that is not TypeScript
// or the staff app's.
cpSync(SRC, BUILD, {
  recursive: true,
  filter: (from) =>
    statSync(from).isDirectory()
      ? path.relative(SRC, from).split(path.sep).join('/') !== 'web/staff'
      : !/\.tsx?$/.test(from),
});
writeFileSync(STAMP, `${hash}\n`);
console.log('Built: the staff app in dist/, the server in build/ (start it with `npm start`).');
