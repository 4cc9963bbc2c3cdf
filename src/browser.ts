/**
 * samock in the browser: the same mocks, validation, error shapes, clock, `Prefer`
 * header and control functions as the server, answered by msw's service worker.
 *
 *   import { startBrowserMocks } from 'samock/browser'
 *   import { lyve } from 'samock/vendors/lyve'
 *   await startBrowserMocks({ apis: [lyve] })
 *   // fetch('/v2/service-accounts') is now answered in the page
 *
 * The worker script comes from `npx msw init <public dir>`.
 */
import { setupWorker, type SetupWorker } from 'msw/browser';
import { createApp, type App } from './app/create-app.js';
import type { Control } from './control/control.js';
import type { PerApiConfig } from './core/api-options.js';
import type { ApiDefinition } from './core/define-api.js';
import { bringBrowserDependencies } from './msw/bring-browser-dependencies.js';
import { createHandlers } from './msw/create-handlers.js';

export interface BrowserMocksOptions {
  /** The API definitions to mock: `[lyve]` from `samock/vendors/lyve`, `vendors` from `samock/vendors`, your own. */
  apis: ApiDefinition[];
  /** How long new resources stay not ready (default 2000 ms). */
  readyAfterMs?: number;
  seed?: number;
  /**
   * Keep state in localStorage (default true; a string names the key), so a reload keeps the
   * accounts. Dumps never hold secrets, so a reload never re-reveals one.
   */
  persist?: boolean | string;
  /** Where `npx msw init` put the worker (default `/mockServiceWorker.js`). */
  serviceWorkerUrl?: string;
  /** Silence msw's console messages. */
  quiet?: boolean;
  /** `'strict'` (or per API id): only credentials the mock issued, or `acceptedTokens`, are accepted. */
  auth?: PerApiConfig['auth'];
  acceptedTokens?: PerApiConfig['acceptedTokens'];
  /** Each API's own options, e.g. `{ nscale: { provisioning: 'eventual' } }`. */
  apiOptions?: PerApiConfig['apiOptions'];
}

export interface BrowserMocks {
  app: App;
  control: Control;
  worker: SetupWorker;
  /** Stops intercepting; state stays in localStorage. */
  stop(): void;
  /** Forgets the persisted state and resets every API. */
  clear(): void;
}

interface Persisted {
  /** How far the mock's clock was ahead of the wall clock. */
  clockOffsetMs: number;
  states: Record<string, unknown>;
}

export async function startBrowserMocks(options: BrowserMocksOptions): Promise<BrowserMocks> {
  // The page's own origin and host drive the control plane in the page (it is the app being
  // developed, whatever its dev host is called); no other page can reach this worker.
  const here = typeof location === 'undefined' ? undefined : location;
  bringBrowserDependencies();
  const app = createApp({
    apis: options.apis,
    readyAfterMs: options.readyAfterMs,
    seed: options.seed,
    auth: options.auth,
    acceptedTokens: options.acceptedTokens,
    apiOptions: options.apiOptions,
    controlPlane: { enabled: true, origins: here ? [here.origin] : [], hosts: here ? [here.host] : [] },
  });
  const key = typeof options.persist === 'string' ? options.persist : 'samock:state';
  const persist = options.persist !== false && typeof localStorage !== 'undefined';
  if (persist) await restore(app, key);

  const worker = setupWorker(...createHandlers(app));
  if (persist) worker.events.on('response:mocked', () => save(app, key));
  await worker.start({
    serviceWorker: { url: options.serviceWorkerUrl ?? '/mockServiceWorker.js' },
    onUnhandledRequest: 'bypass',
    quiet: options.quiet ?? false,
  });
  return {
    app,
    control: app.control,
    worker,
    stop: () => worker.stop(),
    clear() {
      if (persist) localStorage.removeItem(key);
      app.control.reset();
    },
  };
}

function save(app: App, key: string): void {
  const states: Record<string, unknown> = {};
  for (const api of app.apis) if (api.state) states[api.id] = app.control.dumpState(api.id);
  const persisted: Persisted = { clockOffsetMs: app.control.clock.get().nowMs - Date.now(), states };
  try {
    localStorage.setItem(key, JSON.stringify(persisted));
  } catch (error) {
    console.warn('[samock] could not persist the mock state:', error);
  }
}

/** A saved state that no longer loads (an older spec, a hand edit) is dropped, not fatal. */
async function restore(app: App, key: string): Promise<void> {
  const text = localStorage.getItem(key);
  if (!text) return;
  try {
    const persisted = JSON.parse(text) as Persisted;
    if (persisted.clockOffsetMs > 0) app.control.clock.advance(persisted.clockOffsetMs);
    for (const [apiId, state] of Object.entries(persisted.states)) {
      if (app.apis.some((api) => api.id === apiId)) await app.control.loadState(apiId, state);
    }
  } catch (error) {
    console.warn('[samock] dropped a saved mock state that no longer loads:', error);
    localStorage.removeItem(key);
    app.control.reset();
  }
}
