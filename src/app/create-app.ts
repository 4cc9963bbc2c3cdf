import type { Clock } from '../clock.js';
import type { ControlHost } from '../control/control-host.js';
import { createControl, type Control } from '../control/control.js';
import { forcedAnswers } from '../control/forced-answers.js';
import { recordExchange } from '../control/record-exchange.js';
import { createControlGuard, type ControlAccess } from '../control/web-guard.js';
import { optionsPerApi, type PerApiConfig } from '../core/api-options.js';
import type { ApiContext, ApiDefinition, MockOptions } from '../core/define-api.js';
import { dispatch, type DispatchHooks } from '../core/dispatch.js';
import type { PlainRequest, PlainResponse } from '../core/http-types.js';
import { LIMIT_FLAGS, resolveLimits, type BodyLimits, type Limits } from '../core/limits.js';
import type { MockHandler } from '../core/mock-handler.js';
import { problem } from '../core/problem.js';
import { buildRouteTable, serverPrefix, type RouteTable } from '../core/route-table.js';
import { checkAppConfig } from './check-config.js';
import { createSession, DEFAULT_SESSION, resetSession, SESSION_HEADER, SESSION_ID, type Session } from './session.js';

export const DEFAULT_OPTIONS = { readyAfterMs: 2000, strict: false } as const;
export const DEFAULT_JOURNAL_CAP = 1000;
export const DEFAULT_MAX_SESSIONS = 100;
/** Sessions other than the default one are dropped after this long without a request. */
export const DEFAULT_SESSION_IDLE_MS = 30 * 60_000;
export const CONTROL_PREFIX = '/__control';
const STATE_PREFIX = `${CONTROL_PREFIX}/state/`;
const STATE_DEPTH_MARGIN = 16;

export function isControlPath(path: string): boolean {
  return path === CONTROL_PREFIX || path.startsWith(`${CONTROL_PREFIX}/`);
}

/** Thrown when a new session would exceed the cap. */
export class SessionLimitError extends Error {}

export interface App extends MockHandler, ControlHost {
  handle(request: PlainRequest): Promise<PlainResponse>;
  apis: ApiDefinition[];
  routes: RouteTable;
  /** The options shared by every API (each API's own: `optionsOf(apiId)`). */
  options: Pick<MockOptions, 'readyAfterMs' | 'strict' | 'seed'>;
  /** The options one API's resolvers see: shared ones, its auth mode, accepted tokens and own options. */
  optionsOf(apiId: string): MockOptions;
  /** A session by id, created on first use; the default session without an id. */
  session(id?: string): Session;
  sessions(): Session[];
  deleteSession(id: string): boolean;
  /** The live state and tools of one API in a session (default session by default). */
  context(apiId: string, sessionId?: string): ApiContext<unknown>;
  /** Replaces one API's state (or all) in a session with fresh seed data. */
  reset(apiId?: string, sessionId?: string): void;
  /** The default session's clock. */
  clock: Clock;
  /** Where each API is mounted: its id and path prefix. */
  mounts(): { id: string; title: string; prefix: string }[];
  /** The QA controls (reset, state, clock, faults, journal, coverage, sessions) as typed functions. */
  control: Control;
  limits: Limits;
  /** The limits a request to this path is held to (a state load may be larger than an API body). */
  bodyLimits(method: string, path: string): BodyLimits;
  /** May a page on `origin` read answers from `path`? APIs: every origin; the control plane: loopback and allowed ones. */
  allowsCrossOrigin(path: string, origin: string): boolean;
  /** Drops sessions idle longer than the idle limit; answers how many went. */
  sweepSessions(): number;
  /**
   * The refusal a request gets from its head alone (a foreign page on the control plane or
   * naming a session, a missing control token), for transports that can answer before
   * reading the body. `handle` applies the same rules.
   */
  refuseBeforeBody(head: PlainRequest): PlainResponse | undefined;
}

export interface AppConfig extends PerApiConfig {
  apis: ApiDefinition[];
  /** How long new resources stay not ready, in ms (default 2000). */
  readyAfterMs?: number;
  /** Validate every response against the spec; a violation becomes a 500 (default false). */
  strict?: boolean;
  /** Make ids, keys, secrets and tokens reproducible. */
  seed?: number;
  /** The default session's clock. */
  clock?: Clock;
  /** Journal entries kept per session. */
  journalCap?: number;
  maxSessions?: number;
  /** Drop sessions (not the default one) idle this long, in ms; 0 keeps them until deleted. */
  sessionIdleMs?: number;
  /**
   * Serve `/__control` over HTTP (default true); with a token, require `Authorization: Bearer <token>`;
   * `origins` and `hosts` allow browser origins and Host names besides loopback ones (see web-guard.ts).
   */
  controlPlane?: { enabled: boolean } & ControlAccess;
  /** Body size, JSON depth and string length limits (see limits.ts). */
  limits?: Partial<Limits>;
}

/**
 * One running mock: the route table compiled once from the specs, and sessions,
 * each with its own state, clock, faults and journal. Every transport calls `handle`.
 */
export function createApp(config: AppConfig): App {
  checkAppConfig(config, 'Failed to create the mock');
  const options = {
    readyAfterMs: config.readyAfterMs ?? DEFAULT_OPTIONS.readyAfterMs,
    strict: config.strict ?? DEFAULT_OPTIONS.strict,
    seed: config.seed,
  };
  const perApi = optionsPerApi(config.apis, options, config);
  const optionsOf = (apiId: string): MockOptions => {
    const found = perApi.get(apiId);
    if (!found) throw new Error(`Unknown API "${apiId}". Served: ${config.apis.map((a) => a.id).join(', ')}.`);
    return found;
  };
  const journalCap = config.journalCap ?? DEFAULT_JOURNAL_CAP;
  const maxSessions = config.maxSessions ?? DEFAULT_MAX_SESSIONS;
  const idleMs = config.sessionIdleMs ?? DEFAULT_SESSION_IDLE_MS;
  const limits = resolveLimits(config.limits);
  const apiLimits: BodyLimits = {
    bytes: limits.maxBodyBytes,
    bytesFlag: LIMIT_FLAGS.maxBodyBytes,
    depth: limits.maxJsonDepth,
    stringLength: limits.maxStringLength,
  };
  // A state document wraps an API's records in a few levels of its own (a TrueFoundry manifest
  // sits at /virtualAccounts/i/manifest): what an API accepted must load back.
  const stateLimits: BodyLimits = {
    ...apiLimits,
    bytes: limits.maxStateBytes,
    bytesFlag: LIMIT_FLAGS.maxStateBytes,
    depth: limits.maxJsonDepth + STATE_DEPTH_MARGIN,
  };
  const guard = createControlGuard(config.controlPlane);
  // The control plane plugs into the kernel's pipeline here, and only here.
  const hooks: DispatchHooks<Session> = { middleware: [forcedAnswers], observe: recordExchange };
  const routes = buildRouteTable(config.apis);
  const sessions = new Map<string, Session>();
  const defaultSession = createSession(DEFAULT_SESSION, config.apis, perApi, journalCap, config.clock);
  sessions.set(DEFAULT_SESSION, defaultSession);
  let controlHandler: ((request: PlainRequest) => Promise<PlainResponse>) | undefined;
  let lastSweep = Date.now();

  const sweepSessions = (): number => {
    const now = Date.now();
    lastSweep = now;
    if (idleMs <= 0) return 0;
    let dropped = 0;
    for (const [id, held] of sessions) {
      if (id !== DEFAULT_SESSION && now - Math.max(held.lastUsedAt, held.idleFromMs ?? 0) > idleMs) {
        sessions.delete(id);
        dropped++;
      }
    }
    return dropped;
  };

  const refuseBeforeBody = (head: PlainRequest): PlainResponse | undefined => {
    if (isControlPath(head.path)) {
      if (!controlHandler)
        return problem(
          404,
          'Control Plane Disabled',
          'The control plane is off for this server (bound beyond loopback without --control-token, or --no-control).',
        );
      return guard.refuse(head);
    }
    // Sessions belong to the QA plane: a page on a foreign origin may call the APIs (their CORS
    // is open) but not fill the session table or write into a pipeline's journal.
    const sessionId = head.headers[SESSION_HEADER];
    const origin = head.headers.origin;
    if (sessionId && sessionId !== DEFAULT_SESSION && origin !== undefined && !guard.allowsOrigin(origin)) {
      return problem(
        403,
        'Forbidden Origin',
        `Web pages on ${JSON.stringify(origin)} may call the APIs but not use sessions (X-Samock-Session): only loopback origins may, and those ` +
          `allowed with --control-origin.`,
      );
    }
    return undefined;
  };

  const session = (id: string = DEFAULT_SESSION): Session => {
    const now = Date.now();
    // Swept lazily, at most once a minute (or per idle period when shorter): O(sessions), off the hot path.
    if (idleMs > 0 && now - lastSweep >= Math.min(idleMs, 60_000)) sweepSessions();
    let found = sessions.get(id);
    if (!found) {
      if (!SESSION_ID.test(id)) throw new RangeError(`Session ids are 1–64 letters, digits, ".", "_", ":" or "-"; got ${JSON.stringify(id)}.`);
      if (sessions.size >= maxSessions && sweepSessions() === 0) {
        throw new SessionLimitError(
          `The server holds its maximum of ${maxSessions} sessions. Delete finished ones (DELETE /__control/sessions/{id}), raise --max-sessions, or ` +
            `shorten --session-idle.`,
        );
      }
      sessions.set(id, (found = createSession(id, config.apis, perApi, journalCap)));
    }
    found.lastUsedAt = now;
    return found;
  };

  const app: App = {
    apis: config.apis,
    routes,
    options,
    optionsOf,
    clock: defaultSession.clock,
    session,
    sessions: () => {
      sweepSessions();
      return [...sessions.values()];
    },
    deleteSession(id) {
      if (id === DEFAULT_SESSION) {
        // The default session's clock is `app.clock`, held by in-process users: set it back in place.
        defaultSession.clock.reset();
        sessions.set(DEFAULT_SESSION, createSession(DEFAULT_SESSION, config.apis, perApi, journalCap, defaultSession.clock));
        return true;
      }
      return sessions.delete(id);
    },
    context: (apiId, sessionId) => {
      const found = session(sessionId).contexts.get(apiId);
      if (!found) throw new Error(`Unknown API "${apiId}". Served: ${config.apis.map((a) => a.id).join(', ')}.`);
      return found;
    },
    reset: (apiId, sessionId) => resetSession(session(sessionId), config.apis, apiId),
    mounts: () => config.apis.map((api) => ({ id: api.id, title: api.title, prefix: serverPrefix(api) })),
    get control() {
      return control;
    },
    limits,
    bodyLimits: (method, path) => (path.startsWith(STATE_PREFIX) && method.toUpperCase() === 'PUT' ? stateLimits : apiLimits),
    allowsCrossOrigin: (path, origin) => !isControlPath(path) || guard.allowsOrigin(origin),
    servesPath: isControlPath,
    sweepSessions,
    tick: () => void sweepSessions(),
    refuseBeforeBody,
    // Not async: an API request's promise is dispatch's own, with no wrapper around it.
    handle(request) {
      const refusal = refuseBeforeBody(request);
      if (refusal) return Promise.resolve(refusal);
      if (isControlPath(request.path)) return controlHandler!(request);
      const sessionId = request.headers[SESSION_HEADER] || DEFAULT_SESSION;
      let current: Session;
      try {
        current = session(sessionId);
      } catch (error) {
        if (error instanceof SessionLimitError) return Promise.resolve(problem(429, 'Too Many Sessions', error.message));
        return Promise.resolve(problem(400, 'Invalid Session Id', (error as Error).message));
      }
      current.requests++;
      return dispatch(routes, current, options.strict, request, apiLimits, hooks);
    },
  };
  const control = createControl(app);
  if (config.controlPlane?.enabled !== false) {
    // Loaded and built on the first control request: compiling specs/control.yaml costs
    // start-up time that API traffic should not pay, and a browser page downloads it only
    // when it uses it. Every test server builds it, so a broken control schema still fails CI.
    let built: Promise<(request: PlainRequest) => Promise<PlainResponse>> | undefined;
    controlHandler = async (request) =>
      (await (built ??= import('../control/http.js').then((http) => http.createControlHandler(app, control, guard))))(request);
  }
  return app;
}
