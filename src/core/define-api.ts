import type { ApiContext } from './api-context.js';
import type { ErrorShape } from './error-shape.js';
import { HTTP_METHODS, type JsonSchema, type OpenApiDocument } from './openapi.js';
import type { TypedRoutes } from './typed-routes.js';

export { mockOptions, type ApiContext, type AuthMode, type MockOptions } from './api-context.js';

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

/** An option an API declares for itself: `--api-option <api>.<name>=<value>`. */
export interface ApiOption {
  values: readonly string[];
  default: string;
  /** What it changes, for `--help` and the README. */
  description: string;
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
  checkShape(definition);
  const specIds = new Set<string>();
  for (const [path, item] of Object.entries(definition.spec.paths ?? {})) {
    if (!item || typeof item !== 'object' || Array.isArray(item)) {
      throw new Error(`Failed to define the ${definition.id} API: its spec's path ${path} is not a path item object.`);
    }
    // Only the HTTP methods are operations, as the route table reads them: a path item's
    // `parameters`, `servers`, `summary`, `description` and `x-…` extensions are not.
    for (const method of HTTP_METHODS) {
      const operation: unknown = (item as Record<string, unknown>)[method];
      if (typeof operation !== 'object' || !operation) continue;
      const id = (operation as { operationId?: string }).operationId;
      if (!id) throw new Error(`Failed to define the ${definition.id} API: ${method.toUpperCase()} ${path} has no operationId in its spec.`);
      if (specIds.has(id)) throw new Error(`Failed to define the ${definition.id} API: its spec has two operations with the operationId "${id}".`);
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

/** API ids appear in URLs, flags (`--api-option <id>.<name>=…`) and file names. */
export const API_ID = /^[a-z0-9][a-z0-9_-]{0,63}$/i;

/** What TypeScript checks, checked again for JavaScript callers: one message naming what is wrong. */
function checkShape(definition: unknown): void {
  const d = (definition ?? {}) as Partial<Record<keyof ApiDefinitionBase<unknown, unknown> | 'routes', unknown>>;
  const id = typeof d.id === 'string' ? d.id : undefined;
  const fail = (problem: string) => {
    throw new Error(`Failed to define the ${id ?? 'an'} API: ${problem}.`);
  };
  if (!definition || typeof definition !== 'object') fail('defineApi takes an object (id, title, spec, createStore, routes, errors)');
  if (id === undefined || !API_ID.test(id))
    fail(`its id must be 1–64 letters, digits, "-" or "_", starting with a letter or digit; got ${JSON.stringify(d.id)}`);
  const spec = d.spec as { openapi?: unknown; paths?: unknown } | undefined;
  if (!spec || typeof spec !== 'object' || !(typeof spec.openapi === 'string' && spec.openapi.startsWith('3.1'))) {
    fail('its spec must be an OpenAPI 3.1 document (loadSpec(file) from samock/server reads one)');
  }
  if (!spec!.paths || typeof spec!.paths !== 'object') fail('its spec has no paths');
  if (typeof d.createStore !== 'function') fail('createStore must be a function that makes a fresh store');
  if (!d.routes || typeof d.routes !== 'object') fail('routes must be an object of operationId → resolver');
  const errors = d.errors as { body?: unknown; defaults?: unknown } | undefined;
  if (!errors || typeof errors.body !== 'function' || !errors.defaults || typeof errors.defaults !== 'object') {
    fail('errors must be an error shape (defineErrors({ body, defaults })): it is how every error is answered');
  }
}
