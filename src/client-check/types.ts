import type { Issue } from '../validation/issues.js';

/** One operation as the checker needs it: what it is, what it documents, whether it needs auth. */
export interface CatalogOperation {
  operationId: string;
  method: string;
  /** The path template with the API's prefix, e.g. `/v2/service-accounts/{serviceAccountId}`. */
  path: string;
  /** Documented response codes as the spec keys them: `200`, `4XX`, `default`. */
  statuses: string[];
  requiresAuth: boolean;
}

/** One served API: its operations and the statuses its authenticator answers a bad credential with. */
export interface CatalogApi {
  id: string;
  operations: CatalogOperation[];
  /** Statuses of auth refusals the journal does not record as violations (see catalog.ts). */
  authStatuses: number[];
}

/** One thing the client did wrong, in the words of the spec. */
export interface ClientIssue {
  location: Issue['location'];
  /** JSON pointer into the location (`/authorization` for the auth header). */
  pointer: string;
  /** The JSON Schema keyword that failed, or `method`, `unknownPath`, `security`. */
  rule: string;
  message: string;
  expected?: unknown;
  actual?: unknown;
  /**
   * `journal`: recorded by samock's validation as is. `derived`: inferred by the checker from
   * the status the mock answered (a wrong method, an unknown path, an auth failure).
   */
  source: 'journal' | 'derived';
}

/** A request that broke the spec, with every issue it had. */
export interface ViolatingRequest {
  /** Journal sequence number: the order the server saw the requests in. */
  seq: number;
  api: string | null;
  /** null for a wrong method or an unknown path: no operation matched. */
  operationId: string | null;
  method: string;
  path: string;
  status: number;
  issues: ClientIssue[];
}

/** What the client never exercised in one API. */
export interface ApiGaps {
  api: string;
  operations: number;
  operationsCalled: number;
  /** Operations the client never called, with what they document. */
  neverCalled: { operationId: string; method: string; path: string; statuses: string[] }[];
  /** For operations it did call: documented error codes (4xx, 5xx, `default`) it never saw. */
  errorCodesNeverSeen: { operationId: string; codes: string[] }[];
}

export interface ClientReport {
  /** The samock session whose traffic was checked. */
  session: string;
  requests: number;
  violations: ViolatingRequest[];
  gaps: ApiGaps[];
  /** Why nothing could be checked (the session saw no requests), when that is so: it fails the check. */
  nothingChecked?: string;
  /** 1 when the client broke the spec at least once, or nothing was checked, for `process.exit`. */
  exitCode: 0 | 1;
}
