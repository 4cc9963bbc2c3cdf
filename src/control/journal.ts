import type { Issue } from '../validation/issues.js';

/** One request as the journal keeps it: no bodies, no credentials. */
export interface JournalEntry {
  seq: number;
  /** Wall-clock time the request arrived (ISO 8601). */
  at: string;
  session: string;
  /** null when no API route matched. */
  api: string | null;
  operationId: string | null;
  method: string;
  /** The path, with credential-like path parameters redacted. */
  path: string;
  status: number;
  durationMs: number;
  /** Set when the answer was forced by `Prefer` or a fault, not produced by the mock's behaviour. */
  forcedBy?: string;
  requestViolations: Issue[];
  responseViolations: Issue[];
}

export interface JournalFilter {
  api?: string;
  operation?: string;
  status?: number;
  /** true: only entries with request or response violations. */
  violations?: boolean;
  /** At most this many, the newest. */
  limit?: number;
}

/** What dispatch records: `at` as epoch ms, formatted only when the journal is read. */
export type JournalRecord = Omit<JournalEntry, 'seq' | 'at'> & { atMs: number };

export interface Journal {
  record(entry: JournalRecord): void;
  list(filter?: JournalFilter): JournalEntry[];
  clear(): void;
  readonly size: number;
}

/** A capped, in-memory request journal: past `cap` entries the oldest are dropped. */
export function createJournal(cap: number): Journal {
  let entries: (JournalRecord & { seq: number })[] = [];
  let seq = 0;
  return {
    record(entry) {
      // Numbered in place, not copied: dispatch builds a fresh record for each request.
      const numbered = entry as JournalRecord & { seq: number };
      numbered.seq = ++seq;
      entries.push(numbered);
      // Trim in batches so recording stays O(1) amortised.
      if (entries.length > cap + Math.max(16, cap >> 3)) entries = entries.slice(entries.length - cap);
    },
    list(filter = {}) {
      const kept = entries.length > cap ? entries.slice(entries.length - cap) : entries;
      const matching = kept.filter(
        (e) =>
          (filter.api === undefined || e.api === filter.api) &&
          (filter.operation === undefined || e.operationId === filter.operation) &&
          (filter.status === undefined || e.status === filter.status) &&
          (filter.violations === undefined || e.requestViolations.length + e.responseViolations.length > 0 === filter.violations),
      );
      const limited = filter.limit === undefined ? matching : matching.slice(Math.max(0, matching.length - filter.limit));
      return limited.map(({ atMs, seq, ...rest }) => ({ seq, at: new Date(atMs).toISOString(), ...rest }));
    },
    clear() {
      entries = [];
    },
    get size() {
      return Math.min(entries.length, cap);
    },
  };
}
