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
  checkServeOptions(options);
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
}
