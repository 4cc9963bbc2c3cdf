/**
 * The control plane over HTTP: the same typed functions as `createControl(app)` (control.ts),
 * for a samock that runs elsewhere (`samock serve`, a CI service, the browser's msw worker).
 * Every method is async; otherwise the shapes, results and `ControlError`s are the in-process
 * ones, so code written against `AnyControl` runs on either.
 *
 * Browser-safe: the global `fetch` only, nothing from Node.
 */
import { ControlError, type Control, type SessionControl, type StateFileSaved } from './control.js';
import { SESSION_ID } from './controlled-session.js';
import type { FaultSpec } from './faults.js';
import type { JournalFilter } from './journal.js';

/**
 * `T` with every method answering a Promise of what the in-process method answers (awaited),
 * recursively into the method groups (`clock`, `faults`, `journal`, `sessions`); `forSession`
 * stays synchronous and hands back the remote controls of that session.
 */
export type Remote<T> = {
  [K in keyof T]: T[K] extends (...args: infer A) => infer R
    ? K extends 'forSession'
      ? (...args: A) => Remote<R>
      : (...args: A) => Promise<Awaited<R>>
    : T[K] extends object
      ? Remote<T[K]>
      : T[K];
};

/** `T` with every method answering its result either at once or as a Promise: what both implementations satisfy. */
export type Either<T> = {
  [K in keyof T]: T[K] extends (...args: infer A) => infer R
    ? K extends 'forSession'
      ? (...args: A) => Either<R>
      : (...args: A) => Awaited<R> | Promise<Awaited<R>>
    : T[K] extends object
      ? Either<T[K]>
      : T[K];
};

export type RemoteControl = Remote<Control>;
export type RemoteSessionControl = Remote<SessionControl>;

/** The controls of either implementation: write against this with `await` and pass `createControl(app)` or `createRemoteControl(url)`. */
export type AnyControl = Either<Control>;
export type AnySessionControl = Either<SessionControl>;

export interface RemoteControlOptions {
  /** The server's `--control-token`, sent as `Authorization: Bearer <token>`. */
  token?: string;
  /** The session to act on (the `X-Samock-Session` header); the default session when absent. */
  session?: string;
  /** A fetch to use instead of the global one (a proxy agent, a test double). */
  fetch?: typeof fetch;
  /** Give up on a call that has not fully answered after this long (default 30 s); 0 waits for ever. */
  timeoutMs?: number;
}

type Method = 'GET' | 'POST' | 'PUT' | 'DELETE';

/**
 * operationId of specs/control.yaml → [method, path template under /__control]; a third element
 * `'server'` marks the operations that act on the server, not a session (no `X-Samock-Session`
 * parameter in the spec). test/control/remote-control.test.ts holds this table to the spec.
 */
export const CONTROL_OPERATIONS = {
  listApis: ['GET', '/apis'],
  resetState: ['POST', '/reset'],
  getState: ['GET', '/state/{api}'],
  putState: ['PUT', '/state/{api}'],
  getClock: ['GET', '/clock'],
  advanceClock: ['POST', '/clock/advance'],
  freezeClock: ['POST', '/clock/freeze'],
  unfreezeClock: ['POST', '/clock/unfreeze'],
  listFaults: ['GET', '/faults'],
  addFault: ['POST', '/faults'],
  clearFaults: ['DELETE', '/faults'],
  deleteFault: ['DELETE', '/faults/{id}'],
  listRequests: ['GET', '/requests'],
  clearRequests: ['DELETE', '/requests'],
  getCoverage: ['GET', '/coverage'],
  listSessions: ['GET', '/sessions', 'server'],
  deleteSession: ['DELETE', '/sessions/{id}', 'server'],
  saveStateFile: ['POST', '/state-file', 'server'],
} as const satisfies Record<string, readonly [Method, string] | readonly [Method, string, 'server']>;

export type ControlOperationId = keyof typeof CONTROL_OPERATIONS;

export const SESSION_HEADER = 'X-Samock-Session';
const CONTROL_PREFIX = '/__control';
const DEFAULT_TIMEOUT_MS = 30_000;

interface Call {
  params?: Record<string, string>;
  /** Sent as X-Samock-Session on an operation that acts on the server, only so that a balancer routes it. */
  route?: string;
  query?: Record<string, string | number | boolean | undefined>;
  body?: unknown;
}

/**
 * The control plane of the samock at `rootUrl` (its root, e.g. `http://127.0.0.1:4010`; a URL
 * ending in `/__control` works too, and in a page `''` means the page's own origin).
 *
 * A refusal rejects with the server's `ControlError` (status, title, detail as message, the other
 * problem fields as `extra`); an unreachable server or a timeout rejects with an Error naming the URL.
 */
export function createRemoteControl(rootUrl: string, options: RemoteControlOptions = {}): RemoteControl {
  checkRoot(rootUrl, options);
  const root = rootUrl.replace(/\/+$/, '').replace(/\/__control$/, '');
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;

  const call = async (session: string | undefined, operationId: ControlOperationId, { params = {}, query = {}, body, route }: Call = {}): Promise<unknown> => {
    const [method, template, scope] = CONTROL_OPERATIONS[operationId] as readonly [Method, string, 'server'?];
    const path = template.replace(/\{([^}]+)\}/g, (_, name: string) => encodeURIComponent(params[name] ?? ''));
    const search = new URLSearchParams();
    for (const [name, value] of Object.entries(query)) if (value !== undefined) search.set(name, String(value));
    const url = `${root}${CONTROL_PREFIX}${path}${search.size > 0 ? `?${search}` : ''}`;

    const headers: Record<string, string> = { accept: 'application/json, application/problem+json' };
    // Every write says JSON, body or not: the control plane refuses others (its CSRF guard).
    if (method !== 'GET') headers['content-type'] = 'application/json';
    if (options.token !== undefined) headers.authorization = `Bearer ${options.token}`;
    if (session !== undefined && scope !== 'server') headers[SESSION_HEADER] = session;
    if (route !== undefined && scope === 'server') headers[SESSION_HEADER] = route;

    const signal = timeoutMs > 0 ? AbortSignal.timeout(timeoutMs) : undefined;
    const doFetch = options.fetch ?? globalThis.fetch;
    let status: number;
    let text: string;
    try {
      const response = await doFetch(url, { method, headers, body: body === undefined ? undefined : JSON.stringify(body), signal });
      status = response.status;
      text = await response.text();
    } catch (error) {
      if (signal?.aborted) throw new Error(`samock's control plane at ${url} did not answer ${method} within ${timeoutMs} ms.`, { cause: error });
      const reason = error instanceof Error ? ((error.cause as Error | undefined)?.message ?? error.message) : String(error);
      throw new Error(`Cannot reach samock's control plane at ${url} (${method}): ${reason}. Is samock running there, with its control plane on?`, {
        cause: error,
      });
    }

    let parsed: unknown;
    let json = true;
    try {
      parsed = text === '' ? undefined : JSON.parse(text);
    } catch {
      json = false;
    }
    if (status < 200 || status > 299) {
      if (json && isProblem(parsed)) {
        const { type: _type, status: _status, title, detail, ...extra } = parsed;
        throw new ControlError(status, title, typeof detail === 'string' ? detail : title, extra);
      }
      // Not samock's control plane answering (an API's prefix, a proxy): keep what it said.
      const excerpt = text.slice(0, 300) || '(empty body)';
      throw new ControlError(status, `HTTP ${status}`, `${method} ${url} answered ${status}, not with problem details: ${excerpt}`, {});
    }
    if (status === 204) return undefined;
    if (!json) throw new Error(`${method} ${url} answered ${status} but not with JSON (${text.slice(0, 100)}…): is ${root || 'the page'} samock's root URL?`);
    return parsed;
  };

  const forSession = (session: string | undefined): RemoteSessionControl => ({
    session: session ?? 'default',
    reset: (api) => call(session, 'resetState', { body: api === undefined ? undefined : { api } }) as Promise<{ reset: string[] }>,
    dumpState: (api) => call(session, 'getState', { params: { api } }),
    loadState: (api, document) => call(session, 'putState', { params: { api }, body: document }) as Promise<{ api: string; loaded: Record<string, number> }>,
    clock: {
      get: () => call(session, 'getClock') as Promise<ClockResult>,
      advance: (ms) => call(session, 'advanceClock', { body: { ms } }) as Promise<ClockResult>,
      freeze: () => call(session, 'freezeClock') as Promise<ClockResult>,
      unfreeze: () => call(session, 'unfreezeClock') as Promise<ClockResult>,
    },
    faults: {
      add: (spec: FaultSpec) => call(session, 'addFault', { body: spec }) as Promise<FaultResult>,
      list: () => call(session, 'listFaults') as Promise<FaultResult[]>,
      remove: async (id) => void (await call(session, 'deleteFault', { params: { id } })),
      clear: async () => void (await call(session, 'clearFaults')),
    },
    journal: {
      list: (filter: JournalFilter = {}) =>
        call(session, 'listRequests', {
          query: { api: filter.api, operation: filter.operation, status: filter.status, violations: filter.violations, limit: filter.limit },
        }) as Promise<JournalResult>,
      clear: async () => void (await call(session, 'clearRequests')),
    },
    coverage: () => call(session, 'getCoverage') as Promise<ReturnType<SessionControl['coverage']>>,
  });

  const bound = options.session !== undefined && SESSION_ID.test(options.session) ? options.session : undefined;
  return {
    ...forSession(options.session),
    forSession: (id) => forSession(id),
    sessions: {
      // Sessions are per replica: a control bound to a session lists (and below, saves) the
      // replica that holds it, through a balancer that routes on the header.
      list: () => call(undefined, 'listSessions', { route: bound }) as Promise<ReturnType<Control['sessions']['list']>>,
      // The session's own header too: a balancer that routes on it (nginx `hash`, ingress-nginx
      // `upstream-hash-by`) takes the request to the replica that holds the session.
      delete: async (id) => void (await call(undefined, 'deleteSession', { params: { id }, route: SESSION_ID.test(id) ? id : undefined })),
    },
    saveStateFile: () => call(undefined, 'saveStateFile', { route: bound }) as Promise<StateFileSaved>,
    apis: () => call(options.session, 'listApis') as Promise<ReturnType<Control['apis']>>,
  };
}

type ClockResult = ReturnType<SessionControl['clock']['get']>;
type FaultResult = ReturnType<SessionControl['faults']['add']>;
type JournalResult = ReturnType<SessionControl['journal']['list']>;

function isProblem(body: unknown): body is { type?: unknown; status?: unknown; title: string; detail?: unknown } & Record<string, unknown> {
  return typeof body === 'object' && body !== null && !Array.isArray(body) && typeof (body as { title?: unknown }).title === 'string';
}

/** A wrong root or option fails here, at construction, rather than as a puzzling 404 or a hang later. */
function checkRoot(rootUrl: unknown, options: RemoteControlOptions): void {
  const fail = (problem: string): never => {
    throw new TypeError(`createRemoteControl: ${problem}.`);
  };
  if (typeof rootUrl !== 'string') fail(`the root URL must be a string, got ${JSON.stringify(rootUrl)}`);
  const text = rootUrl as string;
  // '' or a path: the page's own origin (a browser page talking to the server that served it).
  if (text !== '' && !text.startsWith('/')) {
    let url: URL | undefined;
    try {
      url = new URL(text);
    } catch {
      fail(`"${text}" is not a URL; pass samock's root, e.g. http://127.0.0.1:4010`);
    }
    if (url!.protocol !== 'http:' && url!.protocol !== 'https:') fail(`"${text}" is not an http(s) URL`);
    if (url!.search || url!.hash) fail(`"${text}" has a query or fragment; pass samock's root, e.g. ${url!.origin}`);
  }
  const { timeoutMs } = options;
  if (timeoutMs !== undefined && (!Number.isFinite(timeoutMs) || timeoutMs <= 0)) fail(`timeoutMs must be a positive number of ms, got ${timeoutMs}`);
}
