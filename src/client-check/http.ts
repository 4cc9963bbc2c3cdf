import type { CoverageReport } from '../control/coverage.js';
import type { JournalEntry } from '../control/journal.js';
import { SESSION_HEADER } from '../control/controlled-session.js';
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
  const root = baseUrl.replace(/\/+$/, '');
  const headers: Record<string, string> = { accept: 'application/json' };
  if (session) headers[SESSION_HEADER] = session;
  if (controlToken) headers.authorization = `Bearer ${controlToken}`;
  const get = async <T>(path: string): Promise<T> => {
    const url = `${root}/__control${path}`;
    let response: Response;
    try {
      response = await fetch(url, { headers });
    } catch (error) {
      throw new Error(`Cannot reach samock at ${url}: ${(error as Error).message}. Is \`samock serve\` running there?`);
    }
    const text = await response.text();
    // A 404 here is almost always --base-url pointing at an API's prefix (…/v2), not samock's root.
    const hint = response.status === 404 ? ' --base-url must be samock\'s root URL (e.g. http://127.0.0.1:4010), and its control plane on.' : '';
    if (!response.ok) throw new Error(`GET ${url} answered ${response.status}: ${text.slice(0, 300)}${hint}`);
    try {
      return JSON.parse(text) as T;
    } catch {
      // --base-url pointing at an API prefix (…/v2) or at a vendor's server lands here.
      throw new Error(`GET ${url} did not answer JSON; --base-url must be samock's root URL (e.g. http://127.0.0.1:4010).`);
    }
  };
  const sessions = (await get<{ id: string }[]>('/sessions')).map((held) => held.id);
  if (session && !sessions.includes(session)) return { journal: [], coverage: { apis: [] }, listing: [], sessions };
  const [journal, coverage, listing] = await Promise.all([get<JournalEntry[]>('/requests'), get<CoverageReport>('/coverage'), get<ServedApiListing[]>('/apis')]);
  return { journal, coverage, listing, sessions };
}
