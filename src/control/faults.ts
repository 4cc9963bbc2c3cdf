/** A rule that makes matching requests fail on purpose (QA: reproduce flaky networks and outages). */
export interface FaultSpec {
  /** API id; all APIs when absent. */
  api?: string;
  /** operationId; all operations when absent. */
  operation?: string;
  /** Answer this status in the API's error shape. */
  status?: number;
  /** Wait this long before answering (combines with the others). */
  delayMs?: number;
  /** Drop the connection without an answer. */
  reset?: boolean;
  /** Send the headers and half the body, then close. */
  truncate?: boolean;
  /** Expire after this many matching requests. */
  times?: number;
  /** Chance (0–1] that a matching request is hit; default 1. */
  probability?: number;
}

export interface Fault extends FaultSpec {
  id: string;
  /** How many requests this fault has hit so far. */
  hits: number;
}

export interface FaultList {
  add(spec: FaultSpec): Fault;
  list(): Fault[];
  remove(id: string): boolean;
  clear(): void;
  /** The first fault that hits this request (counting it), if any. */
  take(apiId: string, operationId: string, random: () => number): Fault | undefined;
  /** How many faults are set: with none, a request skips the fault middleware's work. */
  readonly size: number;
}

export function createFaults(): FaultList {
  let faults: Fault[] = [];
  let next = 0;
  return {
    add(spec) {
      const fault: Fault = { ...spec, id: `fault-${++next}`, hits: 0 };
      faults.push(fault);
      // A copy, as list() answers: the caller's object must not change as the fault hits.
      return { ...fault };
    },
    list: () => faults.map((fault) => ({ ...fault })),
    remove(id) {
      const before = faults.length;
      faults = faults.filter((fault) => fault.id !== id);
      return faults.length !== before;
    },
    clear() {
      faults = [];
    },
    get size() {
      return faults.length;
    },
    take(apiId, operationId, random) {
      for (const fault of faults) {
        if (fault.api !== undefined && fault.api !== apiId) continue;
        if (fault.operation !== undefined && fault.operation !== operationId) continue;
        if (fault.probability !== undefined && random() >= fault.probability) continue;
        fault.hits++;
        if (fault.times !== undefined && fault.hits >= fault.times) faults = faults.filter((f) => f !== fault);
        return fault;
      }
      return undefined;
    },
  };
}
