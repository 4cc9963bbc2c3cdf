import { createApp, DEFAULT_OPTIONS, type App } from './app/create-app.js';
import type { PerApiConfig } from './core/api-options.js';
import type { ApiDefinition } from './core/define-api.js';
import type { Limits } from './core/limits.js';
import { hostname } from 'node:os';
import {
  checkWritable,
  createStateFile,
  defaultSessionClock,
  readStateFile,
  REPLICA_NAME,
  restoreApp,
  StateFileError,
  type StateFile,
} from './app/state-file.js';
import { DEFAULT_SHUTDOWN_TIMEOUT_MS, startServer, type RunningServer } from './server/start-server.js';

export interface ServeOptions {
  port?: number;
  host?: string;
  /** The API definitions to serve (`vendors` from `samock/vendors`, your own `defineApi(...)`, or both). */
  apis: ApiDefinition[];
  readyAfterMs?: number;
  strict?: boolean;
  seed?: number;
  /** Require this bearer token on /__control. */
  controlToken?: string;
  /** Browser origins allowed on /__control besides loopback ones (`*` for any). */
  controlOrigins?: string[];
  /** Host names allowed on /__control besides loopback ones. */
  controlHosts?: string[];
  /** false turns the control plane off. */
  control?: boolean;
  journalCap?: number;
  maxSessions?: number;
  /** Drop sessions idle this long (ms); 0 keeps them. */
  sessionIdleMs?: number;
  /** Answer 408 to a request that has not fully arrived after this many ms. */
  requestTimeoutMs?: number;
  limits?: Partial<Limits>;
  /** Auth mode, credentials accepted in strict mode, and each API's own options (see AppConfig). */
  auth?: PerApiConfig['auth'];
  acceptedTokens?: PerApiConfig['acceptedTokens'];
  apiOptions?: PerApiConfig['apiOptions'];
  /**
   * This replica's name, sent as `x-samock-replica` on every answer (default: env SAMOCK_REPLICA,
   * else HOSTNAME, else the host name): 1–64 letters, digits, ".", "_", ":" or "-".
   */
  replica?: string;
  /**
   * Every session's state, clock, faults, journal and coverage: loaded from this file at start
   * (when it exists), written to it atomically by `shutdown()` and `POST /__control/state-file`.
   */
  stateFile?: string;
  /** How long `shutdown()` lets requests in flight finish before cutting them (default 10 s). */
  shutdownTimeoutMs?: number;
  /** How long `shutdown()` goes on serving, readiness answering 503, before it stops taking connections (default 0). */
  drainDelayMs?: number;
}

export interface ServeResult {
  app: App;
  server: RunningServer;
  controlPlane: 'on' | 'token' | 'off';
  replica: string;
  /**
   * The state file, when `stateFile` was given; `restored` counts the sessions loaded from it at
   * start, `writtenBy` names the replica that wrote it.
   */
  stateFile?: StateFile & { restored: number; writtenBy?: string };
  /** What start-up noticed but served anyway (a state file of another replica), one line each; the CLI prints them. */
  warnings: string[];
  /**
   * Graceful stop (what the CLI does on SIGTERM and SIGINT): readiness 503 (for `drainDelayMs`
   * still serving new connections), then no new connections, requests in flight finished (up to
   * `shutdownTimeoutMs`), then the state file written.
   * Rejects only when the state file could not be written.
   */
  shutdown: () => Promise<{ drained: boolean; saved?: Awaited<ReturnType<StateFile['save']>> }>;
}

export { REPLICA_NAME };

/** The replica's name when none is given: env SAMOCK_REPLICA, else HOSTNAME (a Kubernetes pod's name), else the host name. */
export function defaultReplicaName(env: NodeJS.ProcessEnv = process.env): string {
  const given = env.SAMOCK_REPLICA;
  if (given !== undefined && given !== '') return given;
  const name = (env.HOSTNAME || hostname() || 'samock').replace(/[^A-Za-z0-9._:-]/g, '-').slice(0, 64);
  return name || 'samock';
}

/** Loopback addresses: the only binds where the control plane is on without a token. */
export function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '::1' || /^127\.\d+\.\d+\.\d+$/.test(host);
}

/** Starts the standalone server with the chosen APIs; used by the CLI, tests and the bench. */
export async function serve(options: ServeOptions): Promise<ServeResult> {
  checkServeOptions(options);
  const host = options.host ?? '127.0.0.1';
  const replica = options.replica ?? defaultReplicaName();
  if (!REPLICA_NAME.test(replica)) {
    throw new Error(
      `Failed to start the server: the replica name (SAMOCK_REPLICA) must be 1–64 letters, digits, ".", "_", ":" or "-", got ${JSON.stringify(replica)}.`,
    );
  }
  const file = options.stateFile;
  let saved: Awaited<ReturnType<typeof readStateFile>>;
  if (file !== undefined) {
    try {
      saved = await readStateFile(file);
      await checkWritable(file);
    } catch (error) {
      if (error instanceof StateFileError) throw new Error(`Failed to start the server: ${error.message}.`);
      throw error;
    }
  }
  // Beyond loopback, anyone who can reach the port could reset or seed state: require a token.
  const controlPlane = options.control === false ? 'off' : options.controlToken ? 'token' : isLoopback(host) ? 'on' : 'off';
  const app = createApp({
    controlPlane: { enabled: controlPlane !== 'off', token: options.controlToken, origins: options.controlOrigins, hosts: options.controlHosts },
    journalCap: options.journalCap,
    maxSessions: options.maxSessions,
    sessionIdleMs: options.sessionIdleMs,
    limits: options.limits,
    apis: options.apis,
    readyAfterMs: options.readyAfterMs ?? DEFAULT_OPTIONS.readyAfterMs,
    strict: options.strict ?? false,
    seed: options.seed,
    auth: options.auth,
    acceptedTokens: options.acceptedTokens,
    apiOptions: options.apiOptions,
    clock: defaultSessionClock(saved),
  });
  let stateFile: ServeResult['stateFile'];
  const warnings: string[] = [];
  if (file !== undefined) {
    try {
      if (saved) await restoreApp(app, saved, file);
    } catch (error) {
      if (error instanceof StateFileError) throw new Error(`Failed to start the server: ${error.message}.`);
      throw error;
    }
    stateFile = { ...createStateFile(app, file, replica), restored: saved?.sessions.length ?? 0, ...(saved && { writtenBy: saved.replica }) };
    // A copied file or a renamed replica: the sessions are served, but the balancer's hash ring
    // sends those sessions to wherever their ids hash, which need not be here.
    if (saved && saved.replica !== replica)
      warnings.push(
        `the state file ${file} was written by replica "${saved.replica}", and this is "${replica}": its ${saved.sessions.length} ` +
          `session(s) are served here, but a balancer that hashes on X-Samock-Session sends them to the replica at their own address. ` +
          `Give each replica its own file and a stable --replica-name.`,
      );
    app.saveStateFile = stateFile.save;
  }
  const server = await startServer(app, { port: options.port ?? 4010, host, requestTimeoutMs: options.requestTimeoutMs, replica });
  const shutdown = async () => {
    const { drained } = await server.shutdown({ timeoutMs: options.shutdownTimeoutMs ?? DEFAULT_SHUTDOWN_TIMEOUT_MS, drainDelayMs: options.drainDelayMs ?? 0 });
    return { drained, ...(stateFile && { saved: await stateFile.save() }) };
  };
  return { app, server, controlPlane, replica, stateFile, warnings, shutdown };
}

/** serve()'s own options, checked before anything starts (createApp checks the rest). */
function checkServeOptions(options: unknown): void {
  const fail = (problem: string): never => {
    throw new Error(`Failed to start the server: ${problem}.`);
  };
  if (!options || typeof options !== 'object') fail('pass an options object with `apis`, e.g. serve({ apis: vendors }) (vendors from samock/vendors)');
  const o = options as Record<string, unknown>;
  if (o.port !== undefined && (!Number.isInteger(o.port) || (o.port as number) < 0 || (o.port as number) > 65535)) {
    fail(`port must be a whole number 0–65535 (0 picks a free one), got ${JSON.stringify(o.port)}`);
  }
  if (o.host !== undefined && (typeof o.host !== 'string' || o.host.trim() === '')) fail(`host must be a host name or address, got ${JSON.stringify(o.host)}`);
  if (o.requestTimeoutMs !== undefined && (!Number.isSafeInteger(o.requestTimeoutMs) || (o.requestTimeoutMs as number) < 1)) {
    fail(`requestTimeoutMs must be a whole number ≥ 1, got ${JSON.stringify(o.requestTimeoutMs)}`);
  }
  for (const name of ['controlOrigins', 'controlHosts']) {
    const value = o[name];
    if (value !== undefined && (!Array.isArray(value) || value.some((item) => typeof item !== 'string')))
      fail(`${name} must be a list of strings, got ${JSON.stringify(value)}`);
  }
  if (o.controlToken !== undefined && (typeof o.controlToken !== 'string' || o.controlToken.trim() === '')) fail('controlToken must be a non-empty string');
  if (o.replica !== undefined && (typeof o.replica !== 'string' || !REPLICA_NAME.test(o.replica)))
    fail(`replica must be 1–64 letters, digits, ".", "_", ":" or "-", got ${JSON.stringify(o.replica)}`);
  if (o.stateFile !== undefined && (typeof o.stateFile !== 'string' || o.stateFile.trim() === '')) fail('stateFile must be a file name');
  for (const name of ['shutdownTimeoutMs', 'drainDelayMs']) {
    const value = o[name];
    if (value !== undefined && (!Number.isSafeInteger(value) || (value as number) < 0))
      fail(`${name} must be a whole number ≥ 0, got ${JSON.stringify(value)}`);
  }
}
