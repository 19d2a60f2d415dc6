import { describe, expect, it } from 'vitest';
import { loadConfig, TrustedProxies } from './config.ts';

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
