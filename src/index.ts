/**
 * samock's toolkit: everything an API definition is written with (the five vendors use
 * nothing else), and the mock that runs definitions in-process.
 *
 *   import { setupServer } from 'msw/node'
 *   import { createMock } from 'samock'
 *   import { lyve } from 'samock/vendors/lyve'
 *   const { handlers, app } = createMock({ apis: [lyve] })
 *   const server = setupServer(...handlers)
 *
 * Importing it does no work: specs are compiled when a mock is created, for its APIs only.
 * Node-only parts (the standalone server, reading spec files) are in `samock/server`; the
 * contract toolkit is `samock/contracts`.
 */
import { createApp, type App, type AppConfig } from './app/create-app.js';
import type { ApiDefinition } from './core/define-api.js';
import { createHandlers } from './msw/create-handlers.js';

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

// Running definitions
export { defineConfig, type SamockConfig } from './config/define-config.js';
export { createApp, type App, type AppConfig } from './app/create-app.js';
export { createHandlers } from './msw/create-handlers.js';
export type { MockHandler } from './core/mock-handler.js';
export type { Call, DispatchHooks, Exchange, Middleware, Outcome, World } from './core/dispatch.js';

// The control plane, in-process
export { ControlError, type ClockView, type Control, type SessionControl, type SessionView } from './control/control.js';
export type { Fault, FaultSpec } from './control/faults.js';
export type { JournalEntry, JournalFilter } from './control/journal.js';
export type { CoverageReport, OperationCoverage } from './control/coverage.js';
// … and over HTTP (a running `samock serve`), with the same functions
export {
  createRemoteControl,
  CONTROL_OPERATIONS,
  type AnyControl,
  type AnySessionControl,
  type RemoteControl,
  type RemoteControlOptions,
  type RemoteSessionControl,
} from './control/remote-control.js';

export interface MockHandlersOptions extends Omit<AppConfig, 'apis'> {
  /** The API definitions to mock, e.g. `[lyve]` from `samock/vendors/lyve` or your own `defineApi(...)`. */
  apis: ApiDefinition[];
}

/** A fresh mock (its own state and clock) and its msw handlers, for `setupServer` or `setupWorker`. */
export function createMock(options: MockHandlersOptions): { app: App; handlers: ReturnType<typeof createHandlers> } {
  const app = createApp(options);
  return { app, handlers: createHandlers(app) };
}
