import type { Clock } from '../clock.js';
import type { Ids } from '../ids.js';
import type { ErrorShape } from './error-shape.js';
import type { JsonSchema, OpenApiDocument } from './openapi.js';
import type { TypedRoutes } from './typed-routes.js';

/**
 * How an API judges credentials. `permissive` (the default, for frontend work): any bearer
 * token is accepted, except the reserved ones that reproduce auth errors. `strict`: only
 * credentials the mock issued, or that the user listed, are accepted, each scoped as the
 * vendor scopes it — so a client that skips a token exchange fails here as in production.
 */
export type AuthMode = 'permissive' | 'strict';

/**
 * How an API's state is read and written by the control plane
 * (`GET`/`PUT /__control/state/{api}`): a JSON document of its records.
 */
export interface ApiState<Store> {
  /** JSON Schema of the document; may `$ref` the API spec's components (`#/components/schemas/…`). */
  schema: JsonSchema;
  /**
   * The store as a document. Secrets are left out and credentials that authenticate appear
   * only as hashes — except where the vendor itself lists them again (Wavefront's tokenIDs).
   */
  dump(store: Store, ctx: ApiContext<Store>): unknown;
  /** A new store holding exactly the document's records (already valid against `schema`). */
  load(document: unknown, tools: Omit<ApiContext<Store>, 'store'>): Promise<Store>;
}

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

/** An option an API declares for itself: `--api-option <api>.<name>=<value>`. */
export interface ApiOption {
  values: readonly string[];
  default: string;
  /** What it changes, for `--help` and the README. */
  description: string;
}

/** What a resolver and an authenticator get: the state and tools of one API instance. */
export interface ApiContext<Store> {
  store: Store;
  clock: Clock;
  ids: Ids;
  options: MockOptions;
}

/** A validated request, as a resolver sees it. */
export interface ResolverInput<Principal = unknown> {
  operationId: string;
  params: Record<string, string>;
  query: Record<string, string | string[]>;
  headers: Record<string, string | undefined>;
  /** The parsed JSON body, already valid against the operation's schema. */
  body: unknown;
  principal: Principal | undefined;
}

export interface ResolverResult {
  status: number;
  /** Objects become JSON; strings become text/plain unless `headers['content-type']` says otherwise. */
  body?: unknown;
  headers?: Record<string, string>;
}

export type Resolver<Store, Principal = unknown> = (input: ResolverInput<Principal>, ctx: ApiContext<Store>) => ResolverResult | Promise<ResolverResult>;

/** Turns request headers into a principal or throws the vendor's auth error (ApiError). */
export type Authenticator<Store, Principal = unknown> = (headers: Record<string, string | undefined>, ctx: ApiContext<Store>) => Principal;

/** Everything of an API definition but its routes. */
export interface ApiDefinitionBase<Store, Principal> {
  /** Short id used in URLs, flags and file names: `lyve`, `nscale`, … */
  id: string;
  title: string;
  /** The OpenAPI 3.1 document: the single source of truth for routes and validation. */
  spec: OpenApiDocument;
  createStore(ctx: Omit<ApiContext<never>, 'store'>): Store;
  errors: ErrorShape;
  /** Called for operations whose spec requires security. */
  authenticate?: Authenticator<Store, Principal>;
  /** Dump and load of the API's records for the control plane. */
  state?: ApiState<Store>;
  /** Options of its own that users may set (`--api-option`, `createMock({ apiOptions })`). */
  options?: Record<string, ApiOption>;
}

/**
 * An API as the runtime takes it (`createApp`, `createMock`, `serve`): resolvers see the
 * validated request loosely typed. `defineApi` answers this for typed definitions too.
 */
// `any` by default on purpose: a list of APIs (`ApiDefinition[]`) holds definitions of different
// stores, and Store appears both in and out (createStore, resolvers), so `unknown` would refuse them.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export interface ApiDefinition<Store = any, Principal = any> extends ApiDefinitionBase<Store, Principal> {
  /** One resolver per operationId in the spec, no more, no fewer. */
  routes: Record<string, Resolver<Store, Principal>>;
}

/**
 * An API whose routes are typed from openapi-typescript's `operations` for its spec
 * (`TypedRoutes`): each resolver's input and result follow its operation.
 */
export interface TypedApiDefinition<Store, Principal, Operations> extends ApiDefinitionBase<Store, Principal> {
  /** Exactly one resolver per operationId of `Operations`, each typed by its operation. */
  routes: TypedRoutes<Operations, Store, Principal>;
}

/**
 * Declares an API. Checks at once that routes and spec agree, so a missing or
 * misspelled resolver stops start-up with a message instead of a runtime 500.
 *
 * Typed: give it routes typed from the spec's generated `operations`, either a table declared
 * as `TypedRoutes<operations, Store, Principal>` (the operations are inferred from it) or
 * inline with the types spelled out, `defineApi<Store, Principal, operations>({ … })`. Every
 * resolver's input and result are then checked against its operation at compile time. The
 * answer is the plain runtime `ApiDefinition` either way.
 */
export function defineApi<Store, Principal>(definition: ApiDefinition<Store, Principal>): ApiDefinition<Store, Principal>;
export function defineApi<Store, Principal, Operations>(definition: TypedApiDefinition<Store, Principal, Operations>): ApiDefinition<Store, Principal>;
export function defineApi<Store, Principal>(
  definition: ApiDefinitionBase<Store, Principal> & { routes: Record<string, unknown> },
): ApiDefinition<Store, Principal> {
  const specIds = new Set<string>();
  for (const [path, item] of Object.entries(definition.spec.paths ?? {})) {
    for (const [method, operation] of Object.entries(item)) {
      if (method === 'parameters' || typeof operation !== 'object' || !operation) continue;
      const id = (operation as { operationId?: string }).operationId;
      if (!id) throw new Error(`Failed to define the ${definition.id} API: ${method.toUpperCase()} ${path} has no operationId in its spec.`);
      specIds.add(id);
    }
  }
  const missing = [...specIds].filter((id) => typeof definition.routes[id] !== 'function');
  const extra = Object.keys(definition.routes).filter((id) => !specIds.has(id) && definition.routes[id] !== undefined);
  if (missing.length || extra.length) {
    throw new Error(
      `Failed to define the ${definition.id} API: its routes and its spec disagree.` +
        (missing.length ? ` No resolver for: ${missing.join(', ')}.` : '') +
        (extra.length ? ` Resolvers for operations the spec lacks: ${extra.join(', ')}.` : ''),
    );
  }
  // A typed table's resolvers take their operation's input, which the pipeline guarantees: it
  // calls a resolver only with a request validated (and coerced) against the same spec.
  return definition as ApiDefinition<Store, Principal>;
}
