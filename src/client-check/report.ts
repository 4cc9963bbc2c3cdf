import type { CoverageReport } from '../control/coverage.js';
import type { JournalEntry } from '../control/journal.js';
import { issuesOf } from './derive.js';
import type { ApiGaps, CatalogApi, ClientReport, ViolatingRequest } from './types.js';

export interface ReportInput {
  session: string;
  journal: JournalEntry[];
  coverage: CoverageReport;
  catalog: CatalogApi[];
  /** Report gaps for these APIs only; by default, for those the client called (all when it called none). */
  apis?: string[];
}

/** Documented codes a client is expected to handle: every error code, including ranges and `default`. */
const isErrorCode = (code: string) => code === 'default' || /^[45]/.test(code);

/** Builds the report of one client's traffic: what broke the spec, and what was never exercised. */
export function buildClientReport({ session, journal, coverage, catalog, apis }: ReportInput): ClientReport {
  const violations: ViolatingRequest[] = [];
  for (const entry of journal) {
    if (apis && entry.api !== null && !apis.includes(entry.api)) continue;
    const issues = issuesOf(entry, catalog);
    if (issues.length === 0) continue;
    violations.push({ seq: entry.seq, api: entry.api, operationId: entry.operationId, method: entry.method, path: entry.path, status: entry.status, issues });
  }

  const called = [...new Set(journal.map((entry) => entry.api).filter((api): api is string => api !== null))];
  // A lyve client checked on a server with all five APIs should not be told it never called nscale.
  const scope = apis ?? (called.length > 0 ? called : coverage.apis.map((api) => api.api));
  const gaps: ApiGaps[] = coverage.apis
    .filter((api) => scope.includes(api.api))
    .map((api) => ({
      api: api.api,
      operations: api.summary.operations,
      operationsCalled: api.summary.operationsExercised,
      neverCalled: api.operations
        .filter((op) => op.calls === 0)
        .map(({ operationId, method, path, documented }) => ({ operationId, method, path, statuses: documented })),
      errorCodesNeverSeen: api.operations
        .filter((op) => op.calls > 0)
        .map((op) => ({ operationId: op.operationId, codes: op.missing.filter(isErrorCode) }))
        .filter((op) => op.codes.length > 0),
    }));

  // A session that saw no requests proves nothing: a typo in --session, a client that never sent
  // the header, or a session dropped after --session-idle must not pass as "no violations".
  const nothingChecked =
    journal.length === 0
      ? `Session "${session}" holds no requests, so nothing was checked. Did the client send X-Samock-Session: ${session}? Sessions unused for ` +
        `--session-idle (30 minutes by default) are dropped.`
      : undefined;
  return {
    session,
    requests: journal.length,
    violations,
    gaps,
    ...(nothingChecked && { nothingChecked }),
    exitCode: violations.length > 0 || nothingChecked ? 1 : 0,
  };
}
