import { availableParallelism } from 'node:os';
import { describe, expect, it } from 'vitest';
import { loadConfig, MAX_WORKERS, MetricsAllow, TrustedProxies } from './config.ts';

describe('ATRAMA_TRUST_PROXY', () => {
  it.each([
    ['10.0.0.1', ['10.0.0.1']],
    ['10.0.0.1,10.0.0.2', ['10.0.0.1', '10.0.0.2']],
    [' 10.0.0.0/8 , fd00:10::/64 ,::1', ['10.0.0.0/8', 'fd00:10::/64', '::1']],
    ['2001:db8::7', ['2001:db8::7']],
    ['::ffff:10.0.0.1', ['::ffff:10.0.0.1']],
  ])('reads %j as %j', (value, expected) => {
    expect(TrustedProxies.parse(value)).toEqual(expected);
  });

  it.each([
    ['proxy.example.lt', 'proxy.example.lt'],
    ['10.0.0.1, 10.0.0.300', '10.0.0.300'],
    ['10.0.0.0/33', '10.0.0.0/33'],
    ['2001:db8::/129', '2001:db8::/129'],
    ['010.0.0.1', '010.0.0.1'],
    ['[::1]', '[::1]'],
    ['loopback', 'loopback'],
    ['10.0.0.1,,10.0.0.2', '""'],
    ['0.0.0.0/0', 'trusts every address'],
    ['10.0.0.1, ::/0', 'trusts every address'],
  ])('refuses %j, naming %s', (value, named) => {
    const parsed = TrustedProxies.safeParse(value);
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((issue) => issue.message).join('\n')).toContain(named);
  });

  it('is off unless set, and a bad entry stops the start naming the variable and the entry', () => {
    expect(loadConfig({}).trustProxy).toEqual([]);
    expect(loadConfig({ ATRAMA_TRUST_PROXY: '' }).trustProxy).toEqual([]);
    expect(loadConfig({ ATRAMA_TRUST_PROXY: '10.0.0.1, fd00::/8' }).trustProxy).toEqual([
      '10.0.0.1',
      'fd00::/8',
    ]);
    expect(() => loadConfig({ ATRAMA_TRUST_PROXY: '10.0.0.1, proxy.local' })).toThrow(
      /ATRAMA_TRUST_PROXY: "proxy.local" is not an IP address or CIDR range/,
    );
  });
});

describe('ATRAMA_WORKERS', () => {
  const server = { DATABASE_URL: 'postgres://atrama@127.0.0.1/atrama' };

  it('is one process on the embedded database and one per core, up to the most, on PostgreSQL', () => {
    expect(loadConfig({}).workers).toBe(1);
    expect(loadConfig({ ATRAMA_WORKERS: '' }).workers).toBe(1);
    expect(loadConfig(server).workers).toBe(Math.min(availableParallelism(), MAX_WORKERS));
  });

  it.each([
    ['1', {}, 1],
    ['1', server, 1],
    ['4', server, 4],
    [' 8 ', server, 8],
    ['64', server, 64],
  ])('reads %j (%j) as %d', (value, env, expected) => {
    expect(loadConfig({ ...env, ATRAMA_WORKERS: value }).workers).toBe(expected);
  });

  it.each([
    ['0', 'must be from 1 to 64'],
    ['65', 'must be from 1 to 64'],
    ['1000', 'must be from 1 to 64'],
    ['-1', 'must be a whole number from 1 to 64'],
    ['2.5', 'must be a whole number from 1 to 64'],
    ['1e1', 'must be a whole number from 1 to 64'],
    ['0x10', 'must be a whole number from 1 to 64'],
    ['two', 'must be a whole number from 1 to 64'],
    ['auto', 'must be a whole number from 1 to 64'],
  ])('refuses %j, saying it %s', (value, said) => {
    expect(() => loadConfig({ ...server, ATRAMA_WORKERS: value })).toThrow(`ATRAMA_WORKERS: ${said}`);
  });

  it('refuses more than one process on the embedded database, saying why', () => {
    expect(() => loadConfig({ ATRAMA_WORKERS: '2' })).toThrow(
      /ATRAMA_WORKERS: 2 processes cannot share the embedded database.*set DATABASE_URL/,
    );
  });
});

describe('DATABASE_READ_URL and ATRAMA_REPLICA_MAX_LAG_S', () => {
  const primary = 'postgres://atrama@127.0.0.1:5432/atrama';
  const replica = 'postgres://atrama@127.0.0.1:5433/atrama';

  it('is no replica unless set, and a replica within 30 s by default', () => {
    expect(loadConfig({ DATABASE_URL: primary }).database).toEqual({
      kind: 'postgres',
      url: primary,
      replica: null,
    });
    expect(loadConfig({ DATABASE_URL: primary, DATABASE_READ_URL: replica }).database).toEqual({
      kind: 'postgres',
      url: primary,
      replica: { url: replica, maxLagSeconds: 30 },
    });
    expect(
      loadConfig({ DATABASE_URL: primary, DATABASE_READ_URL: replica, ATRAMA_REPLICA_MAX_LAG_S: '5' })
        .database,
    ).toMatchObject({ replica: { maxLagSeconds: 5 } });
  });

  it.each([
    [{ DATABASE_READ_URL: replica }, 'DATABASE_READ_URL: a read replica needs its primary in DATABASE_URL'],
    [{ DATABASE_URL: primary, DATABASE_READ_URL: 'replica-host' }, 'DATABASE_READ_URL'],
    [{ DATABASE_URL: primary, ATRAMA_REPLICA_MAX_LAG_S: '0' }, 'ATRAMA_REPLICA_MAX_LAG_S: must be from 1'],
    [{ DATABASE_URL: primary, ATRAMA_REPLICA_MAX_LAG_S: '2.5' }, 'ATRAMA_REPLICA_MAX_LAG_S: must be a whole'],
    [{ DATABASE_URL: primary, ATRAMA_REPLICA_MAX_LAG_S: 'soon' }, 'ATRAMA_REPLICA_MAX_LAG_S'],
  ])('refuses %j, saying %s', (env, said) => {
    expect(() => loadConfig(env)).toThrow(said);
  });
});

describe('ATRAMA_METRICS_ALLOW and ATRAMA_METRICS_TOKEN', () => {
  it('lets nobody read the metrics unless set', () => {
    expect(loadConfig({}).metrics).toEqual({ allow: [], token: null });
  });

  it('reads addresses and CIDR ranges of both families, and a long token', () => {
    const token = 'a'.repeat(32);
    expect(
      loadConfig({
        ATRAMA_METRICS_ALLOW: '10.1.0.0/16, 127.0.0.1,fd00::/8, ::1',
        ATRAMA_METRICS_TOKEN: token,
      }).metrics,
    ).toEqual({ allow: ['10.1.0.0/16', '127.0.0.1', 'fd00::/8', '::1'], token });
  });

  it.each([
    ['10.0.0.0/33', '10.0.0.0/33'],
    ['monitoring.example.lt', 'monitoring.example.lt'],
    ['10.0.0.1,,10.0.0.2', '""'],
    ['fd00::/129', 'fd00::/129'],
  ])('refuses the range %j, naming %s', (value, named) => {
    expect(MetricsAllow.safeParse(value).success).toBe(false);
    expect(() => loadConfig({ ATRAMA_METRICS_ALLOW: value })).toThrow(
      `ATRAMA_METRICS_ALLOW: "${named.replaceAll('"', '')}" is not an IP address or CIDR range`,
    );
  });

  it('refuses a token shorter than 32 characters, saying so', () => {
    expect(() => loadConfig({ ATRAMA_METRICS_TOKEN: 'x'.repeat(31) })).toThrow(
      'ATRAMA_METRICS_TOKEN: must be at least 32 characters',
    );
  });
});
