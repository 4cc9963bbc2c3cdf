/**
 * Route tables typed from an OpenAPI spec: from the `operations` interface that
 * openapi-typescript generates (`mocks/<api>/types.ts`, or a user's own), each resolver's
 * input (path and query parameters as ajv coerced them, the body) and its result (one of the
 * documented responses) follow the operation. A misspelled operationId, a missing resolver, a
 * wrong body field, a query value read as text where the spec says integer, or an answer with
 * an undocumented status or the wrong body is then a compile error instead of a runtime 500.
 *
 *   import type { operations } from './types.js'
 *   export const routes: TypedRoutes<operations, MyStore, MyPrincipal> = {
 *     listThings: (input, ctx) => ({ status: 200, body: list(ctx, input.query.limit ?? 50) }),
 *     …
 *   }
 *   export const myApi = defineApi({ id: 'mine', spec, routes, … })
 *
 * Types only: at run time a typed table is the plain `Record<string, Resolver>` the pipeline
 * calls, with inputs already validated (and coerced) against the same spec.
 */
import type { ApiContext } from './api-context.js';

/** Response headers a resolver may set (the documented ones are not required: the pipeline adds none). */
export type ResultHeaders = Record<string, string>;

/** What stands for "nothing here" in a parameter location: reading any name from it is an error. */
type Nothing = Record<never, never>;

/** `T`, or `Nothing` when openapi-typescript wrote `never` (the operation declares no such thing). */
type OrNothing<T> = [T] extends [never] ? Nothing : T;

/** Whether `T[K]` is optional: an empty object fits `Pick<T, K>`. */
type IsOptional<T, K extends keyof T> = Nothing extends Pick<T, K> ? true : false;

/** The media types of a content map that carry JSON (`application/json`, `…+json`, parameters allowed). */
type JsonMediaType<C> = Extract<keyof C, 'application/json' | `application/json;${string}` | `${string}+json` | `${string}+json;${string}`>;

/**
 * The schema type of a content map (`requestBody.content`, a response's `content`):
 * `application/json`'s, else another JSON media type's, else that of each media type documented.
 */
export type ContentBody<C> = 'application/json' extends keyof C ? C['application/json'] : [JsonMediaType<C>] extends [never] ? C[keyof C] : C[JsonMediaType<C>];

// ── inputs ──────────────────────────────────────────────────────────────────

/** The declared parameters of one location (`path`, `query`, `header`, `cookie`) of an operation. */
type ParametersIn<Op, Location extends string> = Op extends { parameters?: infer P }
  ? Location extends keyof NonNullable<P>
    ? OrNothing<NonNullable<NonNullable<P>[Location]>>
    : Nothing
  : Nothing;

/** Path parameters, with the types the spec gives them (ajv coerced `integer`/`number`/`boolean` ones). */
export type OperationParams<Op> = ParametersIn<Op, 'path'>;

/**
 * Query parameters, coerced as ajv coerces them: numbers and booleans where the spec says so,
 * arrays for array parameters (one value becomes a list of one), defaults filled in — though a
 * parameter with a default is still typed optional, as openapi-typescript writes it.
 */
export type OperationQuery<Op> = ParametersIn<Op, 'query'>;

/** The request body's declared type, when there is one. */
type DeclaredBody<Op> = 'requestBody' extends keyof Op ? NonNullable<Op['requestBody' & keyof Op]> : never;

/**
 * The parsed request body: the schema type of its JSON media type (or of its one media type),
 * `| undefined` when the spec does not require a body, `undefined` when it documents none.
 */
export type OperationBody<Op> = [DeclaredBody<Op>] extends [never]
  ? undefined
  : DeclaredBody<Op> extends { content: infer C }
    ? ContentBody<C> | (IsOptional<Op, 'requestBody' & keyof Op> extends true ? undefined : never)
    : undefined;

/** A validated request to one operation, as its resolver sees it. */
export interface OperationInput<Op, Principal = unknown, OperationId extends string = string> {
  operationId: OperationId;
  params: OperationParams<Op>;
  query: OperationQuery<Op>;
  /** The request's headers as sent (names in lower case): header parameters are checked, not coerced. */
  headers: Record<string, string | undefined>;
  body: OperationBody<Op>;
  /** What the API's authenticator answered; `undefined` for an operation without security (or an API without one). */
  principal: Principal | undefined;
}

// ── results ─────────────────────────────────────────────────────────────────

type Digit = 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9;
type ToNumber<S> = S extends `${infer N extends number}` ? N : never;
/** A `responses` key for a range of statuses: `2XX`, `4XX`, … */
type RangeKey = `${1 | 2 | 3 | 4 | 5}XX`;
/** The statuses `default` may stand for: errors only, as the pipeline's self-check reads it. */
type ErrorStatus = ToNumber<`${4 | 5}${Digit}${Digit}`>;

/**
 * The statuses one `responses` key stands for, taken alone: `200` (or `'200'`) that status,
 * `'4XX'` each of 400–499, `default` any error status (400–599).
 */
export type StatusOfKey<K> = K extends number
  ? K
  : K extends `${infer N extends number}`
    ? N
    : K extends `${infer D extends 1 | 2 | 3 | 4 | 5}XX`
      ? ToNumber<`${D}${Digit}${Digit}`>
      : K extends 'default'
        ? ErrorStatus
        : never;

/** The statuses documented one by one, and those documented by a range. */
type ExactStatuses<Responses> = { [K in keyof Responses]: K extends number | `${number}` ? StatusOfKey<K> : never }[keyof Responses];
type RangeStatuses<Responses> = { [K in keyof Responses]: K extends RangeKey ? StatusOfKey<K> : never }[keyof Responses];

/**
 * The statuses a key answers for within its operation, as the self-check matches a status: a
 * status of its own first, then its range (`4XX`), then `default` (errors only).
 */
type StatusesFor<K, Responses> = K extends number | `${number}`
  ? StatusOfKey<K>
  : K extends RangeKey
    ? Exclude<StatusOfKey<K>, ExactStatuses<Responses>>
    : Exclude<StatusOfKey<K>, ExactStatuses<Responses> | RangeStatuses<Responses>>;

/** One documented response as a resolver answers it. */
export type ResponseResult<Status extends number, Response> = [Status] extends [never]
  ? never
  : Response extends { content: infer C }
    ? [C] extends [never]
      ? { status: Status; body?: undefined; headers?: ResultHeaders }
      : { status: Status; body: ContentBody<C>; headers?: ResultHeaders }
    : { status: Status; body?: undefined; headers?: ResultHeaders };

/** What a resolver of the operation may answer: one of its documented responses, each with its own body type. */
export type OperationResult<Op> = Op extends { responses: infer Responses }
  ? { [K in keyof Responses]-?: ResponseResult<StatusesFor<K, Responses>, NonNullable<Responses[K]>> }[keyof Responses]
  : never;

// ── resolvers and tables ────────────────────────────────────────────────────

/** The resolver of one operation. */
export type TypedResolver<Op, Store, Principal = unknown, OperationId extends string = string> = (
  input: OperationInput<Op, Principal, OperationId>,
  ctx: ApiContext<Store>,
) => OperationResult<Op> | Promise<OperationResult<Op>>;

/**
 * A route table typed from openapi-typescript's `operations`: exactly one resolver per
 * operationId (a missing one or a misspelled one is a compile error), each typed by its operation.
 */
export type TypedRoutes<Operations, Store, Principal = unknown> = {
  [OperationId in keyof Operations & string]: TypedResolver<Operations[OperationId], Store, Principal, OperationId>;
};

/** The resolver input of `operations[OperationId]`, by name. */
export type InputOf<Operations, OperationId extends keyof Operations & string, Principal = unknown> = OperationInput<
  Operations[OperationId],
  Principal,
  OperationId
>;

/** The result of `operations[OperationId]`, by name: what a resolver helper for it should return. */
export type ResultOf<Operations, OperationId extends keyof Operations> = OperationResult<Operations[OperationId]>;
