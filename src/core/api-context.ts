import type { Clock } from '../clock.js';
import type { Ids } from '../ids.js';

/**
 * How an API judges credentials. `permissive` (the default, for frontend work): any bearer
 * token is accepted, except the reserved ones that reproduce auth errors. `strict`: only
 * credentials the mock issued, or that the user listed, are accepted, each scoped as the
 * vendor scopes it — so a client that skips a token exchange fails here as in production.
 */
export type AuthMode = 'permissive' | 'strict';

/** Options every API's behaviour may read; set by the CLI or `createApp`, per API. */
export interface MockOptions {
  /** How long a new resource stays "not ready" (lyve readyState, nscale's opt-in provisioning phase). */
  readyAfterMs: number;
  /** Validate every response the mock sends against the spec; a violation becomes a loud 500. */
  strict: boolean;
  /** Makes ids, keys, secrets and tokens reproducible. */
  seed?: number;
  /** This API's auth mode. */
  auth: AuthMode;
  /** Credentials this API accepts in strict mode besides the ones it issued. */
  acceptedTokens: readonly string[];
  /** This API's own options (declared in `ApiDefinition.options`), defaults filled in. */
  apiOptions: Readonly<Record<string, string>>;
}

/** Options with every default filled in: for resolver unit tests and in-process use. */
export function mockOptions(overrides: Partial<MockOptions> = {}): MockOptions {
  return { readyAfterMs: 2000, strict: false, auth: 'permissive', acceptedTokens: [], apiOptions: {}, ...overrides };
}

/** What a resolver and an authenticator get: the state and tools of one API instance. */
export interface ApiContext<Store> {
  store: Store;
  clock: Clock;
  ids: Ids;
  options: MockOptions;
}
