/**
 * samock's toolkit for writing an API definition: `defineApi`, error shapes, bearer auth, the
 * store, ids, hashes, the clock and the spec helpers — what the five vendors are written with,
 * and nothing that runs them. `samock` re-exports all of it beside the mock (msw adapters, the
 * control plane); importing `samock/toolkit` instead loads no msw, which is what keeps
 * `samock serve` starting fast (its vendors import this).
 */
// Defining an API
export {
  defineApi,
  mockOptions,
  type ApiContext,
  type ApiDefinition,
  type ApiDefinitionBase,
  type ApiOption,
  type ApiState,
  type Authenticator,
  type AuthMode,
  type MockOptions,
  type Resolver,
  type ResolverInput,
  type ResolverResult,
  type TypedApiDefinition,
} from './core/define-api.js';
export type {
  ContentBody,
  InputOf,
  OperationBody,
  OperationInput,
  OperationParams,
  OperationQuery,
  OperationResult,
  ResponseResult,
  ResultHeaders,
  ResultOf,
  StatusOfKey,
  TypedResolver,
  TypedRoutes,
} from './core/typed-routes.js';
export { defineErrors, errorResponse, type ErrorDefault, type ErrorKind, type ErrorShape } from './core/error-shape.js';
export { ApiError, apiError } from './core/api-error.js';
export {
  acceptsUnknown,
  authenticateBearer,
  describeScheme,
  readBearer,
  RESERVED_TOKENS,
  withIssue,
  type BearerErrors,
  type BearerReading,
  type TokenVerdict,
} from './core/bearer.js';
export { isoTime, msOf, StateError } from './core/state.js';
export { indexedCollection, type IndexedCollection } from './store/indexed-collection.js';
export { createIds, ALPHANUMERIC, LOWER_ALPHANUMERIC, UPPER_ALPHANUMERIC, type Ids } from './ids.js';
export { sha256 } from './hash.js';
export { fromBase64Url, toBase64Url } from './base64url.js';
export { REDACTED } from './core/redaction.js';
export { createClock, type Clock } from './clock.js';
export { prepareSpec } from './core/prepare-spec.js';
export { generatedSpec, type SpecOrigin } from './core/spec-origin.js';
export type { PrecompiledValidators } from './validation/precompiled.js';
export { validatorRuntime } from './validation/runtime.js';
export type { JsonSchema, OpenApiDocument, OperationObject, ParameterObject } from './core/openapi.js';
export type { Issue } from './validation/issues.js';
export type { PlainRequest, PlainResponse } from './core/http-types.js';
