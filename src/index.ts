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
import { createApp as createKernelApp, type App, type AppConfig } from './app/create-app.js';
import type { ApiDefinition } from './core/define-api.js';
import { bringBrowserDependencies } from './msw/bring-browser-dependencies.js';
import { createHandlers } from './msw/create-handlers.js';

// Defining an API (also alone as `samock/toolkit`)
export * from './toolkit.js';

// Running definitions
export { defineConfig, type SamockConfig } from './config/define-config.js';
export type { App, AppConfig } from './app/create-app.js';

/**
 * An app (state, sessions, control) for the given APIs, answering plain requests through
 * `app.handle`. From this entry it runs in browsers too: it brings ajv and sha256 along.
 */
export function createApp(config: AppConfig): App {
  bringBrowserDependencies();
  return createKernelApp(config);
}
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
