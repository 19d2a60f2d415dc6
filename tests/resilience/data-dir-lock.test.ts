// The embedded database's lock file: it keeps a second process out, and never keeps the server from
// coming back after a crash.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/app/database.ts';

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

function dataDir() {
  const folder = mkdtempSync(path.join(tmpdir(), 'atrama-lock-'));
  folders.push(folder);
  return path.join(folder, 'db');
}

/** A Node.js process that waits until it is killed. */
function sleeper() {
  return spawn(process.execPath, ['-e', 'setTimeout(() => {}, 600_000)'], { stdio: 'ignore' });
}

describe('the embedded database lock', () => {
  it('lets the server start after a crash left a lock naming the same process id', async () => {
    // A container's first process has the same id every time it starts: after a SIGKILL the lock
    // names the new process itself.
    const dir = dataDir();
    writeFileSync(`${dir}.lock`, String(process.pid));
    const database = await openDatabase({ kind: 'pglite', dataDir: dir });
    expect(await database.ping()).toBe(true);
    await database.close();
    expect(existsSync(`${dir}.lock`)).toBe(false);
  });

  it('takes over a lock left by a process that no longer runs', async () => {
    const dir = dataDir();
    const gone = sleeper();
    gone.kill('SIGKILL');
    await new Promise((resolve) => gone.once('exit', resolve));
    writeFileSync(`${dir}.lock`, String(gone.pid));
    const database = await openDatabase({ kind: 'pglite', dataDir: dir });
    await database.close();
  });

  it('refuses a folder another running process holds', async () => {
    const dir = dataDir();
    const other = sleeper();
    try {
      writeFileSync(`${dir}.lock`, String(other.pid));
      await expect(openDatabase({ kind: 'pglite', dataDir: dir })).rejects.toThrow(
        `in use by process ${other.pid}`,
      );
    } finally {
      other.kill('SIGKILL');
    }
  });

  it('refuses a second open of a folder this process already holds', async () => {
    const dir = dataDir();
    const first = await openDatabase({ kind: 'pglite', dataDir: dir });
    try {
      await expect(openDatabase({ kind: 'pglite', dataDir: dir })).rejects.toThrow('in use by process');
    } finally {
      await first.close();
    }
    const again = await openDatabase({ kind: 'pglite', dataDir: dir });
    await again.close();
  });
});
