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

type Slot = JournalRecord & { seq: number };

/** Every slot built by one literal, fields in one order: the overwrites below stay monomorphic. */
function newSlot(entry: JournalRecord, seq: number): Slot {
  return {
    seq,
    atMs: entry.atMs,
    session: entry.session,
    api: entry.api,
    operationId: entry.operationId,
    method: entry.method,
    path: entry.path,
    status: entry.status,
    durationMs: entry.durationMs,
    forcedBy: entry.forcedBy,
    requestViolations: entry.requestViolations,
    responseViolations: entry.responseViolations,
  };
}

/**
 * A capped, in-memory request journal: past `cap` entries the oldest are dropped. The entries
 * live in a ring of slots that are overwritten in place: a fresh object per request lived just
 * long enough (the last `cap` requests) to be promoted to the old generation and die there,
 * and under load that churn grew the heap by tens of megabytes (see README, Benchmark).
 */
export function createJournal(cap: number): Journal {
  const slots: Slot[] = [];
  /** Index of the oldest entry once the ring is full. */
  let oldest = 0;
  let seq = 0;
  const inOrder = (): Slot[] => (oldest === 0 ? slots : slots.slice(oldest).concat(slots.slice(0, oldest)));
  return {
    record(entry) {
      seq++;
      if (cap <= 0) return;
      if (slots.length < cap) {
        slots.push(newSlot(entry, seq));
        return;
      }
      const slot = slots[oldest]!;
      slot.seq = seq;
      slot.atMs = entry.atMs;
      slot.session = entry.session;
      slot.api = entry.api;
      slot.operationId = entry.operationId;
      slot.method = entry.method;
      slot.path = entry.path;
      slot.status = entry.status;
      slot.durationMs = entry.durationMs;
      slot.forcedBy = entry.forcedBy;
      slot.requestViolations = entry.requestViolations;
      slot.responseViolations = entry.responseViolations;
      oldest = (oldest + 1) % cap;
    },
    list(filter = {}) {
      const matching = inOrder().filter(
        (e) =>
          (filter.api === undefined || e.api === filter.api) &&
          (filter.operation === undefined || e.operationId === filter.operation) &&
          (filter.status === undefined || e.status === filter.status) &&
          (filter.violations === undefined || e.requestViolations.length + e.responseViolations.length > 0 === filter.violations),
      );
      const limited = filter.limit === undefined ? matching : matching.slice(Math.max(0, matching.length - filter.limit));
      // Copies: a slot is overwritten by a later request.
      return limited.map((e) => {
        const entry: JournalEntry = {
          seq: e.seq,
          at: new Date(e.atMs).toISOString(),
          session: e.session,
          api: e.api,
          operationId: e.operationId,
          method: e.method,
          path: e.path,
          status: e.status,
          durationMs: e.durationMs,
          requestViolations: e.requestViolations,
          responseViolations: e.responseViolations,
        };
        if (e.forcedBy !== undefined) entry.forcedBy = e.forcedBy;
        return entry;
      });
    },
    clear() {
      slots.length = 0;
      oldest = 0;
    },
    get size() {
      return slots.length;
    },
  };
}
