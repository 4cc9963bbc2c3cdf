import type { App } from '../app/create-app.js';
import type { ApiDefinition } from '../core/define-api.js';
import { catalogOfApp, catalogOfListing } from './catalog.js';
import { fetchRecords, type RemoteTarget } from './http.js';
import { buildClientReport } from './report.js';
import type { ClientReport } from './types.js';

export type { ApiGaps, ClientIssue, ClientReport, ViolatingRequest } from './types.js';
export { formatClientReport } from './format.js';
export type { RemoteTarget } from './http.js';

export interface CheckOptions {
  /** The `X-Samock-Session` whose traffic to check (in-process; remotely, set it on the target). */
  session?: string;
  /** Report gaps for these API ids only. */
  apis?: string[];
  /**
   * Over HTTP: the definitions of the served APIs (e.g. `vendors` from `samock/vendors`), which
   * say which operations need credentials and which auth errors to expect. Without them,
   * every operation is taken to need credentials and auth statuses are not reported.
   */
  definitions?: readonly ApiDefinition[];
}

/**
 * Checks the traffic a client sent to samock: the requests that broke the spec, and the
 * operations and documented error codes it never exercised.
 *
 * - In-process (msw `setupServer`): pass the app of `createMock()`.
 * - Over HTTP: pass `{ baseUrl, session? }` of a running `samock serve`.
 */
export async function checkClient(target: App | RemoteTarget, options: CheckOptions = {}): Promise<ClientReport> {
  if ('handle' in target) {
    // Looked up, not created: reading an unknown session would make an empty one that "passes".
    if (options.session && !target.sessions().some((held) => held.id === options.session)) throw unknownSession(options.session);
    const control = options.session ? target.control.forSession(options.session) : target.control;
    return buildClientReport({
      session: control.session,
      journal: control.journal.list(),
      coverage: control.coverage(),
      catalog: catalogOfApp(target),
      apis: options.apis,
    });
  }
  const session = target.session ?? options.session;
  const records = await fetchRecords({ ...target, session });
  if (session && !records.sessions.includes(session)) throw unknownSession(session);
  return buildClientReport({
    session: session ?? 'default',
    journal: records.journal,
    coverage: records.coverage,
    catalog: catalogOfListing(records.listing, options.definitions ?? []),
    apis: options.apis,
  });
}

function unknownSession(id: string): Error {
  return new Error(
    `samock holds no session "${id}": the client never used it (is X-Samock-Session spelled the same?), or it was dropped after --session-idle ` +
      `without requests (30 minutes by default) or deleted. Nothing to check.`,
  );
}
