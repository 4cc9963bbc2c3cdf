/**
 * The mock's clock. Everything time-dependent (readiness, token expiry) reads
 * `now()` from here, never `Date.now()`, so tests and QA can move time instead of
 * sleeping: `advance(ms)` jumps forward, `freeze()` stops it.
 */
export interface Clock {
  /** Milliseconds since the epoch, on the mock's timeline. */
  now(): number;
  advance(ms: number): number;
  freeze(): void;
  unfreeze(): void;
  readonly frozen: boolean;
}

export function createClock(realNow: () => number = Date.now): Clock {
  let offsetMs = 0;
  let frozenAt: number | undefined;
  return {
    now: () => (frozenAt ?? realNow()) + offsetMs,
    advance(ms) {
      if (!Number.isFinite(ms) || ms < 0) {
        throw new RangeError(`Failed to advance the clock: expected a non-negative number of milliseconds, got ${ms}.`);
      }
      offsetMs += ms;
      return (frozenAt ?? realNow()) + offsetMs;
    },
    freeze() {
      frozenAt ??= realNow();
    },
    unfreeze() {
      // Resume from the frozen instant: time that passed while frozen is not skipped.
      if (frozenAt !== undefined) offsetMs -= realNow() - frozenAt;
      frozenAt = undefined;
    },
    get frozen() {
      return frozenAt !== undefined;
    },
  };
}
