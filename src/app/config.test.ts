import { availableParallelism } from 'node:os';
import { describe, expect, it } from 'vitest';
import { loadConfig, MAX_WORKERS, TrustedProxies } from './config.ts';

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
