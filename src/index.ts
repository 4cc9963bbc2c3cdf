/**
 * samock's public library surface.
 *
 *   import { setupServer } from 'msw/node'
 *   import { handlers } from 'samock'
 *   const server = setupServer(...handlers)
 */
import { registry } from '../mocks/index.js';
import { createApp, type AppConfig } from './core/app.js';
import { createHandlers } from './msw/create-handlers.js';
import { selectApis } from './select-apis.js';

export { registry } from '../mocks/index.js';
export { createApp, type App, type AppConfig } from './core/app.js';
export { createHandlers } from './msw/create-handlers.js';
export { defineApi, type ApiDefinition, type ApiContext, type MockOptions, type Resolver } from './core/define-api.js';
export { defineErrors, type ErrorShape } from './core/error-shape.js';
export { ApiError, apiError } from './core/api-error.js';
export { loadSpec } from './core/load-spec.js';
export { createClock, type Clock } from './clock.js';
export { serve } from './serve.js';
export { startServer } from './server/start-server.js';
export type { PlainRequest, PlainResponse } from './core/http-types.js';
export { checkClient, formatClientReport } from './client-check/index.js';
export type * from './client-check/types.js';

export interface MockHandlersOptions extends Omit<AppConfig, 'apis'> {
  /** API ids; all registered APIs when omitted. */
  apis?: string[];
}

/** A fresh mock (its own state and clock) and its msw handlers, for `setupServer` or `setupWorker`. */
export function createMock(options: MockHandlersOptions = {}) {
  const app = createApp({ ...options, apis: selectApis(options.apis, registry) });
  return { app, handlers: createHandlers(app) };
}

const defaultMock = createMock();

/** Handlers for every registered API, sharing one default state (reset with `mock.reset()`). */
export const handlers = defaultMock.handlers;
/** The app behind `handlers`: its clock, state and `reset()`. */
export const mock = defaultMock.app;
