// The deployment files in deploy/, checked as far as this machine can without a container engine:
// the compose file parsed and held to the rules the operator's guide states (two app containers on a
// read-only root as a non-root user, health checks, PostgreSQL with a streaming replica, the proxy the
// app trusts), the image definition's stages, and the systemd unit through `systemd-analyze verify`.
// The nginx config itself runs for real in reverse-proxy-nginx.test.ts.

import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { z } from 'zod';

const Healthcheck = z.object({ test: z.array(z.string()).min(2) }).passthrough();
const Service = z
  .object({
    image: z.string(),
    user: z.string().optional(),
    read_only: z.boolean().optional(),
    environment: z.record(z.string(), z.string()).optional(),
    volumes: z.array(z.string()).optional(),
    healthcheck: z.union([Healthcheck, z.object({ disable: z.literal(true) })]).optional(),
    entrypoint: z.array(z.string()).optional(),
    command: z.array(z.string()).optional(),
    cap_drop: z.array(z.string()).optional(),
    security_opt: z.array(z.string()).optional(),
    tmpfs: z.array(z.string()).optional(),
    networks: z
      .union([z.array(z.string()), z.record(z.string(), z.object({ ipv4_address: z.string() }))])
      .optional(),
  })
  .passthrough();
const Compose = z.object({ services: z.record(z.string(), Service) });

const compose = Compose.parse(parse(readFileSync('deploy/compose.yaml', 'utf8'), { merge: true }));
const { services } = compose;
const APPS = ['app1', 'app2'] as const;

describe('deploy/compose.yaml', () => {
  it('runs two app containers as a non-root user on a read-only root filesystem', () => {
    for (const name of APPS) {
      const app = services[name]!;
      expect(app.read_only, name).toBe(true);
      expect(app.user, name).toMatch(/^[1-9]\d*:[1-9]\d*$/);
      expect(app.cap_drop, name).toEqual(['ALL']);
      expect(app.security_opt, name).toContain('no-new-privileges:true');
      expect(
        app.tmpfs?.some((entry) => entry.startsWith('/tmp')),
        name,
      ).toBe(true);
      // What the server writes goes to volumes under its state folder.
      expect(app.volumes?.map((volume) => volume.split(':')[1]).sort(), name).toEqual([
        '/var/lib/atrama/backups',
        '/var/lib/atrama/checkpoints',
      ]);
      expect(app.environment?.NODE_ENV, name).toBe('production');
    }
  });

  it('gives every long-running service a health check, the apps theirs on /readyz with node', () => {
    const oneShot = ['migrate', 'wal-archive-owner'];
    for (const [name, service] of Object.entries(services)) {
      if (oneShot.includes(name)) continue;
      expect(service.healthcheck && 'test' in service.healthcheck, name).toBe(true);
    }
    for (const name of APPS) {
      const test = (services[name]!.healthcheck as z.infer<typeof Healthcheck>).test;
      expect(test.slice(0, 2), name).toEqual(['CMD', 'node']);
      expect(test.join(' '), name).toContain('/readyz');
    }
  });

  it('writes to the primary, reads statistics from the streaming replica, and migrates first', () => {
    for (const name of APPS) {
      const env = services[name]!.environment!;
      expect(new URL(env.DATABASE_URL!.replace(/\$\{[^}]+\}/g, 'x')).hostname).toBe('primary');
      expect(new URL(env.DATABASE_READ_URL!.replace(/\$\{[^}]+\}/g, 'x')).hostname).toBe('replica');
    }
    expect(services.migrate!.command).toEqual(['npm', 'run', 'migrate']);
    expect(services.app1!.depends_on).toMatchObject({
      migrate: { condition: 'service_completed_successfully' },
    });
    expect(services.primary!.image).toMatch(/^postgres:\d+$/);
    expect(services.replica!.image).toBe(services.primary!.image);
    expect(services.primary!.command!.join(' ')).toContain('wal_level=replica');
    const script = services.replica!.volumes!.find((volume) => volume.includes('replica-start.sh'))!;
    const replicaStart = readFileSync(path.join('deploy', script.split(':')[0]!), 'utf8');
    expect(replicaStart).toMatch(/pg_basebackup [^\n]*\\\n[^\n]*--write-recovery-conf/);
  });

  it('trusts the proxy, and only the proxy, for the client address and protocol', () => {
    const proxy = services.proxy!;
    const networks = proxy.networks as Record<string, { ipv4_address: string }>;
    const address = Object.values(networks)[0]!.ipv4_address;
    for (const name of APPS) expect(services[name]!.environment!.ATRAMA_TRUST_PROXY, name).toBe(address);
    expect(proxy.read_only).toBe(true);
    expect(proxy.volumes).toContain('./nginx/atrama.conf:/etc/nginx/conf.d/default.conf:ro');
  });

  it('mounts only files that exist in deploy/', () => {
    for (const [name, service] of Object.entries(services)) {
      for (const volume of service.volumes ?? []) {
        const source = volume.split(':')[0]!;
        if (source.startsWith('./') && source !== './tls') {
          expect(existsSync(path.join('deploy', source)), `${name}: ${source}`).toBe(true);
        }
      }
    }
  });
});

describe('deploy/Dockerfile', () => {
  const dockerfile = readFileSync('deploy/Dockerfile', 'utf8');
  const stages = dockerfile.split(/^FROM /m).slice(1);

  it('builds in one stage and runs production dependencies only, as a non-root user, in another', () => {
    expect(stages).toHaveLength(2);
    const [build, runtime] = stages as [string, string];
    expect(build).toMatch(/RUN npm ci\b/);
    expect(build).toMatch(/RUN npm run build\b/);
    expect(runtime).toMatch(/RUN npm ci --omit=dev\b/);
    expect(runtime).not.toMatch(/npm run build/);
    expect(runtime).toMatch(/^USER node$/m);
    expect(runtime).toMatch(/^HEALTHCHECK .*CMD \["node", "-e", ".*\/readyz/ms);
    expect(runtime).not.toMatch(/curl|wget/);
  });
});

describe('deploy/systemd/atrama.service', () => {
  const unit = readFileSync('deploy/systemd/atrama.service', 'utf8');

  it('is hardened: no new privileges, a read-only system, and one folder it may write', () => {
    for (const line of [
      'NoNewPrivileges=yes',
      'ProtectSystem=strict',
      'ProtectHome=yes',
      'PrivateTmp=yes',
      'ReadWritePaths=/var/lib/atrama',
      'CapabilityBoundingSet=',
      'User=atrama',
    ]) {
      expect(unit.split('\n'), line).toContain(line);
    }
  });

  it('passes systemd-analyze verify', () => {
    const analyze = spawnSync('systemd-analyze', ['--version']);
    if (analyze.error) throw new Error('systemd-analyze is missing: apt-get install -y systemd');
    // Verified with this machine's node and npm wherever they are installed.
    const folder = mkdtempSync(path.join(tmpdir(), 'atrama-unit-'));
    try {
      const npm = execFileSync('sh', ['-c', 'command -v npm'], { encoding: 'utf8' }).trim();
      const file = path.join(folder, 'atrama.service');
      writeFileSync(
        file,
        unit.replace('/usr/bin/node ', `${process.execPath} `).replace('/usr/bin/npm ', `${npm} `),
      );
      const verify = spawnSync('systemd-analyze', ['verify', file], { encoding: 'utf8' });
      expect(verify.status, verify.stderr).toBe(0);
      // An unknown or misspelt directive is only a warning to systemd; here it fails.
      expect(verify.stderr.split('\n').filter((line) => line.includes('atrama.service'))).toEqual([]);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
