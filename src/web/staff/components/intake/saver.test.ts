import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError, NetworkError } from '../../api.ts';
import type { DraftView, IntakeDraftData } from '../../contract/cases.ts';
import { DraftSaver, type SaveStatus } from './saver.ts';

const draft = (version: number, data: IntakeDraftData = {}): DraftView => ({
  id: 'd1',
  data,
  version,
  updatedAt: `2026-01-05T20:4${version}:00Z`,
  submittedCaseId: null,
});

function setUp(save: (data: IntakeDraftData, version: number | undefined) => Promise<DraftView>) {
  const statuses: SaveStatus['kind'][] = [];
  const reloaded: DraftView[] = [];
  const io = { save: vi.fn(save), load: vi.fn(async () => draft(7, { municipality: 'Elsewhere' })) };
  const saver = new DraftSaver(
    io,
    { status: (s) => statuses.push(s.kind), reloaded: (d) => reloaded.push(d) },
    undefined,
    800,
  );
  return { io, saver, statuses, reloaded };
}

describe('saving an intake draft as the officer goes', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('waits for a pause, sends the newest data once, and keeps the version of each answer', async () => {
    let version = 0;
    const { io, saver, statuses } = setUp(async () => draft(++version));
    saver.change({ municipality: 'V' });
    saver.change({ municipality: 'Vilniaus' });
    await vi.advanceTimersByTimeAsync(799);
    expect(io.save).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(io.save).toHaveBeenCalledTimes(1);
    expect(io.save).toHaveBeenLastCalledWith({ municipality: 'Vilniaus' }, undefined);
    saver.change({ municipality: 'Vilniaus m.' });
    expect(await saver.flush()).toBe(true);
    expect(io.save).toHaveBeenLastCalledWith({ municipality: 'Vilniaus m.' }, 1);
    expect(statuses.at(-1)).toBe('saved');
  });

  it('retries after a lost connection with the newest data, and tells the officer meanwhile', async () => {
    let fail = true;
    const { io, saver, statuses } = setUp(async () => {
      if (fail) throw new NetworkError();
      return draft(1);
    });
    saver.change({ sex: 'female' });
    await vi.advanceTimersByTimeAsync(800);
    expect(statuses.at(-1)).toBe('retrying');
    saver.change({ sex: 'male' });
    fail = false;
    await vi.advanceTimersByTimeAsync(2_000);
    expect(io.save).toHaveBeenLastCalledWith({ sex: 'male' }, undefined);
    expect(statuses.at(-1)).toBe('saved');
  });

  it('loads the server copy when the version is stale, and says so', async () => {
    const { io, saver, statuses, reloaded } = setUp(async () => {
      throw new ApiError({ status: 409, code: 'conflict' });
    });
    saver.change({ municipality: 'Here' });
    expect(await saver.flush()).toBe(true);
    expect(io.load).toHaveBeenCalledTimes(1);
    expect(reloaded[0]?.data.municipality).toBe('Elsewhere');
    expect(statuses.at(-1)).toBe('reloaded');
  });

  it('stops on a refused record until the next change', async () => {
    const { io, saver, statuses } = setUp(async () => {
      throw new ApiError({ status: 400, code: 'validation_failed' });
    });
    saver.change({ age: 300 });
    expect(await saver.flush()).toBe(false);
    expect(statuses.at(-1)).toBe('rejected');
    await vi.advanceTimersByTimeAsync(60_000);
    expect(io.save).toHaveBeenCalledTimes(1);
  });
});
