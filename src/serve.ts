import { createApp, DEFAULT_OPTIONS, type App } from './app/create-app.js';
import type { PerApiConfig } from './core/api-options.js';
import type { ApiDefinition } from './core/define-api.js';
import type { Limits } from './core/limits.js';
import { startServer, type RunningServer } from './server/start-server.js';

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
}

/** Loopback addresses: the only binds where the control plane is on without a token. */
export function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '::1' || /^127\.\d+\.\d+\.\d+$/.test(host);
}

/** Starts the standalone server with the chosen APIs; used by the CLI, tests and the bench. */
export async function serve(options: ServeOptions): Promise<{ app: App; server: RunningServer; controlPlane: 'on' | 'token' | 'off' }> {
  const host = options.host ?? '127.0.0.1';
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
  });
  const server = await startServer(app, { port: options.port ?? 4010, host, requestTimeoutMs: options.requestTimeoutMs });
  return { app, server, controlPlane };
}
