import { createClock, MAX_CLOCK_OFFSET_MS, type Clock } from '../clock.js';

/** A session's clock as a state file keeps it. */
export interface SavedClock {
  /** The clock's time when it was saved, in ms since the epoch. */
  nowMs: number;
  frozen: boolean;
  /** nowMs minus real time when it was saved: how far ahead (or, after a freeze, behind) real time the clock ran. */
  aheadMs: number;
}

export function saveClock(clock: Clock, realNow: number = Date.now()): SavedClock {
  const nowMs = clock.now();
  return { nowMs, frozen: clock.frozen, aheadMs: nowMs - realNow };
}

/**
 * A clock that carries on from a saved one: a frozen clock stands at the instant it was saved,
 * a running one keeps its distance from real time (so it ran on while the server was down, as
 * a wall clock does). The distance may be negative (time spent frozen is not skipped), which
 * `createClock` cannot start from, so that part is kept aside as `behind`; `reset` drops it.
 */
export function restoreClock(saved: SavedClock, realNow: () => number = Date.now): Clock {
  const inner = createClock(realNow);
  if (saved.frozen) inner.freeze();
  const target = saved.frozen ? saved.nowMs : realNow() + saved.aheadMs;
  const gap = Math.min(target - inner.now(), MAX_CLOCK_OFFSET_MS);
  let behind = 0;
  if (gap >= 0) inner.advance(gap);
  else behind = gap;
  return {
    now: () => inner.now() + behind,
    // The 100-year limit holds: it is measured on `inner`, which is never behind this clock.
    advance: (ms) => inner.advance(ms) + behind,
    freeze: () => inner.freeze(),
    unfreeze: () => inner.unfreeze(),
    reset() {
      behind = 0;
      inner.reset();
    },
    get frozen() {
      return inner.frozen;
    },
  };
}
