import { ControlError } from '../control/control.js';
import type { CoverageReport } from '../control/coverage.js';
import type { JournalEntry } from '../control/journal.js';
import { createRemoteControl } from '../control/remote-control.js';
import type { ServedApiListing } from './catalog.js';

export interface RemoteTarget {
  /** samock's root URL (where `/__control` lives), e.g. `http://127.0.0.1:4010`. */
  baseUrl: string;
  /** The `X-Samock-Session` the client sent; the default session when omitted. */
  session?: string;
  /** The server's `--control-token`, when it was started with one. */
  controlToken?: string;
}

export interface RemoteRecords {
  journal: JournalEntry[];
  coverage: CoverageReport;
  listing: ServedApiListing[];
  /** The ids of the sessions the server holds (read before the journal, which would create one). */
  sessions: string[];
}

/** Reads one session's journal and coverage, and the served operations, from a running samock. */
export async function fetchRecords({ baseUrl, session, controlToken }: RemoteTarget): Promise<RemoteRecords> {
  const control = createRemoteControl(baseUrl, { session, token: controlToken });
  try {
    const sessions = (await control.sessions.list()).map((held) => held.id);
    if (session && !sessions.includes(session)) return { journal: [], coverage: { apis: [] }, listing: [], sessions };
    const [journal, coverage, listing] = await Promise.all([control.journal.list(), control.coverage(), control.apis()]);
    return { journal, coverage, listing, sessions };
  } catch (error) {
    if (!(error instanceof ControlError)) throw error;
    // A 404 here is almost always --base-url pointing at an API's prefix (…/v2), not samock's root.
    const hint = error.status === 404 ? " --base-url must be samock's root URL (e.g. http://127.0.0.1:4010), and its control plane on." : '';
    const said =
      error.title === `HTTP ${error.status}` ? error.message : `samock's control plane at ${baseUrl} answered ${error.status} ${error.title}: ${error.message}`;
    throw new Error(`${said}${hint}`, { cause: error });
  }
}
