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
  /** Back to real time, running. */
  reset(): void;
  readonly frozen: boolean;
}

/**
 * How far ahead of real time the clock may run in all. Each advance was capped before,
 * but not their sum: enough of them pushed `now()` past the Date range, after which every
 * timestamp threw. A century ahead still leaves every expiry (90 days, a year's grace)
 * far inside four-digit years, which the specs' `date-time` formats need.
 */
export const MAX_CLOCK_OFFSET_MS = 100 * 365 * 86_400_000;

export function createClock(realNow: () => number = Date.now): Clock {
  let offsetMs = 0;
  let frozenAt: number | undefined;
  return {
    now: () => (frozenAt ?? realNow()) + offsetMs,
    advance(ms) {
      if (!Number.isFinite(ms) || ms < 0) {
        throw new RangeError(`Failed to advance the clock: expected a non-negative number of milliseconds, got ${ms}.`);
      }
      // Time spent frozen counts against the offset too (unfreeze subtracts it), so measure
      // how far ahead of real time the clock would be after this advance.
      const ahead = (frozenAt ?? realNow()) + offsetMs + ms - realNow();
      if (ahead > MAX_CLOCK_OFFSET_MS) {
        throw new RangeError(
          `Failed to advance the clock by ${ms} ms: it would run ${Math.floor(ahead / 86_400_000)} days ahead of real time, and it may run at most ` +
            `100 years (${MAX_CLOCK_OFFSET_MS} ms) ahead. Delete the session (or reset the clock) to start again from now.`,
        );
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
    reset() {
      offsetMs = 0;
      frozenAt = undefined;
    },
    get frozen() {
      return frozenAt !== undefined;
    },
  };
}
