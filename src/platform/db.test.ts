import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { isReplicaFailure, parseLsn, type ReplicaState, readTarget, replicaLag } from './db.ts';

describe('which server answers a read that may lag', () => {
  const near: ReplicaState = { reachable: true, lagSeconds: 2, maxLagSeconds: 30 };
  it.each([
    ['no replica', null, false, 'primary'],
    ['a replica close behind', near, false, 'replica'],
    ['exactly at the bound', { ...near, lagSeconds: 30 }, false, 'replica'],
    ['beyond the bound', { ...near, lagSeconds: 30.5 }, false, 'primary'],
    ['not reachable', { ...near, reachable: false }, false, 'primary'],
    ['not yet measured', { ...near, lagSeconds: null }, false, 'primary'],
    ["the reader's own change moments ago", near, true, 'primary'],
  ] as const)('%s: %s', (_title, replica, afterOwnWrite, target) => {
    expect(readTarget(replica, afterOwnWrite)).toBe(target);
  });
});

describe('the replica lag', () => {
  it('reads WAL positions as numbers in their order', () => {
    expect(parseLsn('0/3000000')).toBe(0x3000000n);
    expect(parseLsn('16/B374D848')).toBe((0x16n << 32n) + 0xb374d848n);
    expect(parseLsn('1/0') > parseLsn('0/FFFFFFFF')).toBe(true);
  });

  const samples = [
    { lsn: 100n, at: 0 },
    { lsn: 200n, at: 5_000 },
    { lsn: 300n, at: 10_000 },
  ];
  it.each([
    ['everything replayed', 300n, 0, 0],
    ['the last position not replayed', 200n, 12_000 - 10_000, 1],
    ['two positions behind', 150n, 12_000 - 5_000, 2],
    ['nothing replayed', 50n, 12_000, 3],
  ])('%s', (_title, replayed, lagMs, ahead) => {
    const lag = replicaLag(samples, replayed, 12_000);
    expect(lag.lagSeconds).toBe(lagMs / 1000);
    expect(lag.ahead).toHaveLength(ahead);
  });
});

describe('a failure of the replica rather than of the query', () => {
  const database = (code: string) => Object.assign(new pg.DatabaseError('x', 1, 'error'), { code });
  it.each([
    ['connection refused', Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }), true],
    ['connection ended', new Error('Connection terminated unexpectedly'), true],
    ['server shutting down (57P01)', database('57P01'), true],
    ['server starting (57P03)', database('57P03'), true],
    ['too many connections (53300)', database('53300'), true],
    ['cancelled by recovery (40001)', database('40001'), true],
    ['a bad query (42601)', database('42601'), false],
    ['a missing table (42P01)', database('42P01'), false],
    ['a programming error', new TypeError('x is undefined'), false],
  ])('%s: %s', (_title, error, failure) => {
    expect(isReplicaFailure(error)).toBe(failure);
  });
});
